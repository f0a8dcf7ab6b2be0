import { articleWithoutConjunction, hasArabicArticle } from './arabic-article';

describe('the Arabic article', () => {
  it('reads the article bare, after a conjunction or a glued preposition, and لل', () => {
    for (const w of ['الغاره', 'والقصف', 'بالهجوم', 'فكالعاده', 'للقصف']) expect(hasArabicArticle(w)).toBe(true);
    for (const w of ['غاره', 'قصف', 'لقائه']) expect(hasArabicArticle(w)).toBe(false);
  });

  it('tells a genitive from a coordinated noun', () => {
    expect(articleWithoutConjunction('الاتفاق')).toBe(true);
    expect(articleWithoutConjunction('بالرئيس')).toBe(true);
    expect(articleWithoutConjunction('والاتفاق')).toBe(false);
  });
});
