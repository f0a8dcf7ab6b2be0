// Arabic tolls told by a pronoun on the death word: "أطلق النار على ضابط ما أدى إلى مقتله" (one), "... ما أسفر عن
// مقتلهما" (two), "أطلقوا النار عليه وأردوه قتيلا" (one). The pronoun stands for the victims named before, so its
// number is the toll. Only after a verb of result (أدى إلى, أسفر عن, تسبب في) or أردى: "وقبيل مقتله كان مسؤولا"
// recalls a death, it reports none.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';

const RESULT_VERBS = foldedSet([
  'أدى',
  'أدت',
  'يؤدي',
  'تؤدي',
  'أسفر',
  'أسفرت',
  'يسفر',
  'تسفر',
  'تسبب',
  'تسببت',
  'يتسبب',
  'تتسبب',
]);
const RESULT_LINKS = foldedSet(['إلى', 'الى', 'عن', 'في', 'ب']);
/** The death noun with a pronoun of one or two, with ب or ل glued on when the verb governs it directly. */
const DEATH_PRONOUN = /^[بل]?(?:مقتل|مصرع|استشهاد)(ه|ها|هما)$/;
/** "أرداه قتيلا", "أردوه قتيلا", "أردتها قتيلة": the one felled. */
const FELLED = /^[وف]?[اأ]رد(?:اه|اها|وه|وها|ته|تها|تاه|تاها)$/;
const KILLED_ONE = foldedSet(['قتيلا', 'قتيلة']);

/** The number of victims a pronoun on the Arabic death word at k stands for after a verb of result, or null. */
export function arabicPronounVictims(tokens: Token[], k: number): number | null {
  const t = tokens[k];
  if (!t?.isArabic) return null;
  if (KILLED_ONE.has(t.norm) && FELLED.test(tokens[k - 1]?.norm ?? '')) return 1;
  const m = DEATH_PRONOUN.exec(t.norm);
  if (!m) return null;
  const glued = /^[بل]/.test(t.norm) && !/^(?:مقتل|مصرع)/.test(t.norm);
  const verb = glued ? tokens[k - 1] : RESULT_LINKS.has(tokens[k - 1]?.norm ?? '') ? tokens[k - 2] : undefined;
  if (!verb || !RESULT_VERBS.has(verb.norm.replace(/^[وف]/, ''))) return null;
  return m[1] === 'هما' ? 2 : 1;
}
