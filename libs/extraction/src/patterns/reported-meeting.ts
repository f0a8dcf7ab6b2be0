// A meeting told in full rather than pointed back to, even after بعد / عقب: its noun with the subject's pronoun and
// the counterpart right after ("عقب لقائه بوزير الخارجية المصري"), or talks whose relative clause names both parties
// ("المكالمة الهاتفية التي جرت بين الرئيس أوباما والرئيس التركي").
import type { Token } from '../text/tokenize';
import { foldedSet, hasWord } from '../text/word-sets';
import { articleWithoutConjunction } from '../text/arabic-article';

// "قال الجبير عقب لقائه بوزير الخارجية المصري", "وقال أوباما بعد مباحثاته مع الرئيس الكيني": a meeting noun with
// its subject's pronoun and its counterpart right after is how wires report the meeting itself, not a pointer back
// to one told before. Ordinals and "weekly" ("بعد لقائها الأول معه", "عقب اجتماعه الأسبوعي") date it elsewhere.
const POSSESSIVE = /(?:ه|ها|هما|هم)$/;
const COUNTERPART_LINKS = foldedSet(['مع', 'ب']);
const NOT_COUNTERPART = foldedSet(['الأول', 'الأولى', 'الأخير', 'الأخيرة', 'الأسبوعي', 'الدوري', 'السابق', 'السنوي']);

/** A meeting noun with a pronoun ("لقائه", "مباحثاته مع") followed by whom it met: the reported meeting, even after
 * بعد / عقب. Visits are left out: "بعد زيارته لأداء مناسك العمرة" names a purpose, not a counterpart. */
export function metCounterpart(tokens: Token[], first: number): boolean {
  const t = tokens[first];
  if (!t.isArabic || !POSSESSIVE.test(t.norm)) return false;
  const next = tokens[first + 1];
  if (!next || !next.isArabic || hasWord(next, NOT_COUNTERPART)) return false;
  if (COUNTERPART_LINKS.has(next.norm)) return true;
  // "بوزير", "بخادم الحرمين": the preposition fused to the counterpart
  if (next.norm.startsWith('ب') && next.stems.some((s) => s !== next.norm && next.norm === `ب${s}`)) return true;
  return articleWithoutConjunction(next.norm);
}

// "أمكن التوصل إليه بعد المكالمة الهاتفية التي جرت بين الرئيس أوباما والرئيس التركي الأربعاء الماضي": talks whose
// relative clause names both parties are told in full there, not pointed back to. A bare "بعد المكالمة" still is.
const TOLD_RELATIVE = foldedSet(['التي', 'الذي']);
const TOLD_VERBS = foldedSet(['جرت', 'جرى', 'دارت', 'دار', 'تمت', 'تم', 'أجراها', 'أجراه', 'أجريت', 'أجري']);
const BETWEEN = foldedSet(['بين']);

/** Talks followed by "التي جرت بين X و Y": the talks told with their parties, even after بعد / عقب. */
export function talksWithParties(tokens: Token[], end: number): boolean {
  return (
    hasWord(tokens[end], TOLD_RELATIVE) && hasWord(tokens[end + 1], TOLD_VERBS) && hasWord(tokens[end + 2], BETWEEN)
  );
}
