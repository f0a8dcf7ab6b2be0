// A tenant: the unit of data isolation. Thin today (one 'default' tenant seeded by the migration); keys and quotas come later.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'tenants' })
export class TenantEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_tenants' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
