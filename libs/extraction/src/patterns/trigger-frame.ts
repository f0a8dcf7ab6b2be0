// How a trigger sits in its sentence, beyond negation and time: a masdar of purpose ("لتوقيع اتفاق", "لاقتحامها")
// announces an aim; a meeting noun after "خلال / during" is the backdrop of another statement; an English past
// participle after a determiner is an adjective ("the besieged city"); and a definite or demonstrative noun
// ("هذا القصف", "the blast") usually points back to a happening the article already reported.
import type { Token } from '../text/tokenize';
import { foldedSet } from '../text/word-sets';
import { hasArabicArticle } from '../text/arabic-article';

// Verbs and nouns that govern ل: after them the ل-masdar is an object, not a purpose ("تصدت لهجمات", "تعرضت للقصف").
const GOVERNS_LAM = foldedSet([
  'تصدى',
  'تصدت',
  'تصدوا',
  'يتصدى',
  'تتصدى',
  'تصدي',
  'التصدي',
  'تعرض',
  'تعرضت',
  'تعرضوا',
  'يتعرض',
  'تتعرض',
  'تعرضها',
  'تعرضه',
  'استجابه',
  'استجابة',
  'ردا',
  'رداً',
  'نتيجه',
  'اضافه',
  'مواصله',
  'استمرار',
  'وفقا',
  'طبقا',
  'بالنسبه',
  'دعما',
  'ادان',
  'ادانت',
  'رفضا',
  // "خلال عملية قمع لمظاهرة", "تفريق لتجمع": the crackdown's ل-object is the protest it broke up.
  'قمع',
  'تفريق',
]);
/** تعرض "underwent" and its forms: their ل-object may follow a subject of several words. */
const UNDERGOES = foldedSet(['تعرض', 'تعرضت', 'تعرضوا', 'يتعرض', 'تتعرض', 'تعرضا', 'تعرضتا']);
const UNDERGO_REACH = 9;
const BACKDROP = foldedSet(['خلال', 'اثناء', 'عشيه', 'هامش', 'ختام', 'بعيد', 'during', 'sidelines', 'ahead', 'eve']);
const DEMONSTRATIVES = foldedSet([
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'هذين',
  'هاتين',
  'هؤلاء',
  'this',
  'that',
  'these',
  'those',
  'such',
]);
const EN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** The clitics glued before the lexicon word `head` in token t ("للتوقيع" + توقيع → "لل"), or null. */
function prefixBefore(t: Token, head: string): string | null {
  let at = t.norm.indexOf(head);
  if (at < 0 && head.startsWith('ال')) at = t.norm.indexOf(head.slice(2));
  return at < 0 ? null : t.norm.slice(0, at);
}

/** An Arabic ل-masdar of purpose: "لتوقيع", "للمطالبة", "لاستهداف" (not after a word that takes ل as its object). */
export function isPurposeMasdar(tokens: Token[], first: number, head: string): boolean {
  const t = tokens[first];
  if (!t.isArabic) return false;
  const prefix = prefixBefore(t, head);
  if (prefix === null || !/^[وف]?(?:ل|لل)$/.test(prefix)) return false;
  // The governing verb may stand before its subject: "تصدت المعارضة لهجوم". تعرض reaches further, past a long
  // subject and its time ("تعرض مطار عدن الدولي أمس لقصف صاروخي"): what one undergoes is never a purpose.
  for (let k = first - 1; k >= Math.max(0, first - UNDERGO_REACH); k--) {
    const prev = tokens[k];
    if (prev.stems.some((s) => UNDERGOES.has(s))) return false;
    if (first - k > 3) continue;
    if (GOVERNS_LAM.has(prev.norm) || prev.stems.some((s) => GOVERNS_LAM.has(s))) return false;
  }
  return true;
}

/** A meeting noun framed as the backdrop of something else: "خلال زيارته", "during a visit", "on the sidelines of". */
export function isBackdrop(tokens: Token[], first: number, clauseFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 3); k--) if (BACKDROP.has(tokens[k].norm)) return true;
  return false;
}

/** "the besieged city", "an armed attack": an English past participle used as an adjective. */
export function isEnglishAdjective(tokens: Token[], first: number): boolean {
  const t = tokens[first];
  return !t.isArabic && /ed$/.test(t.norm) && EN_DETERMINERS.has(tokens[first - 1]?.norm ?? '');
}

