// `npm run eval [-- --split dev|calib|train|seed|all] [--lang ar|en] [--json] [--check]`: runs the RuleExtractor over
// every gold set, scores it with ../shared/eval/score.mjs and prints P/R/F1, killed and actor accuracy per set, then
// pooled per language and split (all the split's articles scored at once, so the figures are exact, not averages).
// --check fails when a set (or a pooled "ar dev", "en dev") marked "report" in eval/targets.json falls below its floor.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleExtractor } from '@marsad/extraction';
import { loadGoldSets, REPO_ROOT, SHARED, type GoldSet } from './gold-sets';

export interface SetScore {
  name: string;
  articles: number;
  gold_events: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  killed_accuracy: number | null;
  actor_accuracy: number | null;
  missing_bodies: number;
  misses: { article: string; type: string; where: string }[];
}

interface Targets {
  [set: string]: { report?: boolean; f1?: number; killed_accuracy?: number; actor_accuracy?: number };
}

function arg(name: string): string | undefined {
  const argv = process.argv;
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

/** The extractor's events for every article of the set, one JSON line each (score.mjs's input). */
function extractLines(set: GoldSet, extractor: RuleExtractor): string[] {
  return set.articles.flatMap((a) => extractor.extract(a).map((e) => JSON.stringify(e)));
}

/** Runs score.mjs on a gold file and event lines. */
export function runScorer(name: string, goldPath: string, lines: string[]): SetScore {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'));
  try {
    const eventsPath = join(dir, 'events.ndjson');
    writeFileSync(eventsPath, lines.join('\n') + '\n');
    const res = spawnSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), goldPath, eventsPath, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (res.status !== 0) throw new Error(`score.mjs failed for ${name}: ${res.stderr}`);
    return { ...(JSON.parse(res.stdout) as SetScore), name };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function scoreSet(
  set: GoldSet,
  extractor = new RuleExtractor(),
  lines = extractLines(set, extractor),
): SetScore {
  const r = runScorer(set.name, set.goldPath, lines);
  return {
    name: set.name,
    articles: set.articles.length,
    gold_events: r.gold_events,
    predicted: r.predicted,
    precision: r.precision,
    recall: r.recall,
    f1: r.f1,
    killed_accuracy: r.killed_accuracy,
    actor_accuracy: r.actor_accuracy,
    missing_bodies: set.missing.length,
    misses: r.misses,
  };
}

/** One language's split scored as a whole: its sets' gold articles in one file, their events in another. */
export function scorePooled(name: string, sets: GoldSet[], lines: string[][]): SetScore {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-pool-'));
  try {
    const articles = sets.flatMap(
      (s) => (JSON.parse(readFileSync(s.goldPath, 'utf8')) as { articles: unknown[] }).articles,
    );
    const goldPath = join(dir, 'gold.json');
    writeFileSync(goldPath, JSON.stringify({ articles }));
    const r = runScorer(name, goldPath, lines.flat());
    return {
      ...r,
      articles: sets.reduce((n, s) => n + s.articles.length, 0),
      missing_bodies: sets.reduce((n, s) => n + s.missing.length, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const split = arg('split') ?? 'all';
  const lang = arg('lang');
  const sets = loadGoldSets(split, lang);
  const extractor = new RuleExtractor();
  const lines = sets.map((s) => extractLines(s, extractor));
  const scores = sets.map((s, i) => scoreSet(s, extractor, lines[i]));
  const groups = new Map<string, number[]>();
  sets.forEach((s, i) => {
    const key = `${s.language} ${s.split}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const pooled = [...groups]
    .filter(([, members]) => members.length > 1)
    .map(([name, members]) =>
      scorePooled(
        `${name} (${members.length})`,
        members.map((i) => sets[i]),
        members.map((i) => lines[i]),
      ),
    );
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify(
        scores.map(({ misses: _m, ...s }) => s),
        null,
        2,
      ),
    );
  else {
    const fmt = (v: number | null) => (v === null ? '   -' : v.toFixed(3));
    const width = Math.max(10, ...[...scores, ...pooled].map((s) => s.name.length));
    console.log(`${'set'.padEnd(width)} articles  gold  pred    P      R      F1    killed  actor`);
    for (const s of [...scores, ...pooled]) {
      if (s === pooled[0]) console.log('pooled (sets)');
      console.log(
        `${s.name.padEnd(width)} ${String(s.articles).padStart(8)} ${String(s.gold_events).padStart(5)} ${String(s.predicted).padStart(5)}  ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}  ${fmt(s.killed_accuracy)}  ${fmt(s.actor_accuracy)}${s.missing_bodies ? `  (${s.missing_bodies} bodies missing)` : ''}`,
      );
    }
    if (process.argv.includes('--misses'))
      for (const s of scores)
        for (const m of s.misses) console.log(`miss ${s.name} ${m.article} ${m.type} @ ${m.where}`);
  }
  if (process.argv.includes('--check')) {
    const targets = JSON.parse(readFileSync(join(REPO_ROOT, 'eval', 'targets.json'), 'utf8')) as Targets;
    const failures: string[] = [];
    // A pooled row answers to "ar dev", "en dev" …: steadier floors than a set of a few dozen events.
    for (const s of [...scores, ...pooled]) {
      const t = targets[s.name.replace(/ \(\d+\)$/, '')];
      if (!t?.report) continue;
      for (const key of ['f1', 'killed_accuracy', 'actor_accuracy'] as const) {
        const floor = t[key];
        const got = s[key];
        if (floor !== undefined && got !== null && got < floor) failures.push(`${s.name} ${key} ${got} < ${floor}`);
      }
    }
    for (const f of failures) console.error(`below target: ${f}`);
    if (failures.length) process.exitCode = 1;
  }
}

if (require.main === module) main();
