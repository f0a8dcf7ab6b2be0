// "أعرب الأزهر عن تضامنه الكامل مع خادم الحرمين": a verb trigger written with a gap before its preposition
// ("أعرب ~ عن تضامن", or with the subject-length gap "أعرب ~~ عن تضامن") holds its VSO subject inside the gap. When the dictionary has no name for it, the words of the
// gap are still the subject; the name after مع is whom the solidarity is with, never its author.
import type { Token } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import { textActor } from '../clause/raw-subject';

// A subject in the gap stays short: a longer gap holds an object or a clause.
const MAX_GAP = 4;
const BREAK = /[.؟?!؛;:،,«»"()\n]/;

/** The text subject inside a gapped verb trigger's "~" or "~~" slot right after the verb and before عن, or null. */
export function gapSubject(text: string, tokens: Token[], trigger: TriggerMatch): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb' || !/^\S+ ~~? عن /.test(trigger.spec.phrase)) return null;
  // The match spans the verb alone; the gap is read up to the first عن after it.
  const first = trigger.first + 1;
  let k = first;
  while (k < tokens.length && k - first <= MAX_GAP && tokens[k].norm !== 'عن') k++;
  if (k === first || k >= tokens.length || k - first > MAX_GAP) return null;
  if (BREAK.test(text.slice(tokens[trigger.first].end, tokens[k].start))) return null;
  return textActor(text, tokens, first, k);
}
