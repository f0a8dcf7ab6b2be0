// "قتل 18 متمردا في إقليم فارياب بعد أن شنت القوات عملية عسكرية. وقال نائب الحاكم: بدأت العملية العسكرية في منطقة
// ألمار": the sentence after a toll points back to its happening with a definite or demonstrative noun ("العملية
// العسكرية", "الهجوم", "هذا القصف") and names its place more narrowly, a district inside the province or country the
// toll named. It retells that happening, so it takes the toll; the wider place keeps its own mention.
import { hasDemonstrative, isDefinite } from '../../patterns/trigger-frame';
import type { DraftEvent, PlaceLike } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';
import { inSentence, type DraftsBySentence } from './drafts-by-sentence';

/** How far (in degrees of latitude and longitude) a place without a province code may lie from a province's point. */
const PROVINCE_SPAN = 1.5;

/** q lies inside p, a province or a country, and is not p. A place the gazetteer gives no province code is taken to
 * be in the province whose point lies near it. */
function inside(q: PlaceLike, p: PlaceLike): boolean {
  if (q.id === p.id || !q.country || q.country !== p.country || q.kind === 'country') return false;
  if (p.kind === 'country') return true;
  if (p.kind !== 'admin1' || q.kind === 'admin1') return false;
  if (q.admin1) return q.admin1 === p.admin1;
  return Math.abs(q.lat - p.lat) <= PROVINCE_SPAN && Math.abs(q.lon - p.lon) <= PROVINCE_SPAN;
}

/** The toll of sentence si's attacks when they all tell one figure at one place (not a running total), or null. */
function tollOf(by: DraftsBySentence, si: number): DraftEvent | null {
  const told = inSentence(by, si).filter((o) => o.type === 'ASSAULT' && !o.negated);
  const toll = told.find((o) => o.killed !== null);
  if (!toll?.place || toll.killedTotal) return null;
  const one = told.every((o) => (o.killed === null || o.killed === toll.killed) && o.place?.id === toll.place?.id);
  return one ? toll : null;
}

/** Gives an Arabic retelling at a narrower place the toll of the sentence before it (in place). */
export function lendToNarrowerRetelling(article: ArticleContext, by: DraftsBySentence, d: DraftEvent): void {
  const { tokens } = article;
  if (d.type !== 'ASSAULT' || d.killed !== null || d.negated || !d.place || d.trigger.spec.voice !== 'noun') return;
  if (!hasDemonstrative(tokens, d.trigger.first) && !isDefinite(tokens, d.trigger.first)) return;
  const toll = tollOf(by, d.sentence - 1);
  if (!toll || !inside(d.place, toll.place!)) return;
  // The retelling's own sentence gives no other figure.
  if (inSentence(by, d.sentence).some((o) => o.type === 'ASSAULT' && o.killed !== null)) return;
  d.killed = toll.killed;
  d.injured ??= toll.injured;
  d.trace.cues.push('toll-narrowed');
}
