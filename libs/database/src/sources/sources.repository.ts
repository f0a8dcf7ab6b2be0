// Source storage for the API and the ingestor's poll scheduler.
import type { DataSource } from 'typeorm';
import { fetchCursorPage, type Page, type PageRequest } from '../pagination/cursor-page';
import { tableOf } from '../shared/sql-names';
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

export class SourcesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(SourceEntity);
  }

  /** Inserts a source; a duplicate name for the tenant fails with uq_sources_tenant_name. */
  async create(input: CreateSourceInput): Promise<SourceEntity> {
    return this.repository.save(
      this.repository.create({
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
    const source = await this.repository.findOneByOrFail({ tenantId: input.tenantId, name: input.name });
    return { source, created: rows.length > 0 };
  }

  async get(id: string, tenantId: string): Promise<SourceEntity | null> {
    return this.repository.findOneBy({ id, tenantId });
  }

  async update(id: string, tenantId: string, patch: SourcePatch): Promise<SourceEntity | null> {
    if (Object.keys(patch).length === 0) return this.get(id, tenantId);
    const result = await this.repository.update({ id, tenantId }, patch);
    return result.affected ? this.get(id, tenantId) : null;
  }

  async delete(id: string, tenantId: string): Promise<boolean> {
    const result = await this.repository.delete({ id, tenantId });
    return (result.affected ?? 0) > 0;
  }

  async list(request: PageRequest): Promise<Page<SourceEntity>> {
    const query = this.repository.createQueryBuilder('s').where('1 = 1');
    return fetchCursorPage(this.repository, query, 's', request);
  }

  /** Enabled sources of every tenant, for the poll scheduler. */
  async listEnabled(): Promise<SourceEntity[]> {
    return this.repository.find({ where: { enabled: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
