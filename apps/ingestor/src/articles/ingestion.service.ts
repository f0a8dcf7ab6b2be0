/**
 * Accepts raw articles (files today; pushes and feeds later), normalizes them, drops duplicates by content
 * hash, and stores each new article together with its `articles.ingested` message (transactional outbox).
 */
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SUBJECTS, type RawArticle } from '@marsad/contracts';
import { ArticlesRepository, OutboxRepository } from '@marsad/database';
import { PipelineMetrics, childTraceparent } from '@marsad/observability';
import { normalizeArticle } from './article-normalizer';
import { listArticleFiles, readArticleFile } from './article-file-reader';

export interface IngestReport {
  accepted: number;
  duplicates: number;
  rejected: { origin: string; error: string }[];
}

@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticlesRepository,
    private readonly outbox: OutboxRepository,
    private readonly metrics: PipelineMetrics,
  ) {}

  /** Stores one raw article; returns whether it was new. Throws on invalid content. */
  async ingest(raw: RawArticle, tenantId = 'default'): Promise<{ id: string; inserted: boolean }> {
    const article = normalizeArticle(raw, { tenantId, fetchedAt: new Date() });
    return this.dataSource.transaction(async (manager) => {
      const result = await this.articles.insertIfNew(article, manager);
      if (result.inserted) {
        await this.outbox.enqueue(manager, {
          tenantId,
          subject: SUBJECTS.articlesIngested,
          msgId: `article:${tenantId}:${article.contentHash}`,
          payload: article,
          // Each article starts a trace; every later hop continues it through the message headers.
          headers: { traceparent: childTraceparent(undefined) },
        });
      }
      this.metrics.articlesIngested.inc({ outcome: result.inserted ? 'published' : 'duplicate' });
      return result;
    });
  }

  /** Imports every article under a file or directory; bad entries are reported, never fatal. */
  async importPath(path: string, tenantId = 'default'): Promise<IngestReport> {
    const report: IngestReport = { accepted: 0, duplicates: 0, rejected: [] };
    for (const file of await listArticleFiles(path)) {
      for (const entry of await readArticleFile(file)) {
        if (!entry.ok) {
          report.rejected.push({ origin: entry.origin, error: entry.error });
          this.metrics.articlesIngested.inc({ outcome: 'invalid' });
          continue;
        }
        try {
          const { inserted } = await this.ingest(entry.article, tenantId);
          if (inserted) report.accepted++;
          else report.duplicates++;
        } catch (err) {
          report.rejected.push({ origin: entry.origin, error: err instanceof Error ? err.message : String(err) });
        }
      }
    }
    this.logger.log(
      `import ${path}: ${report.accepted} new, ${report.duplicates} duplicate, ${report.rejected.length} rejected`,
    );
    return report;
  }
}
