// English wire copy often gives the toll in a sentence of its own, with no attack word: "A bomb exploded at a mosque
// in Kunduz. The death toll has risen to 55, officials said." / "... later put the toll at 15" / "bringing the number
// of dead to eight". Such a sentence counts the attack of the sentence before; it fills that attack's killed figure
// only when the attack has none (a toll that rises gives several accepted figures, so an earlier one stays right).
// Bare deaths without a toll noun ("14 people died") are left alone: they also tell of accidents and illnesses.
// Bodies counted at the scene or a hospital ("he saw at least seven bodies in the street", "12 bodies had been
// found") fill it the same way (english-bodies.ts), without making it a running total, unless they restate a toll
// the article already told.
import { readNumbersIn } from '../../numbers/read-numbers';
import type { Sentence } from '../../text/split-sentences';
import type { Token } from '../../text/tokenize';
import type { DraftEvent } from '../assemble.types';
import { has, isCountable } from './count-parts';
import { SPAN_START } from './count-scope.data';
import { tokenAt } from '../map-spans';
import { draftsBySentence, inSentence, latestAssault } from './drafts-by-sentence';
import { bodiesFigure } from './english-bodies';
import { attackAhead } from './english-toll-ahead';

/** Nouns that name a toll: "the death toll", "the number of dead". */
const TOLL = new Set(['toll']);
const NUMBER_OF = new Set(['dead', 'deaths', 'killed', 'victims', 'fatalities']);
/** The word before the figure: "rose to 55", "put the toll at 15", "a toll of 19". */
const BEFORE_FIGURE = new Set(['to', 'at', 'of']);
/** Forecasts and fears are no toll: "the toll could rise to 100", "warning that it may reach 50". */
const HEDGE = new Set(['could', 'may', 'might', 'would', 'expected', 'likely', 'feared', 'fear', 'fears']);
const REACH = 12;
/** Prepositions opening the happening a toll counts, and how far its figure may then sit: "the toll from …". */
const TOLL_OF = new Set(['from', 'of', 'in']);
const FAR = 32;
/** Tolls of disasters and accidents count no attack: "the toll from the quake had risen to 3,003". */
const NOT_ATTACK = new Set(
  'quake earthquake flood floods flooding storm cyclone hurricane typhoon landslide landslides crash accident heat heatwave disease outbreak cholera stampede collapse drowned'.split(
    ' ',
  ),
);

/** The start of a toll noun at j: "toll" or "number of dead". */
function tollNounEnd(tokens: Token[], j: number): number {
  if (TOLL.has(tokens[j].norm)) return j + 1;
  if (tokens[j].norm === 'number' && tokens[j + 1]?.norm === 'of' && NUMBER_OF.has(tokens[j + 2]?.norm ?? ''))
    return j + 3;
  return -1;
}

/** Where a toll's figure may end: REACH words after the toll noun, or, when "from/of/in" names the happening it
 * counts ("the death toll from Tuesday's protests against proposed tax increases in Kenya climbed to 23"), up to the
 * first punctuation, FAR words at most. */
function figureStop(tokens: Token[], end: number, to: number): number {
  const near = Math.min(to, end + REACH);
  if (!TOLL_OF.has(tokens[end]?.norm ?? '')) return near;
  let j = end + 1;
  while (j < Math.min(to, end + FAR) && tokens[j].start - tokens[j - 1].end <= 1) j++;
  return Math.max(near, j);
}

/** The figure a toll sentence gives in tokens [from, to), or null. */
export function tollFigure(tokens: Token[], from: number, to: number): number | null {
  for (let j = from; j < to; j++) {
    if (has(tokens[j], SPAN_START) || HEDGE.has(tokens[j].norm)) return null;
    const end = tollNounEnd(tokens, j);
    if (end < 0) continue;
    const stop = figureStop(tokens, end, to);
    const numbers = readNumbersIn(tokens, end, stop);
    for (const n of numbers) {
      if (n.approximate && n.qualifier === null) return null; // "dozens", "hundreds": no number given
      if (!BEFORE_FIGURE.has(tokens[n.first - 1]?.norm ?? '') || !isCountable(tokens, n)) continue;
      // "a toll of 19": "of" counts only right after the toll noun.
      if (tokens[n.first - 1].norm === 'of' && n.first - 1 !== end) continue;
      for (let k = end; k < n.first; k++) if (HEDGE.has(tokens[k].norm) || has(tokens[k], SPAN_START)) return null;
      return n.value;
    }
  }
  return null;
}

/** Gives each English toll-only sentence's figure to the attack of the sentence before when that has none. */
export function fillTollSentences(
  text: string,
  tokens: Token[],
  sentences: readonly Sentence[],
  out: DraftEvent[],
): DraftEvent[] {
  const by = draftsBySentence(out);
  for (const [si, sentence] of sentences.entries()) {
    if (inSentence(by, si).some((d) => d.type === 'ASSAULT')) continue;
    const [first, end] = [tokenAt(tokens, sentence.start), tokenAt(tokens, sentence.end)];
    if (tokens.slice(first, end).some((t) => NOT_ATTACK.has(t.norm))) continue;
    const toll = tollFigure(tokens, first, end);
    const figure = toll ?? bodiesFigure(tokens, first, end);
    if (figure === null) continue;
    // "An air strike killed at least 21 people … He said 21 bodies had been recovered": bodies that restate a
    // toll already told count nothing new.
    if (toll === null && out.some((d) => d.type === 'ASSAULT' && d.sentence < si && d.killed === figure)) continue;
    // A toll that opens the story, before any attack, counts the attack that tells how "the dead" died.
    const opening = toll !== null && !out.some((d) => d.type === 'ASSAULT' && d.sentence < si);
    const host = opening ? attackAhead(tokens, sentences, by, si) : latestAssault(by, si - 1, (d) => !d.negated);
    if (!host || host.killed !== null) continue;
    host.killed = figure;
    host.killedTotal = toll !== null;
    host.trace.cues.push(toll !== null ? 'toll-sentence' : 'bodies-sentence');
  }
  return out;
}
