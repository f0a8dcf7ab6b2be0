// `npm run extract -- FILE [--explain] [--min-confidence P] [--extractor rule]`: events of NDJSON articles or one .txt
// article, one event JSON per line on stdout. `--min-confidence 0` also prints the candidates the confidence model
// holds back, each with its `confidence` (the per-language thresholds are in libs/extraction/src/data/calibration.json).
// Works offline right after `npm ci`: no service, no model download.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { RuleExtractor, type ExtractInput } from '@marsad/extraction';

export interface Args {
  file: string | null;
  explain: boolean;
  extractor: string;
  /** Overrides the language's emission threshold; undefined keeps the calibrated one. */
  minConfidence?: number;
}

const USAGE = 'usage: npm run extract -- FILE.ndjson|FILE.txt [--explain] [--min-confidence P] [--extractor rule]';

/** Reads the command line; throws on a bad --min-confidence (not a number from 0 to 1). */
export function parseArgs(argv: string[]): Args {
  const args: Args = { file: null, explain: false, extractor: 'rule' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--explain') args.explain = true;
    else if (a === '--extractor') args.extractor = argv[++i] ?? '';
    else if (a.startsWith('--extractor=')) args.extractor = a.slice('--extractor='.length);
    else if (a === '--min-confidence') {
      const raw = argv[++i] ?? '';
      const p = raw.trim() === '' ? NaN : Number(raw);
      if (!(p >= 0 && p <= 1)) throw new Error(`--min-confidence takes a probability from 0 to 1, not "${raw}"`);
      args.minConfidence = p;
    } else if (!a.startsWith('--')) args.file = a;
  }
  return args;
}

/** Reads articles; bad lines are reported (with their line number) and skipped. */
export function readArticles(path: string, onError: (message: string) => void): ExtractInput[] {
  const raw = readFileSync(path, 'utf8');
  if (extname(path) === '.txt') return [{ id: basename(path, '.txt'), body: raw }];
  const out: ExtractInput[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const a = JSON.parse(line) as Record<string, unknown>;
      if (typeof a.body !== 'string' || !a.body.trim()) throw new Error('"body" must be a non-empty string');
      const id = typeof a.id === 'string' && a.id ? a.id : typeof a.url === 'string' && a.url ? a.url : `line-${i + 1}`;
      out.push({
        id,
        body: a.body,
        title: typeof a.title === 'string' ? a.title : undefined,
        publishedAt: typeof a.publishedAt === 'string' ? a.publishedAt : undefined,
        language: typeof a.language === 'string' ? a.language : undefined,
      });
    } catch (err) {
      onError(`${path}:${i + 1}: skipped: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return out;
}

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    process.exit(2);
  }
  if (!args.file) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  if (args.extractor !== 'rule') {
    process.stderr.write(`unknown extractor "${args.extractor}": only "rule" runs offline from the command line\n`);
    process.exit(2);
  }
  let failed = 0;
  let articles: ExtractInput[];
  try {
    articles = readArticles(args.file, (m) => {
      failed++;
      process.stderr.write(`${m}\n`);
    });
  } catch (err) {
    process.stderr.write(`cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  // A closed pipe (`| head`) ends the run quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const extractor = new RuleExtractor({ minConfidence: args.minConfidence });
  for (const article of articles) {
    try {
      for (const e of extractor.explain(article)) {
        process.stdout.write(`${JSON.stringify(args.explain ? { ...e.event, explain: e.explain } : e.event)}\n`);
      }
    } catch (err) {
      failed++;
      process.stderr.write(
        `article ${article.id}: extraction failed: ${err instanceof Error ? err.message : String(err)}\n`,
      );
    }
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) main();
