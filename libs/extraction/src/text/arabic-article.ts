// The Arabic article on a folded word: one pattern for every stage that asks whether a word is definite.

/** The article, bare or after و / ف and ب / ك, or ل + the article (لل): "الغارة", "والقصف", "بالهجوم", "للقصف". */
export const ARABIC_ARTICLE = /^[وف]?(?:[بك]?ال|لل)/;

/** A folded Arabic word that carries the article (ARABIC_ARTICLE). */
export function hasArabicArticle(norm: string): boolean {
  return ARABIC_ARTICLE.test(norm);
}

/** The article with no conjunction before it: a genitive after a noun ("توقيع الاتفاق", "لقائه بالرئيس"), where
 * "والاتفاق" would be a coordinated noun instead. */
export function articleWithoutConjunction(norm: string): boolean {
  return ARABIC_ARTICLE.test(norm) && !/^[وف]/.test(norm);
}
