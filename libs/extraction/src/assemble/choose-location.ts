// Chooses where it happened: the most specific place in the trigger's clause nearest the trigger (places after
// it are preferred — "في مدينة حلب" follows the event in both languages), else a place earlier in the same
// sentence, else the setting of the previous sentence for continuation clauses only.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { PlaceLike, Span } from './assemble.types';

const KIND_COST: Record<PlaceLike['kind'], number> = {
  district: 0,
  frontline: 0,
  town: 0,
  city: 0,
  region: 6,
  admin1: 8,
  country: 40,
};
const ANAPHORA = new Set(
  ['المدينه', 'البلده', 'القريه', 'المنطقه', 'الحي', 'المحافظه', 'city', 'town', 'village', 'area', 'district'].map(
    foldWord,
  ),
);

export interface LocationChoice {
  place: Span<PlaceLike> | null;
  rule: string | null;
}

function cost(p: Span<PlaceLike>, trigger: number, triggerEnd: number): number {
  const d = p.first >= triggerEnd ? p.first - triggerEnd : (trigger - p.end) * 1.5 + 1;
  return d + KIND_COST[p.value.kind];
}

function nearest(places: Span<PlaceLike>[], first: number, end: number): Span<PlaceLike> | null {
  let best: Span<PlaceLike> | null = null;
  let bestCost = Infinity;
  for (const p of places) {
    const c = cost(p, first, end);
    if (c < bestCost) {
      best = p;
      bestCost = c;
    }
  }
  return best;
}

/** True when the clause points back to a place named before ("المدينة", "the city"). */
export function hasPlaceAnaphor(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ANAPHORA.has(tokens[k].norm)) return true;
  return false;
}

export function chooseLocation(
  places: Span<PlaceLike>[],
  triggerFirst: number,
  triggerEnd: number,
  clause: { first: number; end: number },
  sentence: { first: number; end: number },
  setting: Span<PlaceLike> | null,
  continuation: boolean,
): LocationChoice {
  const inClause = places.filter((p) => p.first >= clause.first && p.end <= clause.end);
  const here = nearest(inClause, triggerFirst, triggerEnd);
  if (here) return { place: here, rule: 'nearest in clause' };
  const earlier = places.filter((p) => p.first >= sentence.first && p.end <= clause.first);
  if (earlier.length) return { place: nearest(earlier, triggerFirst, triggerEnd), rule: 'earlier in sentence' };
  if (continuation && setting) return { place: setting, rule: 'setting of previous sentence' };
  return { place: null, rule: null };
}
