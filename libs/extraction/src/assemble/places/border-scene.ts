// English movements to a border: "Ethiopia moved troops toward its northern border with Eritrea", "Poland began an
// exercise near its border with Belarus". A border is a line of hundreds of kilometres, not a place, and the
// dateline capital the desk files from lies far from it; wire copy says where along the line in the next sentence
// ("convoys passed through the town of Adigrat", "the exercise is taking place in the Podlaskie and Lublin
// provinces"). That place, of the acting country, is the scene; without one, the acting country is. So for a
// quarter told by compass alone ("villages cut off by floods in the northwest"): the next sentence says where; if
// it does not, the dateline stays (it often lies in that quarter).
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { EN_COMPASS_WORDS } from '../../text/compass-words';

/** Words of a state's edge. */
const EDGE = new Set(['border', 'borders', 'frontier', 'frontiers']);
/** Prepositions of a movement to, or a happening beside, the edge: "near its border", "toward the frontier". */
const AT_EDGE = new Set(['near', 'toward', 'towards', 'along', 'to', 'on', 'at', 'by']);
/** Words that may stand between the preposition and the edge: "near its northern border", "to the Eritrean border". */
const BETWEEN = 3;
/** Kinds of place that say where along a border: not the neighbour country, nor a whole region of it. */
const ALONG: ReadonlySet<PlaceLike['kind']> = new Set(['town', 'city', 'district', 'frontline', 'admin1']);

/** True when the clause puts its happening at a border: "toward its northern border with Eritrea", "near the border"
 * (not "cross-border strikes", nor "Border Guard", whose edge word names a force or a manner). */
export function atBorder(tokens: Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (!EDGE.has(t.norm) || t.joined || /^[A-Z]/.test(t.surface)) continue;
    for (let j = k - 1; j >= Math.max(first, k - 1 - BETWEEN); j--) {
      if (AT_EDGE.has(tokens[j].norm)) return true;
      if (EDGE.has(tokens[j].norm)) break;
    }
  }
  return false;
}

const COMPASS: ReadonlySet<string> = new Set(EN_COMPASS_WORDS);

/** True when the clause sets its happening in a quarter of a country named by compass alone: "villages cut off by
 * floods in the northwest" (not "in the north of Gaza", which the place after it anchors). */
export function inCompassQuarter(tokens: Token[], first: number, end: number): boolean {
  for (let k = first + 2; k < end; k++) {
    if (!COMPASS.has(tokens[k].norm) || tokens[k - 1].norm !== 'the' || tokens[k - 2].norm !== 'in') continue;
    if (tokens[k + 1]?.norm !== 'of') return true;
  }
  return false;
}

/** Sentence ends of wire copy: a stop not closing an initial ("U.N."), then a capital or a quote. */
const SENTENCE_END = /(?<![A-Z.])[.!?]["”’]?\s+(?=["“A-Z])/g;

/** Char offset where the sentence starting at `from` ends. */
function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m ? m.index + 1 : text.length;
}

/** The place along the border the next sentence names: the first town, district or province of the acting country
 * that is not the dateline city. */
export function placeAlongBorder(
  text: string,
  tokens: Token[],
  places: Span<PlaceLike>[],
  sentenceEndToken: number,
  country: string,
  datelineId: string | null,
): Span<PlaceLike> | null {
  const next = tokens[sentenceEndToken];
  if (!next) return null;
  const stop = sentenceEnd(text, next.start);
  return (
    places.find(
      (p) =>
        p.first >= sentenceEndToken &&
        p.start < stop &&
        ALONG.has(p.value.kind) &&
        p.value.country === country &&
        p.value.id !== datelineId,
    ) ?? null
  );
}
