// `npm run eval:agreement -- GOLD_A.json GOLD_B.json`: how far two independent annotations of the same articles agree,
// scored by ../shared/eval/score.mjs with one annotation's required events as the predictions against the other
// (both ways): the ceiling the extractor's figures are read against. An event becomes a prediction with its first
// type, its place (a point carries the country of the nearest gazetteer place, so it can meet a country-only gold
// location), its first actor name (the others as aliases) and its first killed figure.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './gold-sets';
import { runScorer } from './run-eval';

interface Annotation {
  articles: { id: string; events: AnnotatedEvent[] }[];
}
interface AnnotatedEvent {
  type: string[];
  location?: { lat?: number; lon?: number; country?: string };
  actor?: string[];
  killed?: number[];
  optional?: boolean;
}

type CountryOf = (lat: number, lon: number) => string | null;

/** The country of the gazetteer place nearest to a point (flat approximation, plenty for telling countries). */
export function nearestCountry(): CountryOf {
  const gazetteer = JSON.parse(
    readFileSync(join(REPO_ROOT, 'libs', 'extraction', 'src', 'data', 'gazetteer.generated.json'), 'utf8'),
  ) as { places: [number, string, string, string, string, number, number][] };
  return (lat, lon) => {
    let best: string | null = null;
    let bestD = Infinity;
    const k = Math.cos((lat * Math.PI) / 180);
    for (const p of gazetteer.places) {
      const d = (p[5] - lat) ** 2 + ((p[6] - lon) * k) ** 2;
      if (d < bestD) [bestD, best] = [d, p[3]];
    }
    return best;
  };
}

/** One annotation's required events (optional ones too with `withOptional`) as score.mjs predictions. */
export function asPredictions(a: Annotation, countryOf: CountryOf, withOptional = false): string[] {
  return a.articles.flatMap((article) =>
    article.events
      .filter((e) => withOptional || !e.optional)
      .map((e) => {
        const L = e.location;
        const location =
          L?.lat !== undefined && L.lon !== undefined
            ? { lat: L.lat, lon: L.lon, country: countryOf(L.lat, L.lon) }
            : L?.country
              ? { country: L.country }
              : null;
        return JSON.stringify({
          articleId: article.id,
          type: e.type[0],
          location,
          actor: e.actor?.length ? { name: e.actor[0], aliases: e.actor } : null,
          killed: e.killed?.[0] ?? null,
        });
      }),
  );
}

function main(): void {
  const [pathA, pathB] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
  if (!pathA || !pathB) throw new Error('usage: npm run eval:agreement -- GOLD_A.json GOLD_B.json');
  const [a, b] = [pathA, pathB].map((p) => JSON.parse(readFileSync(p, 'utf8')) as Annotation);
  const shared = new Set(a.articles.map((x) => x.id).filter((id) => b.articles.some((y) => y.id === id)));
  const only = (x: Annotation): Annotation => ({ articles: x.articles.filter((y) => shared.has(y.id)) });
  const countryOf = nearestCountry();
  const dir = mkdtempSync(join(tmpdir(), 'marsad-agree-'));
  try {
    const goldOf = (x: Annotation, name: string) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(only(x)));
      return path;
    };
    const [goldA, goldB] = [goldOf(a, 'a.json'), goldOf(b, 'b.json')];
    const fmt = (r: ReturnType<typeof runScorer>) =>
      `gold ${r.gold_events} predicted ${r.predicted}  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} ` +
      `F1 ${r.f1.toFixed(3)}  killed ${r.killed_accuracy ?? '-'}  actor ${r.actor_accuracy ?? '-'}`;
    console.log(`${shared.size} articles annotated in both`);
    console.log(`B against A: ${fmt(runScorer('B', goldA, asPredictions(only(b), countryOf)))}`);
    console.log(`A against B: ${fmt(runScorer('A', goldB, asPredictions(only(a), countryOf)))}`);
    console.log(
      `B with its optional events against A: ${fmt(runScorer('B+', goldA, asPredictions(only(b), countryOf, true)))}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main();
