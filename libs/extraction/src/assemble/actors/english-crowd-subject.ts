// The crowd that protests: an English protest verb whose subject is a group of people the dictionary has no name for
// ("Garment workers from more than 30 factories walked out", "Thousands of junta supporters gathered", "Relatives of
// the detainees rallied") or names only as people in a partitive the subject rules skip ("Hundreds of residents who
// had fled the fighting blocked the road"). The crowd noun nearest before the verb in its sentence is the protester,
// past a count ("Tens of thousands of"), a place or origin ("from 30 factories", "in Gazipur") or a relative clause
// ("who had fled …"); a named doer between them (police, a ministry) means someone else acts.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { textActor } from '../clause/raw-subject';
import { EN_STOP } from '../clause/raw-subject.data';

// Nouns of people who march, strike or block roads as a group.
export const CROWD_HEADS = new Set(
  'protesters demonstrators residents workers students supporters relatives families villagers farmers miners traders merchants shopkeepers drivers teachers doctors nurses employees youths activists crowds mourners pensioners retirees lawyers fishermen tribesmen graduates unemployed'.split(
    ' ',
  ),
);
// Words that may sit between the crowd noun and the verb: a post-modifier of origin or place, a relative clause.
const POST_OPENERS = new Set(['from', 'of', 'in', 'at', 'across', 'outside', 'near', 'who', 'on']);
const ADVERBS = new Set(['also', 'later', 'earlier', 'then', 'had', 'have', 'has', 'again', 'reportedly', 'briefly']);
// Counts and partitives before the crowd noun: "Tens of thousands of", "hundreds of", "dozens of", and the singular
// numerals of "several hundred people", "a few thousand people".
const COUNTS = new Set(
  'hundreds thousands dozens tens scores millions hundred thousand million of some about around nearly more than several many over'.split(
    ' ',
  ),
);
// A word before the noun that reads as a verb or a time, not a modifier: "saw workers", "On Monday workers".
const VERBISH =
  /ed$|^(?:saw|says|said|told|led|let|made|urged|asked|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// Words of a crowd counted but not named: "thousands marched", "Tens of thousands of people gathered".
const PEOPLE = new Set(['people', 'hundreds', 'thousands', 'dozens', 'tens', 'scores', 'millions']);
// The protesters, as the dictionary's group of people protesting (data/actors.curated.ts).
const PROTESTERS: ActorLike = { id: 'civ:protesters', name: 'protesters', kind: 'civilians', country: null };
const SENTENCE_BREAK = /[.;:!?\n"“”()]/;
const MAX_GAP = 12;
const MAX_MODIFIERS = 2;

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** The crowd subject of an English protest verb ("Garment workers … walked out"), or null. */
export function crowdSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (trigger.spec.type !== 'PROTEST') return null;
  let h = -1;
  for (let k = trigger.first - 1; k >= 0 && trigger.first - k <= MAX_GAP + 1; k--) {
    // The sentence (or the dateline's bracket, "(Reuters) - Tens of thousands of people marched") ends the search.
    if (SENTENCE_BREAK.test(gap(text, tokens[k], tokens[k + 1]))) break;
    if (tokens[k].isArabic) return null;
    if (CROWD_HEADS.has(tokens[k].norm)) {
      h = k;
      break;
    }
  }
  if (h < 0) return countedPeople(text, tokens, trigger);
  // Between the noun and the verb: nothing but adverbs, or a post-modifier or relative clause without a comma-led
  // new clause ("Residents said police blocked …" has a doer of its own).
  let v = h + 1;
  // "hundreds of traders and porters staged": a second crowd noun joined to the first.
  if (tokens[v]?.norm === 'and' && trigger.first - v <= 2 && !/^\p{Lu}/u.test(tokens[v + 1]?.surface ?? ''))
    v = trigger.first;
  while (v < trigger.first && ADVERBS.has(tokens[v].norm)) v++;
  if (v < trigger.first) {
    if (!POST_OPENERS.has(tokens[v].norm)) return null;
    if (/said|say|told/.test(text.slice(tokens[h].end, tokens[trigger.first].start).toLowerCase())) return null;
  }
  // A named non-civilian between them, other than the object of the post-modifier ("workers in Gaza"), acts itself
  // ("protesters as police blocked").
  const governed = (a: Span<ActorLike>) => {
    const p = tokens[a.first - 1]?.norm === 'the' ? a.first - 2 : a.first - 1;
    return POST_OPENERS.has(tokens[p]?.norm ?? '');
  };
  if (actors.some((a) => a.first > h && a.end <= trigger.first && a.value.kind !== 'civilians' && !governed(a)))
    return null;
  const inner = actors.find((a) => a.first <= h && a.end > h);
  if (inner) return inner;
  // "Garment workers", "junta supporters": up to two plain modifiers before the noun, never a count.
  let first = h;
  while (
    first > 0 &&
    h - first < MAX_MODIFIERS &&
    !tokens[first - 1].isNumber &&
    !tokens[first - 1].isArabic &&
    !EN_STOP.has(tokens[first - 1].norm) &&
    !COUNTS.has(tokens[first - 1].norm) &&
    !VERBISH.test(tokens[first - 1].norm) &&
    /^ $/.test(gap(text, tokens[first - 1], tokens[first]))
  )
    first--;
  return textActor(text, tokens, first, h + 1);
}

/** "Thousands marched", "Tens of thousands of people gathered": a counted crowd right before the protest verb is the
 * protesters; the span covers the count. */
function countedPeople(text: string, tokens: Token[], trigger: TriggerMatch): Span<ActorLike> | null {
  let h = trigger.first - 1;
  while (h >= 0 && ADVERBS.has(tokens[h].norm)) h--;
  if (h < 0 || !PEOPLE.has(tokens[h].norm) || SENTENCE_BREAK.test(gap(text, tokens[h], tokens[h + 1]))) return null;
  let first = h;
  while (
    first > 0 &&
    (COUNTS.has(tokens[first - 1].norm) || PEOPLE.has(tokens[first - 1].norm) || tokens[first - 1].isNumber) &&
    !/[,.;:]/.test(gap(text, tokens[first - 1], tokens[first]))
  )
    first--;
  // "people" alone is anyone ("people fled"); a count or a number before it makes a crowd.
  if (tokens[h].norm === 'people' && first === h) return null;
  const span = textActor(text, tokens, first, h + 1);
  return { ...span, value: PROTESTERS };
}
