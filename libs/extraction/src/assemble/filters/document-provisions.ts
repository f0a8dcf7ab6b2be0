// What a document provides for: "تقضي هذه القرارات بحظر بيع الأسلحة وتجميد الأموال", "قانون ينص على فرض عقوبات",
// "خيارات تشمل فرض حظر نفطي". A ban, freeze or sanction named as the content of a resolution, law, agreement or
// plan describes that document; it is no measure taken now (the document's adoption, when reported, is its own
// event). A withdrawal or a truce a settlement or an initiative provides for ("ضمن تسوية تقضي بانسحابهم من دون
// أسلحتهم", "وتتضمن مبادرة البركاني وقف اطلاق النار") is likewise a term, no retreat. Only Arabic, only SANCTION,
// COERCE and RETREAT.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { hasWord } from '../../text/word-sets';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));

/** Present-tense verbs of a document's content ("يقضي بـ", "ينص على", "يتضمن", "يشمل"). */
const PROVIDES = set('يقضي تقضي ينص تنص يتضمن تتضمن يشمل تشمل');

/** Documents and plans that provide for measures (bare, definite and plural forms are matched through stems). */
const DOCUMENTS = set(
  'قرار قرارات قانون مشروع اتفاق اتفاقية نظام بند مادة خطة خطط خيارات مقترح اقتراح مسودة إجراءات حزمة تسوية صفقة مبادرة',
);

const TYPES = new Set(['SANCTION', 'COERCE', 'RETREAT']);
/** How far before the trigger the provision verb may stand ("تقضي هذه القرارات بحظر بيع إيران معدات … وتجميد"). */
const REACH = 15;
/** How far from the provision verb its document may stand: "قرارات صادرة عن المجلس منذ 2006 تتضمن". */
const DOC_BEFORE = 6;
const DOC_AFTER = 3;

// hasWord (word-sets.ts) is the same test as a plain loop: an arrow over `words` here cost a closure per call.
const hits = (t: Token | undefined, words: Set<string>): boolean => hasWord(t, words);

const BREAKS = /[،,؛;.]/;

/** "تقضي هذه القرارات بحظر … ، وتجميد أموال": an Arabic sanction or ban in its clause after a provision verb whose
 * document (a resolution, law, plan) stands next to it is what the document says, not a happening. Past a comma
 * only a listed noun continues the provision: "ما يقضي به النظام، وصدر بحقهم حكم" reports a ruling. */
export function documentProvision(text: string, tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first].isArabic || !TYPES.has(trigger.spec.type)) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - REACH); k--) {
    if (!hits(tokens[k], PROVIDES)) continue;
    if (trigger.spec.voice !== 'noun' && BREAKS.test(text.slice(tokens[k].end, tokens[trigger.first].start)))
      return false;
    for (let d = Math.max(clauseFirst, k - DOC_BEFORE); d <= Math.min(trigger.first - 1, k + DOC_AFTER); d++)
      if (d !== k && hits(tokens[d], DOCUMENTS)) return true;
  }
  return false;
}
