// The idafa of an attack masdar names who attacked: "مقتل 9 أشخاص في قصف القوات الحكومية العراقية" is shelling by the
// Iraqi forces, never a killing of them.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => ({ actor: e.actor?.id ?? null, target: e.target?.id ?? null, killed: e.killed }));

describe('the attacker in an attack masdar after a death', () => {
  it('is the actor of the one happening, not its target', () => {
    expect(assaults('مقتل 9 أشخاص في قصف القوات الحكومية العراقية على الفلوجة.')).toEqual([
      { actor: 'mil:IQ', target: null, killed: 9 },
    ]);
  });
});
