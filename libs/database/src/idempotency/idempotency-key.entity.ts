// A remembered API response for an Idempotency-Key header, so a retried POST returns the first answer instead of acting twice.
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'idempotency_keys' })
@Index('ix_idempotency_keys_created', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({
    name: 'tenant_id',
    type: 'text',
    default: 'default',
    primaryKeyConstraintName: 'pk_idempotency_keys',
  })
  tenantId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_idempotency_keys' })
  key!: string;

  // Same key with a different request body is a client error, detected by comparing hashes.
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'status_code', type: 'integer' })
  statusCode!: number;

  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
