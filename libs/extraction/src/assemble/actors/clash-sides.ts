// The sides of an Arabic clash noun (اشتباكات، مواجهات), either of which the codebook accepts as its actor:
// - "اشتباكات (عنيفة) (اندلعت) بين X وY": X; when the dictionary has no name for X ("بين قوات الحكومة ومقاتلين",
//   "بين مواطنين ونقطة مسلحة تابعة للحوثيين") the first armed side it names in the pair, else X as written;
// - "قتل 13 من الحوثيين في مواجهات مع المقاومة": the side the victims fought, right after مع (when the clause
//   names no subject).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { agentPhraseAt } from '../clause/raw-subject';
import { betweenWordAt } from './between-word';

const SENTENCE_BREAK = /[.؟?!؛;:]/;
const PAIR_BREAK = /[.؟?!؛;:،,]/;
const CIVILIAN_KINDS = new Set(['civilians', 'media']);

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** The last token (exclusive) of the "بين X وY" pair opened at `k`: up to a comma or a few words on. */
function pairEnd(text: string, tokens: Token[], k: number, clauseEnd: number): number {
  let j = k + 1;
  while (j < Math.min(clauseEnd, k + 12) && !(j > k + 1 && PAIR_BREAK.test(gap(text, tokens[j - 1], tokens[j])))) j++;
  return j;
}

/** The first side of the clash trigger named after بين, or null. */
export function arabicClashSide(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  if (trigger.spec.mode !== 'armed-clash') return null;
  const k = betweenWordAt(text, tokens, trigger.end, Math.min(clauseEnd, trigger.end + 10), SENTENCE_BREAK, 'بين');
  if (k < 0) return null;
  const first = actors.find((a) => a.first === k + 1);
  if (first) return first;
  const end = pairEnd(text, tokens, k, clauseEnd);
  const named = actors.find((a) => a.first > k + 1 && a.end <= end && !CIVILIAN_KINDS.has(a.value.kind));
  return named ?? (k + 1 < clauseEnd ? agentPhraseAt(text, tokens, k + 1, end) : null);
}

/** "في مواجهات (عنيفة) مع X": X, named right after the noun (not "بالتنسيق مع" further on), or null. The caller
 * asks only when no subject of the clash is named: "تقدمت قوات الشرطة بعد اشتباكات مع داعش" is the police's. */
export function clashPartner(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  if (trigger.spec.mode !== 'armed-clash') return null;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + 2); k++) {
    if (SENTENCE_BREAK.test(gap(text, tokens[k - 1], tokens[k]))) return null;
    if (tokens[k].norm === 'مع') return actors.find((a) => a.first === k + 1) ?? null;
  }
  return null;
}

const ARMED_SIDES = new Set(['military', 'police', 'armed_group', 'rebels', 'militia']);

/** "سقط عشرات الحوثيين في المواجهات الدائرة ... مع المقاومة": a clash whose subject slot names no side (its dead
 * are the other side) but that names an armed party after it; that party is a side, and either side is its actor.
 * Moves it from target to actor (in place); returns whether it did. */
export function clashSideFromTarget(e: {
  mode: string | null;
  actor: ActorLike | null;
  actorSurface: string | null;
  target: ActorLike | null;
  targetSurface: string | null;
}): boolean {
  if (e.mode !== 'armed-clash' || e.actor || !e.target || !ARMED_SIDES.has(e.target.kind)) return false;
  if (e.target.id.startsWith('text:')) return false;
  e.actor = e.target;
  e.actorSurface = e.targetSurface ?? e.target.name;
  e.target = null;
  e.targetSurface = null;
  return true;
}
