// Lexicon entries that never change what is read: the same phrase (folded) listed twice under one type, where one
// entry is always beaten by, or gives the same event as, the other (match-triggers.ts picks the longest match, then
// the higher weight, then the entry listed first). Such an entry is a duplicate to remove.
import { foldWord } from '../text/tokenize';
import { isGap } from './trigger-gaps';
import type { TriggerSpec } from './trigger.types';

export interface ShadowedTrigger {
  /** The entry that adds nothing. */
  spec: TriggerSpec;
  /** The entry that reads the same phrase wherever it does. */
  by: TriggerSpec;
}

const foldedWords = (s: TriggerSpec): string => s.words.map((w) => (isGap(w) ? w : foldWord(w))).join(' ');

function within(words: string[], wider: string[]): boolean {
  const set = new Set(wider.map(foldWord));
  return words.every((w) => set.has(foldWord(w)));
}

/** `a` matches wherever `b` does: no cancelling word `b` lacks and, on Arabic words (where a verb entry needs a verb
 * reading of the word and a noun entry does not), no stricter voice. */
function matchesWherever(a: TriggerSpec, b: TriggerSpec, arabic: boolean): boolean {
  const voiceOk = !arabic || a.voice === 'noun' || b.voice !== 'noun';
  return voiceOk && within(a.notBefore, b.notBefore) && within(a.notAfter, b.notAfter);
}

const sameEvent = (a: TriggerSpec, b: TriggerSpec): boolean =>
  a.type === b.type &&
  a.mode === b.mode &&
  a.voice === b.voice &&
  a.weight === b.weight &&
  a.killing === b.killing &&
  !!a.keepsGap === !!b.keepsGap;

/** The entries of `specs` that never change a match: beaten by an entry of the same phrase and type ranked before
 * them that matches wherever they do, or matching only where an entry giving the same event does. */
export function shadowedTriggers(specs: TriggerSpec[], arabic: boolean): ShadowedTrigger[] {
  const groups = new Map<string, TriggerSpec[]>();
  for (const s of specs) {
    const key = `${s.type}:${foldedWords(s)}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: ShadowedTrigger[] = [];
  for (const group of groups.values()) {
    // The matcher's rank among entries of one phrase: higher weight first, then the order listed (a stable sort).
    const ranked = [...group].sort((a, b) => b.weight - a.weight);
    for (let j = 1; j < ranked.length; j++)
      for (let i = 0; i < j; i++) {
        const [a, b] = [ranked[i], ranked[j]];
        if (matchesWherever(a, b, arabic)) out.push({ spec: b, by: a });
        else if (sameEvent(a, b) && matchesWherever(b, a, arabic)) out.push({ spec: a, by: b });
        else continue;
        break;
      }
  }
  return out;
}
