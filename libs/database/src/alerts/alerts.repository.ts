// Records alerts idempotently by (rule, event): a redelivered event finds its alert instead of creating another.
import { MoreThan, type DataSource } from 'typeorm';
import { fetchCursorPage, type Page, type PageRequest } from '../pagination/cursor-page';
import { tableOf } from '../shared/sql-names';
import { AlertEntity } from './alert.entity';

export interface RecordAlertInput {
  tenantId: string;
  ruleId: string;
  eventId: string;
  payload: unknown;
}

export interface ListAlertsRequest extends PageRequest {
  ruleId?: string;
}

export class AlertsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the alert for (rule, event), or returns the existing one with created=false. */
  async recordAlert(input: RecordAlertInput): Promise<{ alert: AlertEntity; created: boolean }> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO ${tableOf(this.dataSource, AlertEntity)} (tenant_id, rule_id, event_id, payload)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (rule_id, event_id) DO NOTHING
       RETURNING id`,
      [input.tenantId, input.ruleId, input.eventId, JSON.stringify(input.payload)],
    );
    const alert = await this.dataSource
      .getRepository(AlertEntity)
      .findOneByOrFail({ ruleId: input.ruleId, eventId: input.eventId });
    return { alert, created: rows.length > 0 };
  }

  /** The alert already recorded for (rule, event), if any: a replayed event is a duplicate, never throttled. */
  async findForEvent(ruleId: string, eventId: string, tenantId: string): Promise<AlertEntity | null> {
    return this.dataSource.getRepository(AlertEntity).findOneBy({ ruleId, eventId, tenantId });
  }

  /**
   * When the rule's alerts since `since` (exclusive) were created, oldest first: the input of the rule's throttle.
   * Served by the unique (rule_id, event_id) index's leading column; a throttle window holds few rows.
   */
  async recentCreatedAt(ruleId: string, tenantId: string, since: Date): Promise<Date[]> {
    const rows = await this.dataSource.getRepository(AlertEntity).find({
      select: { createdAt: true },
      where: { ruleId, tenantId, createdAt: MoreThan(since) },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => r.createdAt);
  }

  async get(id: string, tenantId: string): Promise<AlertEntity | null> {
    return this.dataSource.getRepository(AlertEntity).findOneBy({ id, tenantId });
  }

  async list(request: ListAlertsRequest): Promise<Page<AlertEntity>> {
    const repository = this.dataSource.getRepository(AlertEntity);
    const query = repository.createQueryBuilder('a').where('1 = 1');
    if (request.ruleId !== undefined) query.andWhere('a.ruleId = :ruleId', { ruleId: request.ruleId });
    return fetchCursorPage(repository, query, 'a', request);
  }
}
