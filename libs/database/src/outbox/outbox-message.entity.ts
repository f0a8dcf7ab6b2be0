// Transactional outbox row: written in the same transaction as the state change, published to NATS later by a relay.
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity({ name: 'outbox' })
@Unique('uq_outbox_msg_id', ['msgId'])
@Index('ix_outbox_unpublished', ['id'], { where: 'published_at IS NULL' })
export class OutboxMessageEntity {
  // bigserial: pg hands int8 back as a string, which is how ids travel through the relay.
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_outbox' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ type: 'text' })
  subject!: string;

  // Becomes the JetStream Nats-Msg-Id, so a relay that publishes twice is deduplicated server-side.
  @Column({ name: 'msg_id', type: 'text' })
  msgId!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  headers!: Record<string, string> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  // Lease: a claimed row is invisible to other relays until then; a crashed relay's rows come back after it.
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;
}
