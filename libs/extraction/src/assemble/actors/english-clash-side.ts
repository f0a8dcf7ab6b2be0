// The first side of a clash the dictionary cannot name: "clashes between rival armed groups", "fighting broke out
// between two armed groups in Zawiya", "clashes between Druze gunmen and Bedouin fighters". A short plain phrase
// right after "between" that ends in a word for armed men is that side, as a plain-text actor (raw-subject.ts).
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { SUBJECT_HEADS, TEXT_ACTOR_PREFIX } from '../clause/raw-subject';

// Heads of an armed side: the generic agent nouns and the plural words for irregular forces.
const SIDE_HEADS = new Set([...SUBJECT_HEADS, 'militias', 'militia', 'factions', 'tribes', 'clans', 'tribesmen']);
// Words that are no side, though SUBJECT_HEADS lists them as subjects of statements.
const NOT_SIDES = new Set(['government', 'ministry', 'official', 'officials', 'spokesman', 'court', 'office']);
const MAX_WORDS = 4;

/** The plain phrase of up to four words from token k that ends in an armed head before "and", a preposition or the
 * end of the phrase; null when a word of it is no plain modifier. */
export function plainClashSide(tokens: Token[], k: number): Span<ActorLike> | null {
  for (let end = k + 1; end <= Math.min(tokens.length, k + MAX_WORDS); end++) {
    const t = tokens[end - 1];
    if (t.isArabic || (end - 1 > k && t.start - tokens[end - 2].end > 1)) return null;
    if (t.norm === 'and' || t.norm === 'or') return null;
    if (!SIDE_HEADS.has(t.norm) || NOT_SIDES.has(t.norm)) continue;
    const name = tokens
      .slice(k, end)
      .map((x) => x.surface)
      .join(' ');
    return {
      first: k,
      end,
      start: tokens[k].start,
      stop: t.end,
      surface: name,
      value: { id: TEXT_ACTOR_PREFIX + foldWord(name), name, kind: 'other', country: null },
    };
  }
  return null;
}

/** "clashes between M23 fighters and Wazalendo militias": the first side of a clash noun. */
export function firstSideOfClash(
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (trigger.spec.mode !== 'armed-clash' || trigger.spec.voice !== 'noun') return null;
  let k = trigger.end;
  if (tokens[k]?.norm === 'erupted' || tokens[k]?.norm === 'broke') return null;
  if (tokens[k]?.norm !== 'between') return null;
  k++;
  if (tokens[k]?.norm === 'the') k++;
  // "between rival armed groups", "between two armed groups": an unnamed side is still a side (plainClashSide).
  return actors.find((a) => a.first >= k && a.first - k <= 1) ?? plainClashSide(tokens, k);
}
