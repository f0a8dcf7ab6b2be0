// The matching rule of ../shared/eval/score.mjs, reimplemented in TypeScript so that training can label
// candidates and pick thresholds exactly as the scorer counts (score-match.spec.ts checks it against score.mjs).
// Only type and place matter for matching; actor and killed are reported by the scorer but do not match.

export interface GoldLocation {
  lat?: number;
  lon?: number;
  radius_km?: number;
  country?: string;
  name?: string;
}

export interface GoldEvent {
  type: string[];
  location?: GoldLocation;
  optional?: boolean;
}

export interface GoldArticle {
  id: string;
  events: GoldEvent[];
}

/** The parts of a predicted event the matching reads. */
export interface PredictedLike {
  type: string;
  location?: { lat?: number | null; lon?: number | null; country?: string | null } | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  neutral: number;
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

export const typeOk = (g: GoldEvent, p: PredictedLike): boolean => g.type.includes(String(p.type ?? '').toUpperCase());

export function placeOk(g: GoldEvent, p: PredictedLike): boolean {
  const L = g.location;
  if (!L) return true;
  const q = p.location;
  if (!q) return false;
  const lat = q.lat;
  const lon = q.lon;
  // score.mjs: `L.lat !== undefined && Number.isFinite(q.lat) && Number.isFinite(q.lon)`.
  if (
    L.lat !== undefined &&
    typeof lat === 'number' &&
    Number.isFinite(lat) &&
    typeof lon === 'number' &&
    Number.isFinite(lon)
  )
    return km({ lat: L.lat, lon: L.lon as number }, { lat, lon }) <= (L.radius_km ?? 40);
  if (L.country) return String(q.country ?? '').toUpperCase() === L.country;
  return false;
}

export const matches = (g: GoldEvent, p: PredictedLike): boolean => typeOk(g, p) && placeOk(g, p);

/** Counts of one article exactly as score.mjs makes them (greedy, required gold first, predictions in order). */
export function scoreArticle(gold: GoldEvent[], preds: PredictedLike[]): Counts {
  const used = new Set<number>();
  const c: Counts = { tp: 0, fp: 0, fn: 0, neutral: 0 };
  const order = [...gold].sort((x, y) => Number(!!x.optional) - Number(!!y.optional));
  const matchedGold: GoldEvent[] = [];
  for (const g of order) {
    const i = preds.findIndex((p, k) => !used.has(k) && matches(g, p));
    if (i >= 0) {
      used.add(i);
      matchedGold.push(g);
    }
    if (g.optional) continue;
    if (i < 0) c.fn++;
    else c.tp++;
  }
  preds.forEach((p, k) => {
    if (used.has(k)) return;
    if (matchedGold.some((g) => matches(g, p)) || gold.some((g) => g.optional && matches(g, p))) c.neutral++;
    else c.fp++;
  });
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, neutral: a.neutral + b.neutral };
}

export function f1Of(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Training label of one candidate: 1 when it would match a required gold event of its article (it is a true
 * positive, or a harmless repeat of one), 0 when it matches no gold event (a false positive), null when it
 * matches only optional gold events (neutral whatever the model says: left out of training).
 */
export function labelCandidate(gold: GoldEvent[], p: PredictedLike): 0 | 1 | null {
  if (gold.some((g) => !g.optional && matches(g, p))) return 1;
  if (gold.some((g) => g.optional && matches(g, p))) return null;
  return 0;
}
