import type { GoldSet } from './gold-sets';
import { leadOf, leadVariants } from './lead-variants';

describe('lead variants', () => {
  const article = {
    id: 'a1',
    title: 'مقتل 7 مسلحين في ديالى',
    body: 'قتل 7 مسلحين في محافظة ديالى خلال عملية أمنية. وقال مصدر أمني إن العملية استمرت ساعات.',
    publishedAt: '2015-07-21',
  };

  it('keeps the first sentence of the body and the article id, with or without the title', () => {
    expect(leadOf(article, true)).toEqual({ ...article, body: 'قتل 7 مسلحين في محافظة ديالى خلال عملية أمنية.' });
    const bare = leadOf(article, false);
    expect(bare).toEqual({
      id: 'a1',
      publishedAt: '2015-07-21',
      body: 'قتل 7 مسلحين في محافظة ديالى خلال عملية أمنية.',
    });
    expect(bare).not.toHaveProperty('title');
  });

  it('makes no variant of a one-sentence body, which the full article already is', () => {
    expect(leadOf({ id: 'b', body: 'Police arrested five men in Cairo.' }, true)).toBeUndefined();
  });

  it('keeps each set whole under its own name, so the folds keep a lead with its article', () => {
    const set: GoldSet = {
      name: 'ar-train9',
      language: 'ar',
      split: 'train',
      goldPath: '/x.json',
      articles: [article, { id: 'b', body: 'one sentence only' }],
      goldEvents: 3,
      missing: [],
    };
    const [variants] = leadVariants([set]);
    expect(variants.name).toBe('ar-train9');
    expect(variants.goldPath).toBe('/x.json');
    expect(variants.articles.map((a) => [a.id, 'title' in a])).toEqual([
      ['a1', true],
      ['a1', false],
    ]);
  });
});
