// An alert: one rule matched one event. UNIQUE(rule_id, event_id) makes a redelivered event harmless.
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { WatchRuleEntity } from '../watch-rules/watch-rule.entity';

@Entity({ name: 'alerts' })
@Unique('uq_alerts_rule_event', ['ruleId', 'eventId'])
@Index('ix_alerts_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_alerts_event', ['eventId'])
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_alerts' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ name: 'rule_id', type: 'uuid' })
  @ForeignKey(() => WatchRuleEntity, { name: 'fk_alerts_rule', onDelete: 'CASCADE' })
  ruleId!: string;

  @Column({ name: 'event_id', type: 'text' })
  @ForeignKey(() => EventEntity, { name: 'fk_alerts_event', onDelete: 'CASCADE' })
  eventId!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
