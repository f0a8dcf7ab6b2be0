// A watch rule: its match and throttle are jsonb owned by libs/rules; version bumps on every change so caches can tell stale copies.
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'watch_rules' })
@Index('ix_watch_rules_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_watch_rules_enabled', ['tenantId'], { where: 'enabled AND deleted_at IS NULL' })
export class WatchRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_watch_rules' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'jsonb' })
  match!: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  throttle!: Record<string, unknown> | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  // Soft delete: alerts keep pointing at the rule that fired them.
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
