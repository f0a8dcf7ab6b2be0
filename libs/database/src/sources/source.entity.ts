// A news source the ingestor polls (rss/atom/json/page) or receives (push/file); names are unique per tenant so seeds stay idempotent.
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export const SOURCE_KINDS = ['rss', 'atom', 'json', 'page', 'push', 'file'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

@Entity({ name: 'sources' })
@Unique('uq_sources_tenant_name', ['tenantId', 'name'])
@Index('ix_sources_tenant_created', ['tenantId', 'createdAt', 'id'])
@Check('ck_sources_kind', `kind IN ('rss', 'atom', 'json', 'page', 'push', 'file')`)
@Check('ck_sources_poll_interval', `poll_interval_seconds > 0`)
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sources' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: SourceKind;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'poll_interval_seconds', type: 'integer', default: 900 })
  pollIntervalSeconds!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
