// A strike noun right after an Arabic verb is the verb's subject: "قصفت أربع غارات مراكز تابعة لداعش", "استهدف
// القصف مواقع للحوثيين". The subject slot is then filled by the means, not by a side; a name further on belongs to
// the object (what was hit), unless it sits in the strike noun's own idafa ("استهدفت غارات التحالف", "غارات جوية
// لطيران التحالف"), which names who struck. The doer of such a strike is left to the article (article-actor.ts).
import { foldWord, type Token } from '../../text/tokenize';
import { AR_TENS, AR_UNITS, AR_VAGUE } from '../../numbers/number-words.data';
import type { ActorLike, Span } from '../assemble.types';

const MEANS = new Set(['غاره', 'غارات', 'قصف', 'ضربه', 'ضربات', 'صاروخ', 'صواريخ', 'قذيفه', 'قذائف'].map(foldWord));
// Words that may stand between the verb and its subject: a time adverb or a count ("شنت أمس أربع غارات").
const FILLERS = new Set(['امس', 'اليوم', 'ايضا', 'كذلك', 'فجر', 'صباح', 'مساء', 'ليل', 'ليلا'].map(foldWord));
const NUMBER_WORDS = new Set([...Object.keys(AR_UNITS), ...Object.keys(AR_TENS), ...Object.keys(AR_VAGUE)]);
// "غارات جوية", "قصف مدفعي": an adjective after the strike noun keeps its idafa open.
const ADJECTIVE = /^(?:ال)?..+(?:ي|يه)$/;
const BREAK = /[.؟?!؛;:،,"«»“”]/;

function filler(t: Token): boolean {
  return t.isNumber || FILLERS.has(t.norm) || NUMBER_WORDS.has(t.norm.replace(/^و(?=..)/, ''));
}

/** Index right after a strike noun that opens the verb's subject slot (up to three fillers before it), or null. */
export function meansSubjectEnd(tokens: Token[], verbEnd: number): number | null {
  for (let k = verbEnd; k < Math.min(tokens.length, verbEnd + 4); k++) {
    const t = tokens[k];
    if (!t.isArabic && !t.isNumber) return null;
    if (t.stems.some((s) => MEANS.has(s))) return k + 1;
    if (!filler(t)) return null;
  }
  return null;
}

/** "الغارة استهدفت X", "غارات جوية دمرت X": a strike noun (an adjective may follow it) right before the verb, with
 * no punctuation between, is its SVO subject; every name after the verb is then in the object. */
export function meansSubjectBefore(text: string, tokens: Token[], verbFirst: number): boolean {
  let k = verbFirst - 1;
  if (tokens[k] && ADJECTIVE.test(tokens[k].norm) && !tokens[k].stems.some((s) => MEANS.has(s))) k--;
  const t = tokens[k];
  if (!t?.isArabic || !t.stems.some((s) => MEANS.has(s))) return false;
  return !BREAK.test(text.slice(t.end, tokens[verbFirst].start));
}

/** True when the mention lies after a strike-noun subject and outside its idafa: it is the object, not the doer. */
export function pastMeansSubject(tokens: Token[], meansEnd: number | null, a: Span<ActorLike>): boolean {
  if (meansEnd === null || a.first < meansEnd) return false;
  if (a.first === meansEnd) return false;
  if (a.first === meansEnd + 1 && ADJECTIVE.test(tokens[meansEnd].norm)) return false;
  return true;
}
