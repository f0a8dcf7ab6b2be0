import { parseWatchRule, WatchRuleSchema } from './watch-rule.schema';

const issuesOf = (input: unknown) => {
  const result = parseWatchRule(input);
  if (result.success) throw new Error('expected the rule to be rejected');
  return result.issues;
};

describe('parseWatchRule', () => {
  it('accepts a full rule and applies defaults', () => {
    const result = parseWatchRule({
      name: 'Strikes near Palmyra',
      match: {
        types: ['ASSAULT'],
        modes: ['Aerial'],
        countries: ['sy'],
        near: { lat: 34.55, lon: 38.27, radiusKm: 50 },
        minKilled: 1,
        query: 'تدمر OR Palmyra',
      },
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.rule.enabled).toBe(true);
    expect(result.rule.throttle).toBeNull();
    expect(result.rule.match.includeNegated).toBe(false);
    expect(result.rule.match.countries).toEqual(['SY']);
    expect(result.rule.match.modes).toEqual(['aerial']);
  });

  it('names the allowed values for an unknown type, at the element path', () => {
    const issues = issuesOf({ name: 'x', match: { types: ['ASSAULT', 'ATTACK'] } });
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('match.types.1');
    expect(issues[0].message).toContain("unknown event type 'ATTACK'");
    expect(issues[0].message).toContain('ASSAULT');
    expect(issues[0].message).toContain('COERCE');
  });

  it('rejects coordinates out of range and a non-positive radius', () => {
    const issues = issuesOf({ name: 'x', match: { near: { lat: 95, lon: -200, radiusKm: 0 } } });
    expect(issues.map((i) => i.path).sort()).toEqual(['match.near.lat', 'match.near.lon', 'match.near.radiusKm']);
    expect(issues.find((i) => i.path === 'match.near.lat')?.message).toMatch(/between -90 and 90/);
  });

  it('says where a query fails to parse', () => {
    const issues = issuesOf({ name: 'x', match: { query: 'Palmyra AND (Homs OR' } });
    expect(issues[0].path).toBe('match.query');
    expect(issues[0].message).toMatch(/query does not parse: expected a term after 'OR' at position 18/);
  });

  it('rejects bad countries, empty lists, unknown keys and a bad throttle', () => {
    const issues = issuesOf({
      name: '  ',
      match: { countries: ['Syria'], actors: [], typo: true },
      throttle: { maxAlerts: 0, perSeconds: 60 },
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['name', 'match.countries.0', 'match.actors', 'match', 'throttle.maxAlerts']),
    );
    expect(issues.find((i) => i.path === 'match.countries.0')?.message).toMatch(/ISO 3166-1 alpha-2/);
    expect(issues.find((i) => i.path === 'match.actors')?.message).toMatch(/omit the field/);
    expect(issues.find((i) => i.path === 'match')?.message).toMatch(/typo/);
  });

  it('rejects minConfidence above 1 and fractional minKilled', () => {
    const issues = issuesOf({ name: 'x', match: { minConfidence: 1.5, minKilled: 2.5 } });
    expect(issues.map((i) => i.path).sort()).toEqual(['match.minConfidence', 'match.minKilled']);
  });

  it('exposes the zod schema for composition', () => {
    expect(
      WatchRuleSchema.safeParse({ name: 'x', match: {}, throttle: { maxAlerts: 5, perSeconds: 3600 } }).success,
    ).toBe(true);
  });
});
