// "Prince Faisal arrived in Tehran on Saturday … Prince Faisal held talks with his Iranian counterpart": an article
// that reports a visitor's arrival in one city holds the talks it reports without a place of their own there, not
// in the country's centre or at the dateline of the desk that wrote it.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { PlaceLike, Span } from '../assemble.types';

const ARRIVAL = foldedSet(['وصل', 'وصلت', 'وصوله', 'وصولها', 'يصل', 'تصل', 'arrived', 'arrives', 'landed']);
const INTO = foldedSet(['إلى', 'الى', 'في', 'in', 'to', 'at']);
const LOCAL = new Set<PlaceLike['kind']>(['city', 'town', 'district']);
/** Words an arrival may put between its verb and "in": "arrived on Saturday in", "وصل اليوم إلى". */
const REACH = 4;

/** The place is where someone arrived: "arrived in Sikasso", "وصلت إلى عدن" (a few words may stand between). */
export function isArrivalPlace(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const k = p.first - 1;
  if (k <= lowest || !INTO.has(tokens[k].norm)) return false;
  for (let j = k - 1; j >= Math.max(lowest, k - REACH); j--)
    if (tokens[j].stems.some((s) => ARRIVAL.has(s))) return true;
  return false;
}

/** The one city the article says a visitor arrived in (or reached), or null when none or several. */
export function arrivalCity(tokens: Token[], places: Span<PlaceLike>[]): Span<PlaceLike> | null {
  const found: Span<PlaceLike>[] = [];
  for (const p of places) {
    if (!LOCAL.has(p.value.kind)) continue;
    const k = p.first - 1;
    // "وصل إلى الرياض" or a glued preposition ("وصل بغداد" is rare): the word right before is the link.
    if (k < 1 || !INTO.has(tokens[k].norm)) continue;
    for (let j = k - 1; j >= Math.max(0, k - REACH); j--)
      if (tokens[j].stems.some((s) => ARRIVAL.has(s))) {
        found.push(p);
        break;
      }
  }
  if (!found.length || found.some((p) => p.value.id !== found[0].value.id)) return null;
  return found[0];
}

const TO = foldedSet(['إلى', 'الى']);

/** "خلال زيارته كينيا أن قوة حركة الشباب تراجعت … قتل ستة في مقديشو", "زيارتها إلى الرياض": the place an Arabic visit
 * noun takes as its object, right after it (or after إلى), is where the visit is, however near a city of the
 * sentence lies that the kind penalty would prefer. */
export function visitedPlace(
  tokens: Token[],
  places: Span<PlaceLike>[],
  trigger: { first: number; end: number },
): Span<PlaceLike> | null {
  const at = TO.has(tokens[trigger.end]?.norm ?? '') ? trigger.end + 1 : trigger.end;
  return places.find((p) => p.first === at) ?? null;
}

/** Words that frame a visit as the time of a statement: "خلال زيارته", "أثناء زيارة", "during a visit". */
const DURING = foldedSet(['خلال', 'اثناء', 'during', 'on']);
const VISIT = foldedSet(['زياره', 'زيارته', 'زيارتها', 'زيارتهم', 'visit']);
/** Words a visit may put before its place: "زيارة إلى الشطر الشمالي من قبرص", "a visit to the north of". */
const VISIT_REACH = 6;

/** "قال أردوغان خلال زيارة إلى الشطر الشمالي من قبرص «نحن في حداد بسبب عمل إرهابي»", "said during a visit to Cyprus
 * that the bombing …": the place a speaker visits, named before the happening he speaks of, is where he spoke, not
 * where the happening was. */
export function isSpeakerVisit(tokens: Token[], p: Span<PlaceLike>, lowest: number, triggerFirst: number): boolean {
  if (p.end > triggerFirst) return false;
  for (let k = p.first - 1; k > lowest && k >= p.first - VISIT_REACH; k--) {
    const t = tokens[k];
    if (VISIT.has(t.norm) || t.stems.some((s) => VISIT.has(s))) {
      const before = tokens[k - 1]?.norm === 'a' ? tokens[k - 2] : tokens[k - 1];
      return !!before && DURING.has(before.norm);
    }
  }
  return false;
}

/** Words a visitor's name may take between the visit noun and إلى: "زيارة للرئيس النيجيري محمد بخاري إلى". */
const VISITOR_REACH = 6;

/** "ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن": a visit that someone named after the visit noun
 * paid somewhere, framing the time of a happening told before it, is no scene of that happening. A visit the doer or
 * victim paid ("خلال زيارة إلى بنغازي", "خلال زيارته إلى") names no other visitor and keeps its place. */
export function isOthersVisit(tokens: Token[], p: Span<PlaceLike>, triggerEnd: number): boolean {
  const to = p.first - 1;
  if (to <= triggerEnd || !TO.has(tokens[to].norm)) return false;
  for (let k = to - 2; k >= Math.max(triggerEnd, to - 1 - VISITOR_REACH); k--)
    if (tokens[k].norm === 'زياره') return DURING.has(tokens[k - 1]?.norm ?? '');
  return false;
}
