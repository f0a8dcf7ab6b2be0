// Arrests are told person by person and town by town: two arrests that each name their own town in their own
// clause ("اعتقلت قوات الأمن شابين من بلدة أ" … "كما اعتقلت طفلا في مدينة ب") are two, however near the towns lie.
import type { DraftEvent } from '../assemble.types';

const OWN_PLACE = 'nearest in clause';

/** Two arrest mentions from different sentences, each placed by its own clause at a different town. */
export function apartArrests(a: DraftEvent, b: DraftEvent): boolean {
  if (a.type !== 'COERCE' || a.mode !== 'arrest' || b.trigger.spec.mode !== 'arrest') return false;
  if (a.sentence === b.sentence || !a.place || !b.place || a.place.id === b.place.id) return false;
  return a.trace.placeRule === OWN_PLACE && b.trace.placeRule === OWN_PLACE;
}
