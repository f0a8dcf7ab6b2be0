// An Arabic article often tells one happening twice: once with its toll ("مقتل 11 متمردا في اشتباكات بمأرب") and once
// vaguely ("قتل العشرات", "اشتباكات عنيفة في المحافظة"), the vague mention placed at the same town or at the
// province that holds it. When the merge kept them apart (no shared clause, a province against a town), the
// count-less twin folds into the counted happening, unless a different named doer, another way of using force or an
// explicit "another happening" cue ("وفي هجوم آخر") sets it apart.
import type { DraftEvent, PlaceLike } from '../assemble.types';
import { distanceKm } from '../places/distance-km';
import { ARABIC_SCRIPT } from '../../text/tokenize';
import { isDictionaryActor } from '../clause/raw-subject';
import { announcesAnother, familyOf, gunfireAndBomb, opensSeparately } from './merge-rules';

const PROVINCE_KM = 25;

/** The same place, or a province and a place inside it. */
export function nestedPlaces(p: PlaceLike | null, q: PlaceLike | null): boolean {
  if (!p || !q) return false;
  if (p.id === q.id) return true;
  // Curated provinces and towns of the war countries carry no admin1 code: a town near the province's point is in it.
  const inside = (a: PlaceLike, b: PlaceLike) =>
    a.admin1 && b.admin1 ? a.admin1 === b.admin1 : distanceKm(a, b) <= PROVINCE_KM;
  const within = (a: PlaceLike, b: PlaceLike) =>
    a.kind === 'admin1' && b.kind !== 'country' && !!a.country && a.country === b.country && inside(a, b);
  return within(p, q) || within(q, p);
}

const actorsApart = (a: DraftEvent, b: DraftEvent) =>
  isDictionaryActor(a.actor) && isDictionaryActor(b.actor) && a.actor!.id !== b.actor!.id;

const modesApart = (a: DraftEvent, b: DraftEvent) => {
  const x = familyOf(a.mode);
  const y = familyOf(b.mode);
  return gunfireAndBomb(a.mode, b.mode) || (!!x && !!y && x !== y);
};

// "انفجارا ثالثا هز وسط كابل", "الهجوم الرابع": an ordinal numbers one happening among several of the same day.
const ORDINAL = /(?:انفجار|تفجير|هجوم|غارة|هجمات)\S*\s+(?:ال)?(?:ثالث|رابع|خامس)/;

/** A mention that sets its happening apart from the others: "وفي هجوم آخر", "من ناحية أخرى", "انفجار ثالث". */
const toldApart = (d: DraftEvent) => announcesAnother(d) || opensSeparately(d) || ORDINAL.test(d.evidence.text);

// "وقال مصدر إن هجوما استهدف قرية في قضاء المقدادية": an indefinite act noun (accusative tanween) introduces a
// happening of its own, not a retelling of the toll before it (counts/narrowed-tolls.ts reads it the same way).
const FRESH =
  /(?:^|\s)(?:إن|أن|ان|وأن|بأن)\s+(?:هجوما|هجوماً|اعتداء|اعتداءً|انفجارا|انفجاراً|تفجيرا|تفجيراً|قصفا|قصفاً)(?=\s)/;

/** The counted happening a count-less Arabic mention repeats, if exactly one fits. */
export function countedTwin(e: DraftEvent, events: DraftEvent[]): DraftEvent | undefined {
  if (e.killed !== null || e.negated || !e.place || !ARABIC_SCRIPT.test(e.evidence.text)) return undefined;
  if (toldApart(e) || FRESH.test(e.evidence.text)) return undefined;
  const hosts = events.filter(
    (c) =>
      c !== e &&
      c.type === e.type &&
      c.killed !== null &&
      !c.negated &&
      !toldApart(c) &&
      nestedPlaces(c.place, e.place) &&
      !actorsApart(c, e) &&
      !modesApart(c, e),
  );
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** Folds count-less twins into their counted happening (returns the events left); `join` merges one into another. */
export function foldCountTwins(events: DraftEvent[], join: (host: DraftEvent, twin: DraftEvent) => void): DraftEvent[] {
  const gone = new Set<DraftEvent>();
  for (const e of events) {
    const host = countedTwin(
      e,
      events.filter((o) => !gone.has(o)),
    );
    if (!host) continue;
    join(host, e);
    gone.add(e);
  }
  return events.filter((e) => !gone.has(e));
}
