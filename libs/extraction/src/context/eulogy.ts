// Eulogies and obituary tributes: "كان رحمه الله يحمل في جيبه مفكرة", "نسأل الله لفقيدنا الكبير الرحمة", "تغمده
// الله بواسع رحمته". A piece that mourns someone (three or more mourning formulas) tells his life and prays for him:
// its calls are prayers, its denials and accusations anecdotes of his life, its meetings memories (codebook: background
// history is not an event). Material triggers stay: the attack that killed him may be the news.
import { RANK_UNSET, type Token } from '../text/tokenize';

// "رحمه الله", "رحمها الله", "يرحمه الله": a mercy verb with God right after it.
const MERCY = /^[وف]?(?:رحمه|رحمها|رحمهم|يرحمه|يرحمها|يرحمهم)$/;
const GOD = 'الله';
// "فقيدنا", "الفقيد", "لفقيد الوطن", "تغمده الله", "المغفور له".
const MOURNING = /^(?:[وفبل]|لل)?(?:ال)?(?:فقيد|تغمد|مغفور)/;
const EULOGY_CUES = 3;
/** A news report that pays tribute in passing ("جهود المغفور له الأمير سعود الفيصل" in a ministers' meeting) has a
 * few formulas in a long text; a eulogy has one every hundred words or so, or many. */
const TOKENS_PER_CUE = 110;
const MANY_CUES = 6;
const cache = new WeakMap<Token[], boolean>();
const MERCY_BIT = 1;
const MOURNING_BIT = 2;

/** Which of the two formulas' words the token is (MERCY_BIT, MOURNING_BIT): a pure function of its surface, memoised
 * in its slots, since an article's every word is asked and two expressions per word cost as much as tokenizing. */
function cueBits(t: Token): number {
  const slots = t.slots;
  if (slots.eulogyCue === RANK_UNSET)
    slots.eulogyCue = (MERCY.test(t.norm) ? MERCY_BIT : 0) | (MOURNING.test(t.norm) ? MOURNING_BIT : 0);
  return slots.eulogyCue;
}

/** True when the article has at least three mourning formulas, dense enough for its length (or many). */
export function isEulogy(tokens: Token[]): boolean {
  const cached = cache.get(tokens);
  if (cached !== undefined) return cached;
  let cues = 0;
  for (let k = 0; k < tokens.length && cues < MANY_CUES; k++) {
    const bits = cueBits(tokens[k]);
    if (((bits & MERCY_BIT) !== 0 && tokens[k + 1]?.norm === GOD) || (bits & MOURNING_BIT) !== 0) cues++;
  }
  const out = cues >= EULOGY_CUES && (cues >= MANY_CUES || cues * TOKENS_PER_CUE >= tokens.length);
  cache.set(tokens, out);
  return out;
}

// What a eulogy's statements and meetings are: prayers, anecdotes and memories.
const EULOGY_TYPES = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN', 'CONSULT']);

/** True when a trigger of `type` in a eulogy is a prayer, an anecdote or a memory. */
export function eulogyExcludes(tokens: Token[], type: string): boolean {
  return EULOGY_TYPES.has(type) && isEulogy(tokens);
}
