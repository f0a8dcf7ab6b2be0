// Public shapes of the gazetteer: what a place is and how a mention of it in an article is reported.
export type PlaceKind = 'country' | 'admin1' | 'city' | 'town' | 'district' | 'region' | 'frontline';

export interface Place {
  id: string;
  name: string;
  nameAr: string | null;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  kind: PlaceKind;
  geonameId: number | null;
}

export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  place: Place;
  confidence: number;
}

export interface FindOptions {
  language?: string;
}
