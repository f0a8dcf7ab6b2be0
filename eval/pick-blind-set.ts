// Usage: npm run -s eval:pick -- SEED [--ignore GOLD.json]...
// Picks the 20 SaudiNewsNet articles of a blind Arabic gold set (ar-trainN) reproducibly from a seed, by the rule
// spelled out in eval/gold/ar-train41.json's _comment, and prints them as "file index rich|random". --ignore leaves
// a gold file out of the exclusions, to replay the seed of a set picked before that file existed; give it once for
// the set itself and once for every set picked after it (`npm run -s eval:pick -- 41 --ignore ar-train41.json
// --ignore ar-train42.json --ignore ar-train43.json` prints ar-train41's picks).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { developmentDays, readCorpusDay } from './corpus-reader';
import { CORPUS_DIR, REPO_ROOT } from './gold-sets';

export const EVENT_RICH_COUNT = 12;
export const RANDOM_COUNT = 8;
const MAX_CHARS = 6000;
const MIN_CHARS = 150;

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates, i from the end, j = floor(rng * (i + 1)); a copy, the input is left alone. */
export function shuffle<T>(xs: readonly T[], rng: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Alef forms to ا, ى to ي, ة to ه; diacritics and tatweel dropped. */
export const foldArabic = (s: string): string =>
  s
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u064B-\u0652\u0640]/g, '');

const EVENT_WORDS =
  'قتل غارة اشتباك هجوم اعتقال قصف انفجار اجتماع زيارة اتفاق تظاهرة انسحاب اتهم طالب رفض حذر دعم مساعدات'
    .split(' ')
    .map(foldArabic);
const LETTER = '\\u0621-\\u064A';
const PREFIX = '[وف]?(?:[بلك]|ال|بال|لل|كال|س?[يتن])?';
const SUFFIX = '(?:ه|ها|هم|هما|هن|ك|كم|نا|ي|ا|ات|ان|ين|ون|وا|ت|تم|ته|تها|تهم|وه|وها|وهم|يه|يها|يهم|اته|اتها|اتهم)?';

/** A whole run of Arabic letters: prefix, the word (a final ه may be ات or ت instead), suffix. */
function eventWordPattern(word: string): RegExp {
  const stem = word.endsWith('ه') ? `${word.slice(0, -1)}(?:ه|ات|ت)` : word;
  return new RegExp(`(?:^|[^${LETTER}])${PREFIX}${stem}${SUFFIX}(?=$|[^${LETTER}])`);
}
const EVENT_PATTERNS = EVENT_WORDS.map(eventWordPattern);

/** Title and content together hold at least 3 different event words. */
export function isEventRich(title: string, content: string): boolean {
  const text = foldArabic(`${title} ${content}`);
  return EVENT_PATTERNS.filter((re) => re.test(text)).length >= 3;
}

export interface CorpusDay {
  file: string;
  articles: { title?: string; content?: string }[];
}
export interface Pick {
  file: string;
  index: number;
  rich: boolean;
}
export interface BlindPick {
  eligible: number;
  eventRich: number;
  picks: Pick[];
}

/**
 * Days in date order, articles in index order: drops the (file, index) keys already in gold, content over 6,000
 * or under 150 chars, and repeated content (gold contents count as seen first). Then one PRNG stream: each day's
 * event-rich list shuffled (days in order) and taken round-robin by day for 12, then 8 from a shuffle of the rest.
 */
export function pickBlindSet(
  seed: number,
  days: CorpusDay[],
  goldKeys: Set<string>,
  goldContents: Set<string>,
): BlindPick {
  const rng = mulberry32(seed);
  const seen = new Set(goldContents);
  const eligible: Pick[] = [];
  for (const { file, articles } of days)
    articles.forEach((doc, index) => {
      const content = doc.content ?? '';
      if (goldKeys.has(`${file}#${index}`) || content.length > MAX_CHARS || content.length < MIN_CHARS) return;
      if (seen.has(content)) return;
      seen.add(content);
      eligible.push({ file, index, rich: isEventRich(doc.title ?? '', content) });
    });
  const perDay = days.map(({ file }) =>
    shuffle(
      eligible.filter((e) => e.rich && e.file === file),
      rng,
    ),
  );
  const picks: Pick[] = [];
  const longest = Math.max(0, ...perDay.map((list) => list.length));
  for (let pass = 0; pass < longest && picks.length < EVENT_RICH_COUNT; pass++)
    for (const list of perDay) if (picks.length < EVENT_RICH_COUNT && list[pass]) picks.push(list[pass]);
  const chosen = new Set(picks);
  const rest = shuffle(
    eligible.filter((e) => !chosen.has(e)),
    rng,
  );
  picks.push(...rest.slice(0, RANDOM_COUNT));
  return { eligible: eligible.length, eventRich: eligible.filter((e) => e.rich).length, picks };
}

/** The (file, index) keys and contents of every SaudiNewsNet article in eval/gold/, but the ignored files'. */
function goldArticles(ignore: readonly string[]): { keys: Set<string>; contents: Set<string> } {
  const goldDir = join(REPO_ROOT, 'eval', 'gold');
  const keys = new Set<string>();
  const contents = new Set<string>();
  for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.json') && !ignore.includes(f))) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as {
      articles: { source?: { corpus: string; file: string; index: number } }[];
    };
    for (const { source } of gold.articles) {
      if (source?.corpus !== 'saudinewsnet') continue;
      keys.add(`${source.file}#${source.index}`);
      contents.add(readCorpusDay(CORPUS_DIR, source.file)[source.index].content);
    }
  }
  return { keys, contents };
}

function main(): void {
  const args = process.argv.slice(2);
  const seed = Number(args[0]);
  const ignored = args.flatMap((a, i) => (a === '--ignore' ? [args[i + 1]] : []));
  if (!args[0] || !Number.isInteger(seed) || ignored.some((f) => !f))
    throw new Error('usage: npm run -s eval:pick -- SEED [--ignore GOLD.json]...');
  const { keys, contents } = goldArticles(ignored);
  const days = developmentDays(readdirSync(CORPUS_DIR)).map((file) => ({
    file,
    articles: readCorpusDay(CORPUS_DIR, file),
  }));
  const { eligible, eventRich, picks } = pickBlindSet(seed, days, keys, contents);
  console.log(`eligible ${eligible}, event-rich ${eventRich}`);
  for (const p of picks) console.log(p.file, p.index, p.rich ? 'rich' : 'random');
}

if (require.main === module) main();
