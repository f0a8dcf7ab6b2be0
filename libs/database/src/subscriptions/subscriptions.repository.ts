// Webhook subscription storage, and the question alerting asks per alert: who wants this rule's alerts?
import type { DataSource, EntityManager } from 'typeorm';
import { TenantScopedRepository } from '../shared/tenant-scoped.repository';
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

export class SubscriptionsRepository extends TenantScopedRepository<SubscriptionEntity, SubscriptionPatch> {
  constructor(dataSource: DataSource) {
    super(dataSource, SubscriptionEntity);
  }

  async create(input: CreateSubscriptionInput, manager?: EntityManager): Promise<SubscriptionEntity> {
    const repository = this.repositoryOf(manager);
    return repository.save(
      repository.create({
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

  /** Enabled subscriptions of the tenant that take this rule's alerts: explicitly listed, or all rules. */
  async listActiveForRule(ruleId: string, tenantId: string): Promise<SubscriptionEntity[]> {
    return this.repositoryOf()
      .createQueryBuilder('s')
      .where('s.tenantId = :tenantId AND s.enabled', { tenantId })
      .andWhere('(s.ruleIds IS NULL OR CAST(:ruleId AS uuid) = ANY(s.ruleIds))', { ruleId })
      .orderBy('s.createdAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }
}
