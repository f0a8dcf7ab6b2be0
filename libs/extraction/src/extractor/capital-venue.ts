// "زيارة أوباما لكينيا", "the minister arrived in Jordan for talks": a visit or talks placed at a whole country are
// hosted in its capital when the article names that capital (a state dinner in Nairobi, talks in Amman). Applied to
// emitted events after scoring: the place gets finer, the confidence stays what the model gave the reading.
import type { DraftEvent, Resources } from '../assemble/assemble.types';
import { capitalOf } from '../gazetteer/gazetteer-store';

const HOSTED = new Set(['CONSULT']);

/** Moves each country-level visit or meeting to its country's capital when the article names it. */
export function capitalVenues(events: DraftEvent[], text: string, language: string, resources: Resources): void {
  const hosted = events.filter((d) => HOSTED.has(d.type) && !d.negated && d.place?.kind === 'country');
  if (!hosted.length) return;
  const named = new Set(resources.findPlaces(text, { language }).map((m) => m.place.id));
  for (const d of hosted) {
    const capital = d.place?.country ? capitalOf(d.place.country) : null;
    if (capital && named.has(capital.id)) d.place = capital;
  }
}