/** Counts and quantifiers before a noun phrase: "118 captured soldiers", "three kidnapped aid workers". */
const EN_QUANTIFIERS = foldedSet(
  'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozens hundreds thousands scores several many some other both all'.split(
    ' ',
  ),
);
/** Words after a participle that show it is a verb after all ("12 killed in a raid", "30 detained by police"). */
const EN_VERB_FOLLOWERS = foldedSet(
  'by in on at after during when while and or as since near with from to for into overnight yesterday today earlier later were was had have'.split(
    ' ',
  ),
);

/** "M23 handed over 118 captured Congolese soldiers", "three kidnapped aid workers were freed": an English past
 * participle between a count and the noun it describes, each a single space apart, is an adjective. The caller
 * applies it to acts done to people (seizing, arresting, freeing): "22 wounded people" still tells of an attack. */
export function isCountedAdjective(text: string, tokens: Token[], first: number): boolean {
  const t = tokens[first];
  const prev = tokens[first - 1];
  const next = tokens[first + 1];
  if (!t || t.isArabic || !/ed$/.test(t.norm) || !prev || !next || next.isArabic || next.isNumber) return false;
  // A year ends a name or a date ("the Finance Bill 2024 stormed"), it counts nothing.
  if (prev.isNumber ? /^(?:19|20)\d\d$/.test(prev.norm) : !EN_QUANTIFIERS.has(prev.norm)) return false;
  if (t.start - prev.end !== 1 || text[prev.end] !== ' ' || next.start - t.end !== 1 || text[t.end] !== ' ')
    return false;
  return !EN_VERB_FOLLOWERS.has(next.norm);
}

/** Bound prefixes that leave a hyphenated participle a verb: "re-arrested", "co-hosted", "counter-attacked". */
const BOUND_PREFIXES = new Set(['re', 'co', 'counter', 'pre', 'un', 'over', 'under', 'out', 'mis', 'cross', 'self']);

/** Regular participles and the irregular ones compound adjectives take: "famine-hit", "quake-struck", "war-torn". */
const PARTICIPLE = /(?:ed|^hit|^struck|^stricken|^torn|^shot|^held)$/;

/** "Iran-backed militias", "the Saudi-led coalition", "a U.N.-brokered truce", "famine-hit Darfur": an English
 * participle glued by a hyphen to the word before it is a compound adjective naming a relation or a state, not a
 * reported act. */
export function isHyphenCompound(text: string, tokens: Token[], first: number): boolean {
  const t = tokens[first];
  const prev = tokens[first - 1];
  if (!t || t.isArabic || !prev || !PARTICIPLE.test(t.norm) || text[t.start - 1] !== '-') return false;
  return !BOUND_PREFIXES.has(prev.norm);
}

const CHARACTERIZE = foldedSet([
  'described',
  'describes',
  'describing',
  'called',
  'calls',
  'calling',
  'branded',
  'labelled',
  'labeled',
  'termed',
  'denounced',
  'condemned',
]);

/** "described the attack as a 'horrific massacre'", "called the strike a crime": an English noun that names how a
 * speaker judges a happening already reported, not a new one. */
export function isCharacterization(tokens: Token[], first: number, clauseFirst: number): boolean {
  if (tokens[first].isArabic) return false;
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 4); k--) {
    const w = tokens[k].norm;
    if (w === 'as' || w === 'a' || w === 'an') {
      for (let j = k - 1; j >= Math.max(clauseFirst, k - 6); j--) {
        if (!CHARACTERIZE.has(tokens[j].norm)) continue;
        // "called a strike" with nothing between is no judgement; "called the strike a massacre" is.
        return w === 'as' || j < k - 1;
      }
      return false;
    }
  }
  return false;
}

/** A demonstrative word (هذا, هذه, ذلك, this, those …). */
export const isDemonstrative = (t: Token | undefined): boolean => DEMONSTRATIVES.has(t?.norm ?? '');

/** A demonstrative before the trigger ("هذا القصف", "this attack"). */
export function hasDemonstrative(tokens: Token[], first: number): boolean {
  return isDemonstrative(tokens[first - 1]) || isDemonstrative(tokens[first + 1]);
}

/** A definite noun trigger: Arabic ال (with clitics: وال، بال، لل) or English "the". */
export function isDefinite(tokens: Token[], first: number): boolean {
  const t = tokens[first];
  if (t.isArabic) return hasArabicArticle(t.norm);
  return tokens[first - 1]?.norm === 'the';
}
