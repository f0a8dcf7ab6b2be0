// `npm run bench:extract:workers [-- --workers N --limit M]`: articles per second of the extractor service's worker
// threads (apps/extractor: WorkerExtractor, ExtractorPool) with one worker and with N (default: the host's cores),
// over the same Arabic corpus articles of non-held-out days, each article sent as the JetStream consumer sends it
// (as many in flight as workers). Prints both rates and their ratio. Each worker holds its own dictionaries, so the
// workers compete for memory bandwidth and cache more than for cores: the ratio is the machine's to tell (1.03x on
// the 2-core development machine, where a pure CPU loop scales 2x). The pool's sure gain is isolation: an article
// that burns its budget holds one worker, not the stream (extractor-pool.spec.ts).
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ExtractInput } from '@marsad/extraction';
import { ExtractorPool } from '../apps/extractor/src/extraction/extractor-pool';
import { WorkerExtractor } from '../apps/extractor/src/extraction/worker-extractor';
import { developmentDays, readCorpusDay } from '../eval/corpus-reader';
import { CORPUS_DIR } from '../eval/gold-sets';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function corpus(limit: number): ExtractInput[] {
  const out: ExtractInput[] = [];
  for (const day of developmentDays(readdirSync(CORPUS_DIR))) {
    for (const [k, a] of readCorpusDay(CORPUS_DIR, day).entries())
      if (a.content?.trim() && out.length < limit) out.push({ id: `${day}-${k}`, body: a.content, language: 'ar' });
    if (out.length >= limit) break;
  }
  return out;
}

/** Articles per second through a pool of n workers, n articles in flight, after a warm-up pass. */
async function rateWith(n: number, articles: ExtractInput[]): Promise<number> {
  const pool = new ExtractorPool(Array.from({ length: n }, () => new WorkerExtractor({ budgetMs: 60_000 })));
  try {
    const run = async (batch: ExtractInput[]) => {
      let next = 0;
      const lane = async () => {
        while (next < batch.length) await pool.extract(batch[next++]);
      };
      await Promise.all(Array.from({ length: n }, lane));
    };
    await run(articles.slice(0, 300)); // start-up and JIT warm-up of every worker
    const start = performance.now();
    await run(articles);
    return articles.length / ((performance.now() - start) / 1000);
  } finally {
    await pool.close();
  }
}

async function main(): Promise<void> {
  const workers = arg('--workers', Math.max(2, availableParallelism()));
  const articles = corpus(arg('--limit', 3000));
  const one = await rateWith(1, articles);
  const many = await rateWith(workers, articles);
  console.log(`articles        ${articles.length} (cores: ${availableParallelism()})`);
  console.log(`1 worker        ${one.toFixed(0)} articles/s`);
  console.log(`${workers} workers       ${many.toFixed(0)} articles/s   (${(many / one).toFixed(2)}x one worker)`);
}

void main();
