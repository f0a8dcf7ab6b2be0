// One alert to one subscription: UNIQUE(alert_id, subscription_id) so re-processing an alert never sends twice.
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AlertEntity } from '../alerts/alert.entity';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';

export const DELIVERY_STATUSES = ['pending', 'delivering', 'succeeded', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

@Entity({ name: 'deliveries' })
@Unique('uq_deliveries_alert_subscription', ['alertId', 'subscriptionId'])
@Index('ix_deliveries_subscription', ['subscriptionId'])
@Index('ix_deliveries_due', ['nextAttemptAt'], { where: `status IN ('pending', 'failed')` })
@Check('ck_deliveries_status', `status IN ('pending', 'delivering', 'succeeded', 'failed', 'dead')`)
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_deliveries' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  @ForeignKey(() => AlertEntity, { name: 'fk_deliveries_alert', onDelete: 'CASCADE' })
  alertId!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  @ForeignKey(() => SubscriptionEntity, { name: 'fk_deliveries_subscription', onDelete: 'CASCADE' })
  subscriptionId!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
