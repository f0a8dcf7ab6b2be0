// The founding article end to end with the real gazetteer and actor dictionary, scored by the shared scorer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleExtractor } from './rule-extractor';

const SHARED = join(__dirname, '..', '..', '..', '..', '..', 'shared');
const body = readFileSync(join(SHARED, 'seeds', 'syria-2016-aleppo-palmyra.ar.txt'), 'utf8');
const events = new RuleExtractor().extract({
  id: 'seed-syria-aleppo-palmyra',
  body,
  publishedAt: '2016-12-05T12:00:00Z',
});
const near = (lat: number, lon: number) => (e: (typeof events)[number]) =>
  !!e.location && Math.abs(e.location.lat - lat) < 0.2 && Math.abs(e.location.lon - lon) < 0.2;
const find = (type: string, where: ReturnType<typeof near> | null) =>
  events.filter((e) => e.type === type && (!where || where(e)));
const PALMYRA = near(34.556, 38.267);

describe('seed article', () => {
  it('yields the happenings an analyst expects', () => {
    expect(find('MOBILIZE', PALMYRA).some((e) => /Iran|Fatemiyoun/i.test(e.actor?.name ?? ''))).toBe(true);
    expect(find('RETREAT', PALMYRA).some((e) => e.actor?.country === 'SY')).toBe(true);
    expect(find('ASSAULT', near(33.5711, 36.4019)).map((e) => e.killed)).toContain(5);
    expect(find('ASSAULT', near(33.6881, 36.0972)).map((e) => e.killed)).toContain(1);
    expect(find('REJECT', null).some((e) => e.actor?.name === 'Russia')).toBe(true);
    const alBab = [...find('ASSAULT', near(36.3705, 37.5157)), ...find('COERCE', near(36.3705, 37.5157))];
    expect(alBab.some((e) => /Euphrates/i.test(e.actor?.name ?? ''))).toBe(true);
    const disarm = find('RETREAT', near(36.202, 37.134)).find((e) => e.mode === 'disarm');
    expect(disarm?.size).toBe(728);
    for (const e of events) expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });
  it('scores F1 >= 0.8 against the seed gold with the shared scorer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    const path = join(dir, 'events.ndjson');
    writeFileSync(path, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const res = spawnSync(
      process.execPath,
      [join(SHARED, 'eval', 'score.mjs'), join(SHARED, 'eval', 'dev', 'seed.gold.json'), path, '--json'],
      { encoding: 'utf8' },
    );
    const score = JSON.parse(res.stdout) as { f1: number; killed_accuracy: number };
    expect(score.f1).toBeGreaterThanOrEqual(0.8);
    expect(score.killed_accuracy).toBe(1);
  });
});
