// A stored PLOVER event; the extractor's deterministic id is the natural key, so re-extraction never doubles rows.
import type { EventActor, EventLocation, MarsadEvent, PloverType } from '@marsad/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'events' })
@Index('ix_events_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_events_type', ['type'])
@Index('ix_events_country', ['country'])
@Index('ix_events_article', ['articleId'])
export class EventEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_events' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ type: 'text' })
  type!: PloverType;

  @Column({ type: 'text', nullable: true })
  mode!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  actor!: EventActor | null;

  @Column({ type: 'jsonb', nullable: true })
  target!: EventActor | null;

  @Column({ type: 'jsonb', nullable: true })
  location!: EventLocation | null;

  // Denormalized from location so filters and indexes need no jsonb operators.
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;

  @Column({ type: 'date', nullable: true })
  date!: string | null;

  @Column({ type: 'integer', nullable: true })
  killed!: number | null;

  @Column({ type: 'integer', nullable: true })
  injured!: number | null;

  @Column({ type: 'integer', nullable: true })
  size!: number | null;

  @Column({ type: 'boolean', default: false })
  negated!: boolean;

  @Column({ type: 'text', nullable: true })
  attribution!: string | null;

  @Column({ type: 'jsonb' })
  evidence!: MarsadEvent['evidence'];

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ type: 'jsonb' })
  extractor!: MarsadEvent['extractor'];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
