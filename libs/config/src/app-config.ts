import { EnvSchema } from './config.schema';

/** The typed, nested configuration every app and lib receives; built once at boot. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  metricsPort: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  database: { url: string; schema: string; poolSize: number; migrateOnStart: boolean };
  nats: { url: string; streamPrefix: string; maxDeliver: number };
  redis: { url: string; queuePrefix: string };
  http: { port: number; adminUser: string; adminPassword: string };
  webhooks: { timeoutMs: number; maxAttempts: number; allowPrivateNetworks: boolean };
  extractor: ExtractorConfig;
}

/** Which extractor runs, and the time budget and worker threads of the rule extractor (alone, or as the LLM's
 * fallback). */
export type ExtractorConfig = { budgetMs: number; workers: number } & (
  { kind: 'rule' } | { kind: 'llm'; baseUrl: string; apiKey: string | undefined; model: string; timeoutMs: number }
);

export class ConfigError extends Error {}

/** Validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    metricsPort: e.METRICS_PORT,
    logLevel: e.LOG_LEVEL,
    database: {
      url: e.DATABASE_URL,
      schema: e.DATABASE_SCHEMA,
      poolSize: e.DATABASE_POOL_SIZE,
      migrateOnStart: e.DATABASE_MIGRATE_ON_START,
    },
    nats: { url: e.NATS_URL, streamPrefix: e.NATS_STREAM_PREFIX, maxDeliver: e.NATS_MAX_DELIVER },
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX },
    http: { port: e.API_PORT, adminUser: e.ADMIN_USER, adminPassword: e.ADMIN_PASSWORD },
    webhooks: {
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      allowPrivateNetworks: e.WEBHOOK_ALLOW_PRIVATE,
    },
    extractor:
      e.EXTRACTOR === 'llm' && e.LLM_BASE_URL
        ? {
            kind: 'llm',
            baseUrl: e.LLM_BASE_URL,
            apiKey: e.LLM_API_KEY,
            model: e.LLM_MODEL,
            timeoutMs: e.LLM_TIMEOUT_MS,
            budgetMs: e.EXTRACTION_BUDGET_MS,
            workers: e.EXTRACTION_WORKERS,
          }
        : { kind: 'rule', budgetMs: e.EXTRACTION_BUDGET_MS, workers: e.EXTRACTION_WORKERS },
  };
}

/** Configuration for tests: the defaults, overridden by the given values. */
export function configWith(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}
