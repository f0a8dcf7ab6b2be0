/**
 * The tenant of a request. API keys (tenant-scoped) come with the tenants issue; until then every request
 * belongs to the default tenant, and every query is already written per tenant.
 */
export const DEFAULT_TENANT = 'default';
