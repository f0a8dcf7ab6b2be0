// Watch rule storage: versioned updates (optimistic concurrency) and soft deletes, so alerts keep their rule.
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { fetchCursorPage, type Page, type PageRequest } from '../pagination/cursor-page';
import { WatchRuleEntity } from './watch-rule.entity';

export interface CreateWatchRuleInput {
  tenantId: string;
  name: string;
  enabled?: boolean;
  match: Record<string, unknown>;
  throttle?: Record<string, unknown> | null;
}

export type WatchRulePatch = Partial<Pick<WatchRuleEntity, 'name' | 'enabled' | 'match' | 'throttle'>>;

export class WatchRulesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(WatchRuleEntity);
  }

  /** Writes take an optional manager so a caller can change a rule and enqueue its notice in one transaction. */
  async create(
    input: CreateWatchRuleInput,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WatchRuleEntity> {
    const repository = manager.getRepository(WatchRuleEntity);
    const rule = repository.create({
      tenantId: input.tenantId,
      name: input.name,
      enabled: input.enabled ?? true,
      match: input.match,
      throttle: input.throttle ?? null,
    });
    return repository.save(rule);
  }

  /** A live (not deleted) rule of the tenant. */
  async get(id: string, tenantId: string): Promise<WatchRuleEntity | null> {
    return this.repository.findOneBy({ id, tenantId, deletedAt: IsNull() });
  }

  /**
   * Applies the patch and bumps the version. With expectedVersion, updates only if nobody changed the rule
   * meanwhile. Returns null when the rule is missing, deleted or at another version.
   */
  async update(
    id: string,
    tenantId: string,
    patch: WatchRulePatch,
    expectedVersion?: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WatchRuleEntity | null> {
    const repository = manager.getRepository(WatchRuleEntity);
    const query = repository
      .createQueryBuilder()
      .update(WatchRuleEntity)
      // The jsonb fields defeat TypeORM's deep-partial typing; the shape is still WatchRulePatch.
      .set({ ...patch, version: () => 'version + 1' } as QueryDeepPartialEntity<WatchRuleEntity>)
      .where('id = :id AND tenant_id = :tenantId AND deleted_at IS NULL', { id, tenantId });
    if (expectedVersion !== undefined) query.andWhere('version = :expectedVersion', { expectedVersion });
    const result = await query.execute();
    return result.affected ? repository.findOneBy({ id, tenantId, deletedAt: IsNull() }) : null;
  }

  /** Marks the rule deleted; true when a live rule was deleted by this call. */
  async softDelete(id: string, tenantId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .getRepository(WatchRuleEntity)
      .createQueryBuilder()
      .update(WatchRuleEntity)
      .set({ deletedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id AND tenant_id = :tenantId AND deleted_at IS NULL', { id, tenantId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async list(request: PageRequest): Promise<Page<WatchRuleEntity>> {
    const query = this.repository.createQueryBuilder('r').where('r.deletedAt IS NULL');
    return fetchCursorPage(this.repository, query, 'r', request);
  }

  /** Every enabled live rule, of one tenant or (for the alerting cache) of all tenants. */
  async listEnabled(tenantId?: string): Promise<WatchRuleEntity[]> {
    return this.repository.find({
      where: { enabled: true, deletedAt: IsNull(), ...(tenantId === undefined ? {} : { tenantId }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
