// Loads the gold sets (eval/gold/*.json and the founding seed) with their article bodies: Arabic bodies come from
// the corpus by day file and index, English ones from eval/en/articles.ndjson, the seed from ../shared/seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExtractInput } from '@marsad/extraction';
import { readCorpusDay } from './corpus-reader';

export const REPO_ROOT = resolve(__dirname, '..');
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const CORPUS_DIR = join(SHARED, 'corpus', 'saudinewsnet');

interface GoldArticle {
  id: string;
  publishedAt?: string;
  language?: string;
  source?: { corpus: string; file: string; index: number };
  events: unknown[];
}

export interface GoldSet {
  name: string;
  language: string;
  split: string;
  goldPath: string;
  articles: ExtractInput[];
  goldEvents: number;
  missing: string[];
}

function englishBodies(): Map<string, { body: string; title?: string; publishedAt?: string }> {
  const path = join(REPO_ROOT, 'eval', 'en', 'articles.ndjson');
  const out = new Map<string, { body: string; title?: string; publishedAt?: string }>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const a = JSON.parse(line) as { id: string; body: string; title?: string; publishedAt?: string };
      out.set(a.id, a);
    } catch {
      // a half-written line while annotators work: skipped
    }
  }
  return out;
}

function loadSet(
  name: string,
  goldPath: string,
  language: string,
  split: string,
  bodyOf: (a: GoldArticle) => ExtractInput | null,
): GoldSet {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[] };
  const articles: ExtractInput[] = [];
  const missing: string[] = [];
  let goldEvents = 0;
  for (const a of gold.articles) {
    const input = bodyOf(a);
    if (!input) missing.push(a.id);
    else articles.push(input);
    goldEvents += a.events.filter((e) => !(e as { optional?: boolean }).optional).length;
  }
  return { name, language, split, goldPath, articles, goldEvents, missing };
}

/** All gold sets, optionally filtered by split (train/calib/dev/seed/all) and language. */
export function loadGoldSets(split = 'all', language?: string): GoldSet[] {
  const sets: GoldSet[] = [];
  const en = englishBodies();
  const goldDir = join(REPO_ROOT, 'eval', 'gold');
  for (const file of existsSync(goldDir) ? readdirSync(goldDir).sort() : []) {
    // ar-train.json, ar-train2.json, en-dev.json, ar-calib3.json …: language, split, and an optional part number.
    // calib sets are blind: they fit the confidence model and measure transfer, and rule work never reads them.
    const m = /^([a-z]{2})-(train|calib|dev)(\d*)\.json$/.exec(file);
    if (!m) continue;
    const [, lang, sp, part] = m;
    if ((split !== 'all' && split !== sp) || (language && language !== lang)) continue;
    sets.push(
      loadSet(`${lang}-${sp}${part}`, join(goldDir, file), lang, sp, (a) => {
        if (a.source?.corpus === 'saudinewsnet') {
          const doc = readCorpusDay(CORPUS_DIR, a.source.file)[a.source.index];
          return doc
            ? { id: a.id, body: doc.content, title: doc.title, publishedAt: a.publishedAt, language: lang }
            : null;
        }
        const doc = en.get(a.id);
        return doc
          ? {
              id: a.id,
              body: doc.body,
              title: doc.title,
              publishedAt: a.publishedAt ?? doc.publishedAt,
              language: lang,
            }
          : null;
      }),
    );
  }
  const seedGold = join(SHARED, 'eval', 'dev', 'seed.gold.json');
  if ((split === 'all' || split === 'seed') && (!language || language === 'ar') && existsSync(seedGold)) {
    const seedDir = join(SHARED, 'seeds');
    const seedFile = readdirSync(seedDir).find((f) => f.endsWith('.txt'));
    sets.push(
      loadSet('ar-seed', seedGold, 'ar', 'seed', (a) =>
        seedFile
          ? {
              id: a.id,
              body: readFileSync(join(seedDir, seedFile), 'utf8'),
              publishedAt: '2016-12-05T12:00:00Z',
              language: 'ar',
            }
          : null,
      ),
    );
  }
  return sets;
}
