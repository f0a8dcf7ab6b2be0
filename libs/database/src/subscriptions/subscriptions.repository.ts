// Webhook subscription storage, and the question alerting asks per alert: who wants this rule's alerts?
import type { DataSource } from 'typeorm';
import { fetchCursorPage, type Page, type PageRequest } from '../pagination/cursor-page';
import { SubscriptionEntity } from './subscription.entity';

export interface CreateSubscriptionInput {
  tenantId: string;
  name: string;
  url: string;
  secret: string;
  enabled?: boolean;
  /** null or omitted: every rule of the tenant. */
  ruleIds?: string[] | null;
}

export type SubscriptionPatch = Partial<
  Pick<SubscriptionEntity, 'name' | 'url' | 'secret' | 'enabled' | 'ruleIds' | 'disabledReason'>
>;

export class SubscriptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(SubscriptionEntity);
  }

  async create(input: CreateSubscriptionInput): Promise<SubscriptionEntity> {
    return this.repository.save(
      this.repository.create({
        tenantId: input.tenantId,
        name: input.name,
        url: input.url,
        secret: input.secret,
        enabled: input.enabled ?? true,
        ruleIds: input.ruleIds ?? null,
        disabledReason: null,
      }),
    );
  }

  async get(id: string, tenantId: string): Promise<SubscriptionEntity | null> {
    return this.repository.findOneBy({ id, tenantId });
  }

  /** Returns the updated subscription, or null when the tenant has none with this id. */
  async update(id: string, tenantId: string, patch: SubscriptionPatch): Promise<SubscriptionEntity | null> {
    if (Object.keys(patch).length === 0) return this.get(id, tenantId);
    const result = await this.repository.update({ id, tenantId }, patch);
    return result.affected ? this.get(id, tenantId) : null;
  }

  /** Deletes the subscription and (by cascade) its delivery history; true when something was deleted. */
  async delete(id: string, tenantId: string): Promise<boolean> {
    const result = await this.repository.delete({ id, tenantId });
    return (result.affected ?? 0) > 0;
  }

  async list(request: PageRequest): Promise<Page<SubscriptionEntity>> {
    const query = this.repository.createQueryBuilder('s').where('1 = 1');
    return fetchCursorPage(this.repository, query, 's', request);
  }

  /** Enabled subscriptions of the tenant that take this rule's alerts: explicitly listed, or all rules. */
  async listActiveForRule(ruleId: string, tenantId: string): Promise<SubscriptionEntity[]> {
    return this.repository
      .createQueryBuilder('s')
      .where('s.tenantId = :tenantId AND s.enabled', { tenantId })
      .andWhere('(s.ruleIds IS NULL OR CAST(:ruleId AS uuid) = ANY(s.ruleIds))', { ruleId })
      .orderBy('s.createdAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }
}
