// Property-style check with a fixed seed: the bucketed index must return exactly what brute force does.
import { PLOVER_TYPES, type ExtractedEventMessage, type PloverType } from '@marsad/contracts';
import { WatchRuleSchema, type StoredWatchRule } from '../schema/watch-rule.schema';
import { actor, makeEventMessage } from '../testing/make-event-message';
import { compileRule } from './compile-rule';
import { RuleIndex } from './rule-index';

/** mulberry32: tiny deterministic PRNG so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20150809);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number) => random() < p;
const some = <T>(items: readonly T[], max: number): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items))),
];

const TYPES: readonly PloverType[] = PLOVER_TYPES.slice(0, 6).concat(['ASSAULT', 'PROTEST']);
const PLACES = [
  { name: 'Palmyra', country: 'SY', lat: 34.55, lon: 38.27 },
  { name: 'حلب', country: 'SY', lat: 36.2, lon: 37.15 },
  { name: 'Mosul', country: 'IQ', lat: 36.34, lon: 43.13 },
  { name: 'بيروت', country: 'LB', lat: 33.89, lon: 35.5 },
  { name: 'Sanaa', country: 'YE', lat: 15.35, lon: 44.21 },
];
const ACTORS = [
  actor('Syrian Arab Army', 'SYR-MIL'),
  actor('الدولة الإسلامية', 'ISIL'),
  actor('Hezbollah', 'HEZ'),
  actor('protesters', null),
];
const TEXTS = [
  'Air strikes hit Palmyra',
  'اشتباكات عنيفة بمدينة تدمر',
  'Protesters gathered in Beirut',
  'قصف على الموصل',
  'talks in Sanaa resumed',
];
const QUERIES = ['palmyra', 'تدمر', 'strikes OR قصف', 'NOT talks', '"air strikes"', 'protest*', 'بيروت OR beirut'];

function randomRule(i: number): StoredWatchRule {
  const match: Record<string, unknown> = {};
  if (chance(0.6)) match.types = some(TYPES, 2);
  if (chance(0.5)) match.countries = some(['SY', 'IQ', 'LB', 'YE'], 2);
  if (chance(0.15)) {
    const place = pick(PLACES);
    match.near = { lat: place.lat + random() - 0.5, lon: place.lon + random() - 0.5, radiusKm: 10 + random() * 200 };
  }
  if (chance(0.2)) match.minKilled = Math.floor(random() * 6);
  if (chance(0.1)) match.minInjured = Math.floor(random() * 6);
  if (chance(0.15)) match.actors = some(['syr-mil', 'ISIL', 'Hezbollah', 'Arab Army'], 2);
  if (chance(0.25)) match.query = pick(QUERIES);
  if (chance(0.2)) match.includeNegated = true;
  if (chance(0.1)) match.languages = [pick(['ar', 'en'])];
  const rule = WatchRuleSchema.parse({ name: `rule ${i}`, enabled: !chance(0.1), match });
  return { ...rule, id: `rule-${String(i).padStart(4, '0')}`, tenantId: chance(0.9) ? 't1' : 't2' };
}

function randomEvent(i: number): ExtractedEventMessage {
  const place = chance(0.85) ? pick(PLACES) : null;
  return makeEventMessage(
    {
      id: `ev-${i}`,
      type: pick(TYPES),
      actor: chance(0.8) ? pick(ACTORS) : null,
      location: place,
      killed: chance(0.6) ? Math.floor(random() * 8) : null,
      injured: chance(0.5) ? Math.floor(random() * 8) : null,
      negated: chance(0.15),
      language: pick(['ar', 'en']),
      evidence: { text: pick(TEXTS), start: 0, end: 10 },
    },
    { tenantId: chance(0.9) ? 't1' : 't2' },
  );
}

describe('RuleIndex against brute force', () => {
  const rules = Array.from({ length: 1000 }, (_, i) => randomRule(i));
  const events = Array.from({ length: 400 }, (_, i) => randomEvent(i));
  const compiled = rules.map(compileRule);

  it('returns the same rules for every random event', () => {
    const index = new RuleIndex(rules);
    let total = 0;
    for (const message of events) {
      const expected = compiled
        .filter((c) => c.rule.enabled && c.rule.tenantId === message.tenantId && c.test(message))
        .map((c) => c.rule.id)
        .sort();
      const actual = index.match(message).map((m) => m.ruleId);
      expect(actual).toEqual(expected);
      total += actual.length;
    }
    // Guard against a vacuous pass: the generated data must actually produce matches.
    expect(total).toBeGreaterThan(events.length);
  });

  it('still agrees after removing and re-adding a third of the rules', () => {
    const index = new RuleIndex(rules);
    const removed = rules.filter((_, i) => i % 3 === 0);
    for (const rule of removed) index.remove(rule.id);
    for (const rule of removed.slice(0, 100)) index.upsert(rule);
    const present = new Set(
      rules
        .filter((_, i) => i % 3 !== 0)
        .map((r) => r.id)
        .concat(removed.slice(0, 100).map((r) => r.id)),
    );
    for (const message of events.slice(0, 100)) {
      const expected = compiled
        .filter(
          (c) => present.has(c.rule.id) && c.rule.enabled && c.rule.tenantId === message.tenantId && c.test(message),
        )
        .map((c) => c.rule.id)
        .sort();
      expect(index.match(message).map((m) => m.ruleId)).toEqual(expected);
    }
  });
});
