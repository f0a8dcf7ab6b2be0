// Small fake gazetteer and actor dictionary for unit tests: exact-substring lookups over a handful of names.
import type { ActorMentionLike, PlaceLike, PlaceMentionLike, Resources } from '../assemble/assemble.types';

const place = (
  id: string,
  name: string,
  country: string,
  lat: number,
  lon: number,
  kind: PlaceLike['kind'] = 'city',
): PlaceLike => ({
  id,
  name,
  nameAr: null,
  country,
  admin1: null,
  lat,
  lon,
  population: 1000,
  kind,
  geonameId: null,
});
const PLACES: [string, PlaceLike][] = [
  ['حلب', place('aleppo', 'Aleppo', 'SY', 36.2, 37.13)],
  ['Aleppo', place('aleppo', 'Aleppo', 'SY', 36.2, 37.13)],
  ['دوما', place('douma', 'Douma', 'SY', 33.57, 36.4)],
  ['صنعاء', place('sanaa', 'Sanaa', 'YE', 15.35, 44.2)],
  ['Sanaa', place('sanaa', 'Sanaa', 'YE', 15.35, 44.2)],
  ['الرياض', place('riyadh', 'Riyadh', 'SA', 24.7, 46.7)],
  ['Riyadh', place('riyadh', 'Riyadh', 'SA', 24.7, 46.7)],
  ['القاهرة', place('cairo', 'Cairo', 'EG', 30.04, 31.24)],
  ['Cairo', place('cairo', 'Cairo', 'EG', 30.04, 31.24)],
  ['CAIRO', place('cairo', 'Cairo', 'EG', 30.04, 31.24)],
  ['سوريا', place('sy', 'Syria', 'SY', 35, 38, 'country')],
  ['Gaza', place('gaza', 'Gaza', 'PS', 31.5, 34.47)],
  ['غزة', place('gaza', 'Gaza', 'PS', 31.5, 34.47)],
];
const actor = (id: string, name: string, kind: string, country: string | null) => ({ id, name, kind, country });
const ACTORS: [string, ReturnType<typeof actor>][] = [
  ['قوات النظام', actor('gov:SY', 'Syrian government', 'government', 'SY')],
  ['النظام', actor('gov:SY', 'Syrian government', 'government', 'SY')],
  ['الحوثيين', actor('houthis', 'Houthis', 'armed_group', 'YE')],
  ['الحوثيون', actor('houthis', 'Houthis', 'armed_group', 'YE')],
  ['Houthi rebels', actor('houthis', 'Houthis', 'armed_group', 'YE')],
  ['Houthis', actor('houthis', 'Houthis', 'armed_group', 'YE')],
  ['الشرطة', actor('police', 'Police', 'police', null)],
  ['police', actor('police', 'Police', 'police', null)],
  ['موسكو', actor('state:RU', 'Russia', 'state', 'RU')],
  ['Russia', actor('state:RU', 'Russia', 'state', 'RU')],
  ['المعارضة', actor('opp', 'Syrian opposition', 'rebels', 'SY')],
  ['rebels', actor('opp', 'Syrian opposition', 'rebels', 'SY')],
  ['الأمم المتحدة', actor('un', 'United Nations', 'igo', null)],
  ['the United Nations', actor('un', 'United Nations', 'igo', null)],
  ['السعودية', actor('state:SA', 'Saudi Arabia', 'state', 'SA')],
  ['Saudi Arabia', actor('state:SA', 'Saudi Arabia', 'state', 'SA')],
  ['إيران', actor('state:IR', 'Iran', 'state', 'IR')],
  ['Iran', actor('state:IR', 'Iran', 'state', 'IR')],
  ['الجيش', actor('mil:SY', 'Syrian army', 'military', 'SY')],
  ['the army', actor('mil:SY', 'Syrian army', 'military', 'SY')],
  ['وزارة الدفاع', actor('mod', 'Ministry of Defence', 'government', null)],
  ['the ministry', actor('mod', 'Ministry of Defence', 'government', null)],
  ['مصر', actor('state:EG', 'Egypt', 'state', 'EG')],
  ['Egypt', actor('state:EG', 'Egypt', 'state', 'EG')],
  ['المتظاهرين', actor('civ', 'Protesters', 'civilians', null)],
  ['protesters', actor('civ', 'Protesters', 'civilians', null)],
  ['الهلال الأحمر', actor('src', 'Red Crescent', 'ngo', null)],
  ['the Red Crescent', actor('src', 'Red Crescent', 'ngo', null)],
];

function findAll<T>(text: string, table: [string, T][]): { start: number; end: number; surface: string; value: T }[] {
  const found: { start: number; end: number; surface: string; value: T }[] = [];
  const sorted = [...table].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, value] of sorted) {
    let at = text.indexOf(surface);
    while (at >= 0) {
      const end = at + surface.length;
      if (!found.some((f) => f.start < end && at < f.end)) found.push({ start: at, end, surface, value });
      at = text.indexOf(surface, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export const FAKE_RESOURCES: Resources = {
  findPlaces: (text): PlaceMentionLike[] => findAll(text, PLACES).map((m) => ({ ...m, place: m.value, confidence: 1 })),
  findActors: (text): ActorMentionLike[] => findAll(text, ACTORS).map((m) => ({ ...m, actor: m.value })),
};
