// Stores extracted events (idempotent by event id) and lists them newest first with cursor pagination.
import type { MarsadEvent, PloverType } from '@marsad/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { fetchCursorPage, type Page, type PageRequest } from '../pagination/cursor-page';
import { tableOf } from '../shared/sql-names';
import { EventEntity } from './event.entity';

export interface ListEventsRequest extends PageRequest {
  type?: PloverType;
  country?: string;
}

/** Columns filled from a MarsadEvent; the column list of the recordset below, in the same order. */
const EVENT_RECORD = `id text, tenant_id text, article_id text, type text, mode text, actor jsonb, target jsonb,
  location jsonb, country text, lat double precision, lon double precision, date date, killed integer,
  injured integer, size integer, negated boolean, attribution text, evidence jsonb, language text,
  confidence real, extractor jsonb`;
const EVENT_COLUMNS = `id, tenant_id, article_id, type, mode, actor, target, location, country, lat, lon, date, killed,
  injured, size, negated, attribution, evidence, language, confidence, extractor`;

function toRecord(event: MarsadEvent, tenantId: string): Record<string, unknown> {
  return {
    id: event.id,
    tenant_id: tenantId,
    article_id: event.articleId,
    type: event.type,
    mode: event.mode,
    actor: event.actor,
    target: event.target,
    location: event.location,
    country: event.location?.country ?? null,
    lat: event.location?.lat ?? null,
    lon: event.location?.lon ?? null,
    date: event.date,
    killed: event.killed,
    injured: event.injured,
    size: event.size,
    negated: event.negated,
    attribution: event.attribution,
    evidence: event.evidence,
    language: event.language,
    confidence: event.confidence,
    extractor: event.extractor,
  };
}

export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts the events not stored yet (ON CONFLICT (id) DO NOTHING); returns the ids that were new. Pass the
   * caller's manager to write inside its transaction.
   */
  async insertMany(
    events: MarsadEvent[],
    tenantId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ insertedIds: string[] }> {
    if (events.length === 0) return { insertedIds: [] };
    // One statement for any batch size: the rows travel as one jsonb parameter and are unpacked server-side.
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO ${tableOf(manager.connection, EventEntity)} (${EVENT_COLUMNS})
       SELECT ${EVENT_COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(${EVENT_RECORD})
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(events.map((e) => toRecord(e, tenantId)))],
    );
    return { insertedIds: rows.map((r) => r.id) };
  }

  async get(id: string, tenantId: string): Promise<EventEntity | null> {
    return this.dataSource.getRepository(EventEntity).findOneBy({ id, tenantId });
  }

  async list(request: ListEventsRequest): Promise<Page<EventEntity>> {
    const repository = this.dataSource.getRepository(EventEntity);
    const query = repository.createQueryBuilder('e').where('1 = 1');
    if (request.type !== undefined) query.andWhere('e.type = :type', { type: request.type });
    if (request.country !== undefined)
      query.andWhere('e.country = :country', { country: request.country.toUpperCase() });
    return fetchCursorPage(repository, query, 'e', request);
  }
}
