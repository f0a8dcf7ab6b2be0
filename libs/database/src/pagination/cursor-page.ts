// Stripe-style cursor pagination on (created_at, id), newest first: stable under inserts, no OFFSET scans.
import type { FindOptionsWhere, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { tableOf } from '../shared/sql-names';

export interface PageRequest {
  tenantId: string;
  limit: number;
  /** Id of the last row of the previous page (Stripe's `starting_after`). */
  startingAfter?: string;
}

export interface Page<T> {
  data: T[];
  hasMore: boolean;
}

export const MAX_PAGE_SIZE = 1000;

/** The cursor names a row that does not exist for this tenant (deleted, or never was); the API answers 400. */
export class UnknownCursorError extends Error {
  constructor(readonly cursor: string) {
    super(`Unknown cursor: no row with id "${cursor}"`);
  }
}

export function assertPageSize(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new RangeError(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  return limit;
}

/** Splits `limit + 1` fetched rows into the page and whether another page follows. */
export function toPage<T>(rows: T[], limit: number): Page<T> {
  return { data: rows.slice(0, limit), hasMore: rows.length > limit };
}

interface Paginated extends ObjectLiteral {
  id: string;
  tenantId: string;
  createdAt: Date;
}

/**
 * Runs `query` (already filtered, aliased `alias`) one page at a time. The cursor row's (created_at, id) is
 * compared inside SQL, because created_at has microseconds that a JS Date would round away.
 */
export async function fetchCursorPage<T extends Paginated>(
  repository: Repository<T>,
  query: SelectQueryBuilder<T>,
  alias: string,
  request: PageRequest,
): Promise<Page<T>> {
  const limit = assertPageSize(request.limit);
  query.andWhere(`${alias}.tenantId = :pageTenantId`, { pageTenantId: request.tenantId });
  if (request.startingAfter !== undefined) {
    const where = { id: request.startingAfter, tenantId: request.tenantId } as FindOptionsWhere<T>;
    if (!(await repository.existsBy(where))) throw new UnknownCursorError(request.startingAfter);
    // Hand-written so the column order is ours: the query builder would put the primary key first.
    const table = tableOf(repository.manager.connection, repository.target);
    query.andWhere(
      `(${alias}.createdAt, ${alias}.id) < (SELECT c.created_at, c.id FROM ${table} c WHERE c.id = :cursorId AND c.tenant_id = :pageTenantId)`,
      { cursorId: request.startingAfter },
    );
  }
  const rows = await query
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(limit + 1)
    .getMany();
  return toPage(rows, limit);
}
