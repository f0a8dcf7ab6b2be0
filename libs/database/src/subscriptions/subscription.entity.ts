// A webhook subscription; rule_ids NULL means "every rule of the tenant".
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'subscriptions' })
@Index('ix_subscriptions_tenant_created', ['tenantId', 'createdAt', 'id'])
export class SubscriptionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_subscriptions' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'rule_ids', type: 'uuid', array: true, nullable: true })
  ruleIds!: string[] | null;

  // Why delivery stopped (e.g. the endpoint answered 410 Gone), shown to the owner.
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
