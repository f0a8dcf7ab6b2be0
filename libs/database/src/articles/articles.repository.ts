// Stores ingested articles idempotently: the same content (per tenant) is stored once, whoever ingests it first wins.
import type { Article } from '@marsad/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { tableOf } from '../shared/sql-names';
import { ArticleEntity } from './article.entity';

export class ArticlesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts the article unless this tenant already has the same content hash (or the same article id);
   * returns the id of the stored row, which is the earlier one for a duplicate. Pass the caller's manager to
   * write inside its transaction (e.g. together with the outbox message).
   */
  async insertIfNew(
    article: Article,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ inserted: boolean; id: string }> {
    const table = tableOf(manager.connection, ArticleEntity);
    // No conflict target: an id collision is a duplicate too, and must not abort the caller's message handling.
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO ${table} (id, tenant_id, url, canonical_url, source_id, title, body, language, published_at, fetched_at, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        article.id,
        article.tenantId,
        article.url,
        article.canonicalUrl,
        article.sourceId,
        article.title,
        article.body,
        article.language,
        article.publishedAt,
        article.fetchedAt,
        article.contentHash,
      ],
    );
    const insertedId = rows[0]?.id;
    if (insertedId !== undefined) return { inserted: true, id: insertedId };
    const existing = await manager.query<{ id: string }[]>(
      `SELECT id FROM ${table} WHERE tenant_id = $1 AND content_hash = $2
       UNION ALL SELECT id FROM ${table} WHERE id = $3
       LIMIT 1`,
      [article.tenantId, article.contentHash, article.id],
    );
    const existingId = existing[0]?.id;
    if (existingId === undefined) throw new Error(`Article ${article.id} conflicted but no matching row was found`);
    return { inserted: false, id: existingId };
  }

  async get(id: string, tenantId: string): Promise<ArticleEntity | null> {
    return this.dataSource.getRepository(ArticleEntity).findOneBy({ id, tenantId });
  }
}
