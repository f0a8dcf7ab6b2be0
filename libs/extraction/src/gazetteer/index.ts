// Public entry of the gazetteer: find geocoded place mentions in Arabic or English text.
import { getStore } from './gazetteer-store';
import { skeletonIndex } from './skeleton-index';
import type { Place } from './place.types';

export type { FindOptions, Place, PlaceKind, PlaceMention } from './place.types';
export { findPlaces } from './find-places';

/** Builds the in-memory index now (start-up, benches) instead of on the first findPlaces call. */
export function loadGazetteer(): void {
  skeletonIndex(getStore());
}

export function placeById(id: string): Place | undefined {
  return getStore().byId.get(id);
}
