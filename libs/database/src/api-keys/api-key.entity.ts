// An API key: looked up by its recognisable prefix, verified against the stored hash; the secret is shown once, never stored.
import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TenantEntity } from '../tenants/tenant.entity';

@Entity({ name: 'api_keys' })
@Unique('uq_api_keys_prefix', ['prefix'])
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_api_keys' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  @ForeignKey(() => TenantEntity, { name: 'fk_api_keys_tenant', onDelete: 'CASCADE' })
  tenantId!: string;

  @Column({ type: 'text' })
  prefix!: string;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
