// Source storage for the API and the ingestor's poll scheduler.
import type { DataSource, EntityManager } from 'typeorm';
import { tableOf } from '../shared/sql-names';
import { TenantScopedRepository } from '../shared/tenant-scoped.repository';
import { SourceEntity, type SourceKind } from './source.entity';

export interface CreateSourceInput {
  tenantId: string;
  name: string;
  kind: SourceKind;
  url?: string | null;
  enabled?: boolean;
  pollIntervalSeconds?: number;
}

export type SourcePatch = Partial<Pick<SourceEntity, 'name' | 'kind' | 'url' | 'enabled' | 'pollIntervalSeconds'>>;

export class SourcesRepository extends TenantScopedRepository<SourceEntity, SourcePatch> {
  constructor(dataSource: DataSource) {
    super(dataSource, SourceEntity);
  }

  /** Inserts a source; a duplicate name for the tenant fails with uq_sources_tenant_name. */
  async create(input: CreateSourceInput, manager?: EntityManager): Promise<SourceEntity> {
    const repository = this.repositoryOf(manager);
    return repository.save(
      repository.create({
        tenantId: input.tenantId,
        name: input.name,
        kind: input.kind,
        url: input.url ?? null,
        enabled: input.enabled ?? true,
        pollIntervalSeconds: input.pollIntervalSeconds ?? 900,
      }),
    );
  }

  /** Creates the source unless the tenant has one by that name (seeds, config files); returns the stored row. */
  async ensureByName(input: CreateSourceInput): Promise<{ source: SourceEntity; created: boolean }> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO ${tableOf(this.dataSource, SourceEntity)} (tenant_id, name, kind, url, enabled, poll_interval_seconds)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, name) DO NOTHING
       RETURNING id`,
      [
        input.tenantId,
        input.name,
        input.kind,
        input.url ?? null,
        input.enabled ?? true,
        input.pollIntervalSeconds ?? 900,
      ],
    );
    const source = await this.repositoryOf().findOneByOrFail({ tenantId: input.tenantId, name: input.name });
    return { source, created: rows.length > 0 };
  }

  /** Enabled sources of every tenant, for the poll scheduler. */
  async listEnabled(): Promise<SourceEntity[]> {
    return this.repositoryOf().find({ where: { enabled: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
