// "في غارة جوية لطيران التحالف": the owner after an attack masdar and its adjective attacked; it is not the target.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });

describe('attacker after an attack masdar and its adjective', () => {
  it('does not make the air force of the strike its target', () => {
    const events = ex
      .extract({
        id: 't',
        body: 'أما في مديرية باب المندب، غرب اليمن، فلقي 22 متمردا مصرعهم في غارة جوية لطيران التحالف على قيادة اللواء 17.',
        language: 'ar',
        publishedAt: '2015-07-25T10:00:00Z',
      })
      .filter((e) => e.type === 'ASSAULT');
    expect(events.map((e) => e.target?.name ?? null)).not.toContain('Saudi-led coalition');
    expect(events.map((e) => e.actor?.name ?? null)).toContain('Saudi-led coalition');
  });
});
