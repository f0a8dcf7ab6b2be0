/**
 * News sources: stored with a `sources.changed` notice in the same transaction (outbox), so the ingestor's
 * scheduler picks up a new or changed feed at once; names are unique per tenant (409 otherwise).
 */
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { SUBJECTS, type SourcesChanged } from '@marsad/contracts';
import { OutboxRepository, SourcesRepository, type Page, type PageRequest, type SourceEntity } from '@marsad/database';
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
    private readonly sources: SourcesRepository,
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

  /** The write and its `sources.changed` notice commit together; a duplicate name is a 409. */
  private async write<T>(name: string | undefined, work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`A source named "${name}" already exists`);
      throw err;
    }
  }

  async create(tenantId: string, dto: CreateSourceDto): Promise<SourceView> {
    return this.write(dto.name, async (manager) => {
      const saved = await this.sources.create({ tenantId, ...dto }, manager);
      await this.notify(manager, tenantId, saved.id, 'created');
      return toSourceView(saved);
    });
  }

  async get(tenantId: string, id: string): Promise<SourceView> {
    const source = await this.sources.get(id, tenantId);
    if (!source) throw new NotFoundException(`No source ${id}`);
    return toSourceView(source);
  }

  async list(request: PageRequest): Promise<Page<SourceView>> {
    const page = await this.sources.list(request);
    return { data: page.data.map(toSourceView), hasMore: page.hasMore };
  }

  async update(tenantId: string, id: string, dto: UpdateSourceDto): Promise<SourceView> {
    const updated = await this.write(dto.name, async (manager) => {
      const source = await this.sources.update(id, tenantId, dto, manager);
      if (source) await this.notify(manager, tenantId, id, 'updated');
      return source;
    });
    if (!updated) throw new NotFoundException(`No source ${id}`);
    return toSourceView(updated);
  }

  async remove(tenantId: string, id: string): Promise<void> {
    const deleted = await this.write(undefined, async (manager) => {
      const gone = await this.sources.delete(id, tenantId, manager);
      if (gone) await this.notify(manager, tenantId, id, 'deleted');
      return gone;
    });
    if (!deleted) throw new NotFoundException(`No source ${id}`);
  }
}
