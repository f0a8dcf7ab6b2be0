import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asPredictions, nearestCountry } from './agreement';
import { runScorer } from './run-eval';

const annotation = {
  articles: [
    {
      id: 'x1',
      events: [
        {
          type: ['ASSAULT', 'COERCE'],
          location: { lat: 36.2, lon: 37.16, radius_km: 25 },
          actor: ['ISIS', 'داعش'],
          killed: [5, 7],
        },
        { type: ['REQUEST'], location: { country: 'YE' }, optional: true },
      ],
    },
  ],
};

describe('eval:agreement', () => {
  const countryOf = nearestCountry();
  it('turns required events into predictions: first type, point with its country, first actor and figure', () => {
    expect(countryOf(36.2, 37.16)).toBe('SY');
    const [p, ...rest] = asPredictions(annotation, countryOf).map((l) => JSON.parse(l));
    expect(rest).toEqual([]);
    expect(p).toEqual({
      articleId: 'x1',
      type: 'ASSAULT',
      location: { lat: 36.2, lon: 37.16, country: 'SY' },
      actor: { name: 'ISIS', aliases: ['ISIS', 'داعش'] },
      killed: 5,
    });
    expect(asPredictions(annotation, countryOf, true)).toHaveLength(2);
  });
  it('finds an annotation in full agreement with itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agree-spec-'));
    try {
      const gold = join(dir, 'gold.json');
      writeFileSync(gold, JSON.stringify(annotation));
      const r = runScorer('self', gold, asPredictions(annotation, countryOf));
      expect(r).toMatchObject({ precision: 1, recall: 1, f1: 1, killed_accuracy: 1, actor_accuracy: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
