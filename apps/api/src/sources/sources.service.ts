/**
 * News sources: stored with a `sources.changed` notice in the same transaction (outbox), so the ingestor's
 * scheduler picks up a new or changed feed at once; names are unique per tenant (409 otherwise).
 */
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { SUBJECTS, type SourcesChanged } from '@marsad/contracts';
import { OutboxRepository, SourceEntity } from '@marsad/database';
import type { CreateSourceDto, UpdateSourceDto } from './dto/source.dto';

export interface SourceView {
  id: string;
  object: 'source';
  name: string;
  kind: string;
  url: string | null;
  enabled: boolean;
  poll_interval_seconds: number;
  created_at: string;
  updated_at: string;
}

export const toSourceView = (s: SourceEntity): SourceView => ({
  id: s.id,
  object: 'source',
  name: s.name,
  kind: s.kind,
  url: s.url,
  enabled: s.enabled,
  poll_interval_seconds: s.pollIntervalSeconds,
  created_at: s.createdAt.toISOString(),
  updated_at: s.updatedAt.toISOString(),
});

function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';
}

@Injectable()
export class SourcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
  ) {}

  private async notify(manager: EntityManager, tenantId: string, sourceId: string, change: SourcesChanged['change']) {
    const at = new Date().toISOString();
    const notice: SourcesChanged = { tenantId, sourceId, change, at };
    await this.outbox.enqueue(manager, {
      tenantId,
      subject: SUBJECTS.sourcesChanged,
      msgId: `source:${sourceId}:${change}:${at}`,
      payload: notice,
    });
  }

  private async write<T>(
    tenantId: string,
    name: string | undefined,
    work: (m: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`A source named "${name}" already exists`);
      throw err;
    }
  }

  async create(tenantId: string, dto: CreateSourceDto): Promise<SourceView> {
    return this.write(tenantId, dto.name, async (manager) => {
      const repo = manager.getRepository(SourceEntity);
      const saved = await repo.save(repo.create({ tenantId, url: null, ...dto }));
      await this.notify(manager, tenantId, saved.id, 'created');
      return toSourceView(saved);
    });
  }

  async get(tenantId: string, id: string): Promise<SourceView> {
    const source = await this.dataSource.getRepository(SourceEntity).findOneBy({ id, tenantId });
    if (!source) throw new NotFoundException(`No source ${id}`);
    return toSourceView(source);
  }

  async update(tenantId: string, id: string, dto: UpdateSourceDto): Promise<SourceView> {
    await this.get(tenantId, id);
    return this.write(tenantId, dto.name, async (manager) => {
      const repo = manager.getRepository(SourceEntity);
      if (Object.keys(dto).length) await repo.update({ id, tenantId }, dto);
      await this.notify(manager, tenantId, id, 'updated');
      return toSourceView(await repo.findOneByOrFail({ id, tenantId }));
    });
  }

  async remove(tenantId: string, id: string): Promise<void> {
    await this.get(tenantId, id);
    await this.write(tenantId, undefined, async (manager) => {
      await manager.getRepository(SourceEntity).delete({ id, tenantId });
      await this.notify(manager, tenantId, id, 'deleted');
    });
  }
}
