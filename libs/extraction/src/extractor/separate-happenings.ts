// One evidence span may tell two happenings of one type ("rockets hit a base near Kiryat Shmona, and a drone
// struck a post in the Golan Heights"). The extractor keeps the second one under its own id (event-id.ts, with the
// trigger's offset) when the two are placed in different places; otherwise the same type from one span is one event.
import type { DraftEvent } from '../assemble/assemble.types';

/** Two events of one type drawn from one evidence span are separate happenings: each has a place, and they differ. */
export function separateHappenings(a: DraftEvent, b: DraftEvent): boolean {
  return !!a.place && !!b.place && a.place.id !== b.place.id;
}
