// Test data builders for the database lib's integration specs (not exported from the lib's entry).
import { createHash, randomUUID } from 'node:crypto';
import type { Article, MarsadEvent } from '@marsad/contracts';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  const body = overrides.body ?? `Body ${randomUUID()}`;
  return {
    id: `art-${randomUUID()}`,
    tenantId: 'default',
    url: 'https://news.example/a',
    canonicalUrl: null,
    sourceId: null,
    title: 'A title',
    body,
    language: 'en',
    publishedAt: '2026-11-01T10:00:00.000Z',
    fetchedAt: '2026-11-01T10:05:00.000Z',
    contentHash: createHash('sha256').update(body).digest('hex'),
    ...overrides,
  };
}

export function sampleEvent(overrides: Partial<MarsadEvent> = {}): MarsadEvent {
  return {
    id: `evt-${randomUUID()}`,
    articleId: 'art-1',
    type: 'ASSAULT',
    mode: 'aerial',
    actor: { name: 'Air force', id: null, kind: 'military', country: 'SY' },
    target: null,
    location: { name: 'Aleppo', country: 'SY', lat: 36.2, lon: 37.16 },
    date: '2026-11-01',
    killed: 3,
    injured: null,
    size: null,
    negated: false,
    attribution: null,
    evidence: { text: 'air strikes on Aleppo killed 3', start: 0, end: 30 },
    language: 'en',
    confidence: 0.8,
    extractor: { name: 'marsad', version: '0.1.0' },
    ...overrides,
  };
}
