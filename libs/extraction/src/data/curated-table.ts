// Parses the one-line-per-place tables of the curated data files (places.conflict.ts, places.districts.ts,
// places.saudi.ts, places.fronts.ts, places.local.ts):
//   slug|English|English aliases|Arabic names|cc|lat|lon|kind|flags
// '#' lines are section headings. flags (comma-separated): a = an Arabic name is also a common word or given name
// (needs a trigger noun, quotes or a list); e = with a, the English names too; gid=N = a GeoNames place (its id)
// under the news spelling. An empty Arabic field keeps GeoNames' Arabic names (curated keys replace generated ones).
import type { CuratedPlace } from './curated-place.types';
import type { PlaceKind } from '../gazetteer/place.types';

const list = (field: string): string[] => field.split(',').filter(Boolean);

function parseLine(line: string): CuratedPlace {
  const [slug, en, aliases, ar, cc, lat, lon, kind, flags = ''] = line.split('|');
  const f = list(flags);
  const gid = f.find((x) => x.startsWith('gid='))?.slice(4);
  const letters = f.filter((x) => !x.includes('=')).join('');
  return {
    slug,
    en,
    alias: list(aliases),
    ar: list(ar),
    cc,
    lat: Number(lat),
    lon: Number(lon),
    kind: kind as PlaceKind,
    ambiguous: letters.includes('a'),
    ambiguousEn: letters.includes('a') && letters.includes('e'),
    ...(gid ? { gid: Number(gid) } : {}),
  };
}

export function parseCuratedTable(table: string): CuratedPlace[] {
  return table
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map(parseLine);
}
