// `npm run bench:extract [-- --limit N]`: start-up (gazetteer/actor load + first extraction), then articles per
// second on one core once warm, p50/p99 ms per article and RSS over Arabic corpus articles from non-held-out days.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { RuleExtractor, loadActors, loadGazetteer } from '@marsad/extraction';
import { developmentDays, readCorpusDay } from '../eval/corpus-reader';
import { CORPUS_DIR } from '../eval/gold-sets';

const TARGETS = { articlesPerSecond: 300, startupMs: 2000, rssMb: 400 };
const WARM_UP = 500;

function main(): void {
  const i = process.argv.indexOf('--limit');
  const limit = i >= 0 ? Number(process.argv[i + 1]) : 2000;
  const gc = (globalThis as { gc?: () => void }).gc;
  const mb = (bytes: number) => bytes / 1024 / 1024;
  // Start-up: gazetteer and actor dictionaries loaded once, plus a first extraction.
  const t0 = performance.now();
  loadGazetteer();
  loadActors();
  const extractor = new RuleExtractor();
  extractor.extract({ id: 'warm-up', body: 'قتل خمسة أشخاص في غارة جوية على مدينة حلب.', language: 'ar' });
  const startupMs = performance.now() - t0;
  gc?.();
  const loadedMb = mb(process.memoryUsage().rss);
  const articles: { id: string; body: string; publishedAt: string }[] = [];
  for (const day of developmentDays(readdirSync(CORPUS_DIR))) {
    for (const [k, a] of readCorpusDay(CORPUS_DIR, day).entries()) {
      if (a.content?.trim())
        articles.push({ id: `${day}-${k}`, body: a.content, publishedAt: a.date_extracted.replace(' ', 'T') + 'Z' });
      if (articles.length >= limit) break;
    }
    if (articles.length >= limit) break;
  }
  // A service extracts a stream: before timing, it has already seen other news (JIT-compiled, per-word caches
  // filled). The warm-up articles come from the last development day, never from the timed ones.
  const days = developmentDays(readdirSync(CORPUS_DIR));
  const warmUp = readCorpusDay(CORPUS_DIR, days[days.length - 1])
    .filter((a) => a.content?.trim())
    .slice(-WARM_UP)
    .map((a, k) => ({ id: `warm-${k}`, body: a.content, publishedAt: a.date_extracted.replace(' ', 'T') + 'Z' }));
  const warmStart = performance.now();
  for (const a of warmUp) extractor.extract(a);
  const warmRate = warmUp.length / ((performance.now() - warmStart) / 1000);
  const times: number[] = [];
  let events = 0;
  const start = performance.now();
  for (const a of articles) {
    const s = performance.now();
    events += extractor.extract(a).length;
    times.push(performance.now() - s);
  }
  const totalS = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))];
  const rate = articles.length / totalS;
  gc?.();
  const endMb = mb(process.memoryUsage().rss);
  // Peak of the whole run, corpus unzipping included (maxRSS is in kilobytes on Linux).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const ratio = (v: number, t: number, higherIsBetter: boolean) =>
    `${(higherIsBetter ? v / t : t / v).toFixed(2)}x target`;
  console.log(`articles        ${articles.length} (${events} events)`);
  console.log(
    `start-up        ${startupMs.toFixed(0)} ms   (${ratio(startupMs, TARGETS.startupMs, false)}, target < ${TARGETS.startupMs} ms)`,
  );
  console.log(
    `throughput      ${rate.toFixed(0)} articles/s   (${ratio(rate, TARGETS.articlesPerSecond, true)}, target >= ${TARGETS.articlesPerSecond})`,
  );
  console.log(
    `                (first ${warmUp.length} articles after start-up, cold: ${warmRate.toFixed(0)} articles/s)`,
  );
  console.log(`latency         p50 ${pct(0.5).toFixed(2)} ms, p99 ${pct(0.99).toFixed(2)} ms`);
  console.log(
    `rss             ${loadedMb.toFixed(0)} MB extractor loaded   (${ratio(loadedMb, TARGETS.rssMb, false)}, target < ${TARGETS.rssMb} MB)`,
  );
  console.log(
    `                ${endMb.toFixed(0)} MB after the run, peak ${peakMb.toFixed(0)} MB (the bench also holds the unzipped corpus days and its ${articles.length} articles)`,
  );
}

main();
