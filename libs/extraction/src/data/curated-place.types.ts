// One hand-curated place (places.curated.ts and the tables it gathers: places.mena, places.conflict,
// places.districts).
import type { PlaceKind } from '../gazetteer/place.types';

export interface CuratedPlace {
  /** Stable slug; the place id is `gn:<geonameId>` when known, else `cur:<slug>`. */
  slug: string;
  en: string;
  /** Arabic names; the first is the display name. */
  ar: string[];
  cc: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  pop?: number;
  admin1?: string;
  gid?: number;
  /** Extra English names / transliterations. */
  alias?: string[];
  /** Also a common word or person name: needs a trigger (مدينة, حي, «…») or list context. */
  ambiguous?: boolean;
  /** The English names too are common words (ambiguous applies to the Arabic ones only otherwise). */
  ambiguousEn?: boolean;
}
