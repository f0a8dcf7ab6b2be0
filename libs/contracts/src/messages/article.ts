import { z } from 'zod';

/** An article as the ingestor publishes it on `articles.ingested` (schema version 1). */
export const ArticleSchema = z.object({
  id: z.string().min(1).max(200),
  tenantId: z.string().min(1).max(64).default('default'),
  url: z.string().max(4000).nullable().default(null),
  canonicalUrl: z.string().max(4000).nullable().default(null),
  sourceId: z.string().max(200).nullable().default(null),
  title: z.string().max(2000).nullable().default(null),
  body: z.string().min(1).max(1_000_000),
  language: z.string().max(16).nullable().default(null),
  publishedAt: z.string().datetime({ offset: true }).nullable().default(null),
  fetchedAt: z.string().datetime({ offset: true }),
  contentHash: z.string().length(64),
});
export type Article = z.infer<typeof ArticleSchema>;

/** The shape accepted from files and pushes before normalization. */
export const RawArticleSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  url: z.string().max(4000).optional(),
  title: z.string().max(2000).optional(),
  body: z.string().min(1, 'body is empty').max(1_000_000, 'body is over 1,000,000 characters'),
  publishedAt: z.string().optional(),
  sourceId: z.string().max(200).optional(),
  language: z.string().max(16).optional(),
});
export type RawArticle = z.infer<typeof RawArticleSchema>;
