import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GoldSet } from './gold-sets';
import { scorePooled } from './run-eval';

describe('scorePooled', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pool-spec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const gold = (name: string, articles: unknown[]): GoldSet => {
    const goldPath = join(dir, `${name}.json`);
    writeFileSync(goldPath, JSON.stringify({ articles }));
    return { name, language: 'en', split: 'dev', goldPath, articles: [], goldEvents: 0, missing: [] };
  };
  const at = { lat: 36.2, lon: 37.16, radius_km: 25 };
  const event = (articleId: string, type: string, killed?: number) =>
    JSON.stringify({ articleId, type, location: { lat: 36.2, lon: 37.16, country: 'SY' }, killed: killed ?? null });

  it('scores a split as one file: counts add up across sets, F1 comes from the pooled counts', () => {
    const a = gold('a', [{ id: 'a1', events: [{ type: ['ASSAULT'], location: at, killed: [5] }] }]);
    const b = gold('b', [
      {
        id: 'b1',
        events: [
          { type: ['PROTEST'], location: at },
          { type: ['COERCE'], location: at },
        ],
      },
      { id: 'b2', events: [] },
    ]);
    const pooled = scorePooled(
      'en dev (2)',
      [a, b],
      [[event('a1', 'ASSAULT', 4)], [event('b1', 'PROTEST'), event('b2', 'ASSAULT')]],
    );
    expect(pooled).toMatchObject({ name: 'en dev (2)', gold_events: 3, predicted: 3, precision: 0.667, recall: 0.667 });
    expect(pooled.f1).toBeCloseTo(0.667, 3);
    expect(pooled.killed_accuracy).toBe(0); // 4 killed where the gold says 5
  });
});
