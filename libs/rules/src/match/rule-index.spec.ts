import type { ExtractedEventMessage } from '@marsad/contracts';
import { WatchRuleSchema, type StoredWatchRule, type WatchRuleInput } from '../schema/watch-rule.schema';
import { actor, makeEventMessage } from '../testing/make-event-message';
import { RuleIndex } from './rule-index';

let nextId = 0;
function storedRule(
  match: WatchRuleInput['match'],
  extra: Partial<WatchRuleInput> & { id?: string; tenantId?: string } = {},
): StoredWatchRule {
  const { id, tenantId, ...rest } = extra;
  nextId += 1;
  return {
    ...WatchRuleSchema.parse({ name: 'rule', match, ...rest }),
    id: id ?? `r${String(nextId).padStart(4, '0')}`,
    tenantId: tenantId ?? 'default',
  };
}

const ids = (index: RuleIndex, message: ExtractedEventMessage) => index.match(message).map((m) => m.ruleId);

describe('RuleIndex', () => {
  const palmyraStrike = makeEventMessage();

  it('matches by type and country, including rules that leave them open', () => {
    const index = new RuleIndex([
      storedRule({ types: ['ASSAULT'], countries: ['SY'] }, { id: 'a' }),
      storedRule({ types: ['ASSAULT'] }, { id: 'b' }),
      storedRule({ countries: ['SY'] }, { id: 'c' }),
      storedRule({}, { id: 'd' }),
      storedRule({ types: ['PROTEST'] }, { id: 'e' }),
      storedRule({ countries: ['IQ'] }, { id: 'f' }),
      storedRule({ types: ['PROTEST', 'ASSAULT'], countries: ['IQ', 'SY'] }, { id: 'g' }),
    ]);
    expect(ids(index, palmyraStrike)).toEqual(['a', 'b', 'c', 'd', 'g']);
    const noLocation = makeEventMessage({ location: null });
    expect(ids(index, noLocation)).toEqual(['b', 'd']);
  });

  it('applies near (haversine km), minKilled, minInjured and minConfidence', () => {
    const index = new RuleIndex([
      storedRule({ near: { lat: 34.8, lon: 38.5, radiusKm: 50 } }, { id: 'near-50' }), // ~35 km from Palmyra
      storedRule({ near: { lat: 34.8, lon: 38.5, radiusKm: 20 } }, { id: 'near-20' }),
      storedRule({ near: { lat: 36.2, lon: 37.15, radiusKm: 100 } }, { id: 'aleppo' }), // ~210 km away
      storedRule({ minKilled: 3 }, { id: 'killed-3' }),
      storedRule({ minKilled: 4 }, { id: 'killed-4' }),
      storedRule({ minInjured: 11 }, { id: 'injured-11' }),
      storedRule({ minConfidence: 0.95 }, { id: 'confident' }),
    ]);
    expect(ids(index, palmyraStrike)).toEqual(['killed-3', 'near-50']);
    expect(ids(index, makeEventMessage({ killed: null, location: null }))).toEqual([]);
  });

  it('matches actors by id or by name words, and targets separately', () => {
    const index = new RuleIndex([
      storedRule({ actors: ['syr-mil'] }, { id: 'by-id' }),
      storedRule({ actors: ['Arab Army'] }, { id: 'by-name' }),
      storedRule({ actors: ['Army of Islam'] }, { id: 'other' }),
      storedRule({ targets: ['Civilians'] }, { id: 'target' }),
      storedRule({ actors: ['civilians'] }, { id: 'target-as-actor' }),
    ]);
    expect(ids(index, palmyraStrike)).toEqual(['by-id', 'by-name', 'target']);
    const arabic = makeEventMessage({ actor: actor('تنظيم الدولة الإسلامية', null), target: null });
    const isRule = storedRule({ actors: ['الدولة الاسلامية'] }, { id: 'is' });
    index.upsert(isRule);
    expect(ids(index, arabic)).toEqual(['is']);
  });

  it('excludes negated events unless the rule asks for them', () => {
    const index = new RuleIndex([
      storedRule({}, { id: 'plain' }),
      storedRule({ includeNegated: true }, { id: 'incl' }),
    ]);
    expect(ids(index, makeEventMessage({ negated: true }))).toEqual(['incl']);
    expect(ids(index, palmyraStrike)).toEqual(['incl', 'plain']);
  });

  it('excludes disabled rules and follows upsert and remove', () => {
    const index = new RuleIndex([storedRule({ types: ['ASSAULT'] }, { id: 'x', enabled: false })]);
    expect(ids(index, palmyraStrike)).toEqual([]);
    expect(index.size).toBe(1);
    index.upsert(storedRule({ types: ['ASSAULT'] }, { id: 'x' }));
    expect(ids(index, palmyraStrike)).toEqual(['x']);
    index.upsert(storedRule({ types: ['PROTEST'] }, { id: 'x' }));
    expect(ids(index, palmyraStrike)).toEqual([]);
    index.upsert(storedRule({ countries: ['SY'] }, { id: 'x' }));
    expect(ids(index, palmyraStrike)).toEqual(['x']);
    expect(index.remove('x')).toBe(true);
    expect(index.remove('x')).toBe(false);
    expect(ids(index, palmyraStrike)).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('keeps tenants apart', () => {
    const index = new RuleIndex([
      storedRule({}, { id: 'mine', tenantId: 't1' }),
      storedRule({}, { id: 'theirs', tenantId: 't2' }),
    ]);
    expect(ids(index, makeEventMessage({}, { tenantId: 't1' }))).toEqual(['mine']);
  });

  it('applies languages, sources, modes and the keyword query (with the article title)', () => {
    const index = new RuleIndex([
      storedRule({ languages: ['en'] }, { id: 'lang-en' }),
      storedRule({ languages: ['ar'] }, { id: 'lang-ar' }),
      storedRule({ sources: ['sana'] }, { id: 'src' }),
      storedRule({ modes: ['AERIAL'] }, { id: 'mode' }),
      storedRule({ query: 'palmyra AND "air strikes"' }, { id: 'query' }),
      storedRule({ query: 'ruins' }, { id: 'title-query' }),
    ]);
    expect(ids(index, palmyraStrike)).toEqual(['lang-en', 'mode', 'query', 'src']);
    expect(index.match(palmyraStrike, { articleTitle: 'Ruins under fire' }).map((m) => m.ruleId)).toContain(
      'title-query',
    );
  });

  it('finds an Arabic event by an Arabic query with clitics', () => {
    const index = new RuleIndex([storedRule({ query: 'تدمر AND (قصف OR غارات)' }, { id: 'ar' })]);
    const event = makeEventMessage({
      language: 'ar',
      evidence: { text: 'شنت الطائرات غارات على مواقع قرب مدينة لتدمر', start: 0, end: 40 },
      location: { name: 'تدمر', country: 'SY', lat: 34.55, lon: 38.27 },
    });
    expect(ids(index, event)).toEqual(['ar']);
  });

  it('rejects a rule whose query does not compile and keeps the previous version', () => {
    const index = new RuleIndex([storedRule({ query: 'palmyra' }, { id: 'q' })]);
    const broken = { ...storedRule({}, { id: 'q' }), match: { includeNegated: false, query: 'palmyra OR' } };
    expect(() => index.upsert(broken)).toThrow(/expected a term after 'OR'/);
    expect(ids(index, palmyraStrike)).toEqual(['q']);
  });
});
