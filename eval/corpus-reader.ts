// Reads SaudiNewsNet day files (a zip holding one JSON array) once each, by spawning `unzip -p`. Held-out days
// are refused so that development never looks at the evaluation data.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

export interface CorpusArticle {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export const HELD_OUT_DAYS = new Set(['2015-08-09.zip', '2015-08-10.zip', '2015-08-11.zip']);

const cache = new Map<string, CorpusArticle[]>();

export function readCorpusDay(corpusDir: string, file: string): CorpusArticle[] {
  const name = basename(file);
  if (HELD_OUT_DAYS.has(name) || corpusDir.includes('heldout')) throw new Error(`${name} is held-out evaluation data`);
  let day = cache.get(name);
  if (!day) {
    const res = spawnSync('unzip', ['-p', join(corpusDir, name)], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`unzip -p ${name} failed: ${res.stderr || res.error?.message}`);
    day = JSON.parse(res.stdout) as CorpusArticle[];
    cache.set(name, day);
  }
  return day;
}

/** The non-held-out day files of the corpus, in date order. */
export function developmentDays(files: string[]): string[] {
  return files.filter((f) => f.endsWith('.zip') && !HELD_OUT_DAYS.has(f)).sort();
}
