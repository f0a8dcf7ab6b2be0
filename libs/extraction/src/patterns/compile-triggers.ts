// Compiles the lexicon into an index by first word: each phrase folded, its cancelling words and sense rule
// attached, ranked within its first word's list (longest first, then by weight), gapped phrases filed under a gate.
import { foldWord } from '../text/tokenize';
import { isGap, isSubjectGap } from './trigger-gaps';
import { compileSenses, senseKey, type CompiledSense, type SenseRule } from './trigger-senses';
import type { TriggerSpec } from './trigger.types';

export interface Compiled {
  spec: TriggerSpec;
  words: string[];
  notBefore: Set<string>;
  notAfter: Set<string>;
  /** Words before a '~~' gap (0 without one): the match reports only them, the verb; the gap is its subject. */
  head: number;
  /** Neighbours the event sense needs or excludes (trigger-senses.ts), or null. */
  sense: CompiledSense | null;
  /** A gapped phrase's words after its first (gaps left out), all of which the clause must hold; [] without a gap. */
  rest: string[];
  /** Place in its first word's list (longest first), which decides between phrases however they are gathered. */
  rank: number;
}

/** The phrases opening on one word. Gapped phrases are filed under one of their `rest` words (the one fewest of the
 * list share), so that a clause lacking it never tries them: "أن" opens over a hundred gapped accusation phrases,
 * and a clause holds the words of few. */
export interface StartList {
  /** Phrases without a gap, tried wherever their first word stands, in rank order. */
  open: Compiled[];
  /** Gapped phrases by their gate word, each bucket in rank order: parallel arrays walked by index, since a Map's
   * for-of makes an entry pair per gate, per candidate word of every clause ("أن" has dozens of gates). */
  gates: string[];
  gated: Compiled[][];
}

export interface TriggerIndex {
  byFirst: Map<string, StartList>;
  /** Every `rest` word of every gapped phrase: the only readings a range's present set needs to hold. */
  restWords: Set<string>;
}

export function compileTriggers(specs: TriggerSpec[], senseRules: SenseRule[] = []): TriggerIndex {
  const lists = new Map<string, Compiled[]>();
  const senses = compileSenses(senseRules);
  for (const spec of specs) {
    const words = spec.words.map((w) => (isGap(w) ? w : foldWord(w)));
    const c: Compiled = {
      spec,
      words,
      notBefore: new Set(spec.notBefore.map(foldWord)),
      notAfter: new Set(spec.notAfter.map(foldWord)),
      head: Math.max(0, words.findIndex(isSubjectGap)),
      sense: senses.get(senseKey(spec.type, spec.phrase)) ?? null,
      rest: words.some(isGap) ? words.slice(1).filter((w) => !isGap(w)) : [],
      rank: 0,
    };
    const list = lists.get(words[0]) ?? [];
    list.push(c);
    lists.set(words[0], list);
  }
  const byFirst = new Map<string, StartList>();
  const restWords = new Set<string>();
  for (const [first, list] of lists) {
    // Longer phrases first so "وقف اطلاق النار" beats "اطلاق النار".
    list.sort((a, b) => b.words.length - a.words.length || b.spec.weight - a.spec.weight);
    list.forEach((c, rank) => (c.rank = rank));
    for (const c of list) for (const w of c.rest) restWords.add(w);
    byFirst.set(first, startList(list));
  }
  return { byFirst, restWords };
}

function startList(list: Compiled[]): StartList {
  const shared = new Map<string, number>();
  for (const c of list) for (const w of new Set(c.rest)) shared.set(w, (shared.get(w) ?? 0) + 1);
  const open: Compiled[] = [];
  const gated = new Map<string, Compiled[]>();
  for (const c of list) {
    if (!c.rest.length) {
      open.push(c);
      continue;
    }
    const gate = c.rest.reduce((a, b) => ((shared.get(b) ?? 0) < (shared.get(a) ?? 0) ? b : a));
    const bucket = gated.get(gate) ?? [];
    bucket.push(c);
    gated.set(gate, bucket);
  }
  return { open, gates: [...gated.keys()], gated: [...gated.values()] };
}
