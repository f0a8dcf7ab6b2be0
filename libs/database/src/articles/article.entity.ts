// A stored article; (tenant_id, content_hash) is the natural key that makes ingestion idempotent.
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

@Entity({ name: 'articles' })
@Unique('uq_articles_tenant_content_hash', ['tenantId', 'contentHash'])
@Index('ix_articles_tenant_created', ['tenantId', 'createdAt', 'id'])
export class ArticleEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_articles' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text', default: 'default' })
  tenantId!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ name: 'canonical_url', type: 'text', nullable: true })
  canonicalUrl!: string | null;

  // Text, not a foreign key: file imports and pushes name sources that need not exist in `sources`.
  @Column({ name: 'source_id', type: 'text', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'fetched_at', type: 'timestamptz' })
  fetchedAt!: Date;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
