// The TypeScript matching rule (score-match.ts) against ../shared/eval/score.mjs on a small fixture: same
// tp/fp/fn/neutral per article, including greedy order, optional gold, country-only gold and missing places.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './gold-sets';
import { labelCandidate, scoreArticle, type GoldArticle, type PredictedLike } from './score-match';

const ALEPPO = { name: 'Aleppo', lat: 36.2, lon: 37.13, radius_km: 25 };
const gold: GoldArticle[] = [
  {
    id: 'a1',
    events: [
      { type: ['ASSAULT'], location: ALEPPO },
      { type: ['ASSAULT', 'COERCE'], location: { country: 'SY' } },
      { type: ['ACCUSE'] },
      { type: ['PROTEST'], location: { name: 'Cairo', lat: 30.04, lon: 31.24, radius_km: 25 }, optional: true },
    ],
  },
  { id: 'a2', events: [{ type: ['AGREE'], location: { lat: 24.7, lon: 46.7 } }] },
  { id: 'a3', events: [] },
];
const at = (lat: number, lon: number, country: string) => ({ lat, lon, country });
const preds: (PredictedLike & { articleId: string })[] = [
  { articleId: 'a1', type: 'ASSAULT', location: at(36.21, 37.15, 'SY') }, // tp (Aleppo)
  { articleId: 'a1', type: 'assault', location: at(36.2, 37.13, 'SY') }, // country gold takes it: tp
  { articleId: 'a1', type: 'ASSAULT', location: at(33.5, 36.3, 'SY') }, // repeats the matched country gold: neutral
  { articleId: 'a1', type: 'ACCUSE', location: null }, // tp
  { articleId: 'a1', type: 'PROTEST', location: at(30.05, 31.25, 'EG') }, // taken by the optional gold: not counted
  { articleId: 'a1', type: 'COERCE', location: at(15.35, 44.2, 'YE') }, // fp
  { articleId: 'a2', type: 'AGREE', location: at(25.0, 46.9, 'SA') }, // within default 40 km: tp
  { articleId: 'a2', type: 'AGREE', location: null }, // no place for a placed gold: fp
  { articleId: 'a3', type: 'REQUEST', location: null }, // fp
  { articleId: 'zz', type: 'REQUEST', location: null }, // unknown article: ignored by both
];

describe('score-match', () => {
  it('counts exactly as score.mjs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-match-'));
    try {
      writeFileSync(join(dir, 'gold.json'), JSON.stringify({ articles: gold }));
      writeFileSync(join(dir, 'events.ndjson'), preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
      const res = spawnSync(
        process.execPath,
        [join(SHARED, 'eval', 'score.mjs'), join(dir, 'gold.json'), join(dir, 'events.ndjson'), '--json'],
        { encoding: 'utf8' },
      );
      expect(res.status).toBe(0);
      const js = JSON.parse(res.stdout) as {
        tp: number;
        fp: number;
        fn: number;
        neutral: number;
        perArticle: { id: string; tp: number; fn: number; fp: number }[];
      };
      let total = { tp: 0, fp: 0, fn: 0, neutral: 0 };
      for (const a of gold) {
        const c = scoreArticle(
          a.events,
          preds.filter((p) => p.articleId === a.id),
        );
        const theirs = js.perArticle.find((r) => r.id === a.id)!;
        expect({ id: a.id, tp: c.tp, fn: c.fn, fp: c.fp }).toEqual(theirs);
        total = { tp: total.tp + c.tp, fp: total.fp + c.fp, fn: total.fn + c.fn, neutral: total.neutral + c.neutral };
      }
      expect(total).toEqual({ tp: js.tp, fp: js.fp, fn: js.fn, neutral: js.neutral });
      expect(total).toEqual({ tp: 4, fp: 3, fn: 0, neutral: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('labels candidates: required match 1, optional only null, nothing 0', () => {
    const events = gold[0].events;
    expect(labelCandidate(events, preds[0])).toBe(1);
    expect(labelCandidate(events, preds[2])).toBe(1);
    expect(labelCandidate(events, preds[4])).toBeNull();
    expect(labelCandidate(events, preds[5])).toBe(0);
  });
});
