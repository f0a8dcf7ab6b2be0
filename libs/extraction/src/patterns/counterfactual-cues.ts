// Arabic counterfactuals: "لو" opens an unreal condition ("لو كان لدى التحرش منظمة ... لأصدرت بيانا تتبرأ فيه",
// "لو قدمت أبنائي كلهم فداء للوطن فلن نوفي هذا البلد حقه"). Unlike "إذا", it never reports: both the condition and
// its answer describe what did not happen (codebook: hypotheticals are not events). Only a "لو" that opens a
// sentence or a quotation frames the whole sentence; "حتى لو" and "ولو" inside a clause concede ("even if").
import type { Token } from '../text/tokenize';

const IF = new Set(['لو', 'ولو', 'فلو']);
const EVEN = new Set(['حتي', 'وحتي']);
// A quotation or a colon before the word opens a new utterance: "قائلا: \" لو قدمت ...".
const OPENS_QUOTE = /[:«"“]/;

/** True when an unreal "لو" opening the trigger's sentence (or a quotation inside it) comes before the trigger. */
export function counterfactualCue(text: string, tokens: Token[], trigger: number, sentenceFirst: number): boolean {
  for (let k = sentenceFirst; k < trigger; k++) {
    if (!IF.has(tokens[k].norm) || EVEN.has(tokens[k + 1]?.norm ?? '')) continue;
    if (k === sentenceFirst) return true;
    if (OPENS_QUOTE.test(text.slice(tokens[k - 1].end, tokens[k].start)) && !EVEN.has(tokens[k - 1].norm)) return true;
  }
  return false;
}
