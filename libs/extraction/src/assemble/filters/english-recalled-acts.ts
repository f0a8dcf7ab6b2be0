// English acts a sentence recalls rather than reports: "The events revived memories of July last year, when clashes
// … and Israeli air strikes … killed more than 1,000 people", "Protests were also held in 2021 and 2022, when the army
// was deployed", "a reminder of the 2019 attack". A "when" clause hung on a past time after a comma is dated by that
// time, and what stands after "memories of" / "a reminder of" / "the anniversary of" is the earlier happening. The
// clause splitter closes the past time's clause at the comma, so the plain past-time cue never sees it. Codebook:
// background history is not an event; the Arabic side drops acts brought back "to mind" (arabic-earlier-acts.ts).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

/** Nouns of recalling whose "of" object is an earlier happening. */
const RECALLING = new Set(['memories', 'memory', 'reminder', 'reminiscent', 'anniversary', 'echoes']);
const UNITS = new Set(['year', 'month', 'week']);
/** How far back in the sentence the recall word or the "when" may stand. */
const REACH = 30;
/** How many words the past time may take before the comma ("in 2021 and 2022", "in May last year"). */
const TIME_REACH = 3;

/** "… in 2021, when", "… May last year, when", "… two years ago, when": a past time just before ", when". */
function pastBefore(tokens: Token[], comma: number, articleYear: number | null): boolean {
  for (let k = comma; k > comma - TIME_REACH && k >= 0; k--) {
    const t = tokens[k];
    if (t.norm === 'ago') return true;
    if (UNITS.has(t.norm) && tokens[k - 1]?.norm === 'last') return true;
    if (articleYear && /^\d{4}$/.test(t.norm) && +t.norm >= 1900 && +t.norm < articleYear) return true;
  }
  return false;
}

export function recalledEnglishAct(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  sentenceFirst: number,
  articleYear: number | null,
): boolean {
  if (tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.first - 1; k >= Math.max(sentenceFirst, trigger.first - REACH); k--) {
    const t = tokens[k];
    if (RECALLING.has(t.norm) && tokens[k + 1]?.norm === 'of' && k + 1 < trigger.first) return true;
    if (t.norm === 'when' && k > sentenceFirst) {
      const gap = text.slice(tokens[k - 1].end, t.start);
      return gap.includes(',') && pastBefore(tokens, k - 1, articleYear);
    }
  }
  return false;
}
