import { canonicalizeUrl, cleanText, contentHash, normalizeArticle } from './article-normalizer';

describe('article normalizer', () => {
  const fetchedAt = new Date('2026-11-25T10:00:00Z');

  it('cleans control characters, BOMs and runs of whitespace', () => {
    expect(cleanText('\uFEFFقصف\u0007  مدينة\r\n\r\n\r\nتدمر ')).toBe('قصف مدينة\n\nتدمر');
  });

  it('canonicalizes URLs and refuses non-http schemes', () => {
    expect(canonicalizeUrl('HTTPS://Example.com/a/?utm_source=x&b=2#top')).toBe('https://example.com/a?b=2');
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
  });

  it('gives the same hash to the same story with other whitespace', () => {
    expect(contentHash('T', 'a  b\nc')).toBe(contentHash('T', 'a b c'));
    expect(contentHash('T', 'a b c')).not.toBe(contentHash('T', 'a b d'));
  });

  it('derives a deterministic id when none is given and parses dates', () => {
    const a = normalizeArticle({ body: 'نص الخبر', publishedAt: '2016-12-05' }, { tenantId: 'default', fetchedAt });
    const b = normalizeArticle({ body: 'نص  الخبر' }, { tenantId: 'default', fetchedAt });
    expect(a.id).toBe(b.id);
    expect(a.publishedAt).toBe('2016-12-05T00:00:00.000Z');
    expect(
      normalizeArticle({ body: 'x', publishedAt: 'yesterday-ish' }, { tenantId: 't', fetchedAt }).publishedAt,
    ).toBeNull();
  });

  it('refuses a body that is empty after cleaning', () => {
    expect(() => normalizeArticle({ body: '\u0007 \n' }, { tenantId: 't', fetchedAt })).toThrow(/empty/);
  });
});
