// The explicit entity and migration lists: no globs, so bundling or a stray file can never change the schema TypeORM sees.
import { AlertEntity } from '../alerts/alert.entity';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { ArticleEntity } from '../articles/article.entity';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { EventEntity } from '../events/event.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { InitialSchema1795641000000 } from '../migrations/1795641000000-initial-schema';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import { SourceEntity } from '../sources/source.entity';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';
import { TenantEntity } from '../tenants/tenant.entity';
import { WatchRuleEntity } from '../watch-rules/watch-rule.entity';

export const ENTITIES = [
  TenantEntity,
  ApiKeyEntity,
  SourceEntity,
  ArticleEntity,
  EventEntity,
  WatchRuleEntity,
  SubscriptionEntity,
  AlertEntity,
  DeliveryEntity,
  OutboxMessageEntity,
  IdempotencyKeyEntity,
];

/** In the order they run; append new timestamp-prefixed migrations at the end. */
export const MIGRATIONS = [InitialSchema1795641000000];
