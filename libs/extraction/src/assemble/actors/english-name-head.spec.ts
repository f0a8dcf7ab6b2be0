// A group's name before a generic head ("M23 rebels", "ELN rebels") is the actor; a bare "rebels" is the Syrian
// opposition only in Syrian stories.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('English group names before generic heads', () => {
  it('gives "M23 rebels" and "ELN rebels" their group', () => {
    expect(
      actorOf('GOMA (Reuters) - M23 rebels attacked army positions near the town of Sake on Monday.', 'ASSAULT'),
    ).toBe('M23');
    expect(
      actorOf('BOGOTA (Reuters) - ELN rebels attacked a military base near the town of Tame on Monday.', 'ASSAULT'),
    ).toBe('National Liberation Army (ELN)');
  });
  it('keeps Syrian rebels the Syrian opposition and reads bare rebels elsewhere as no Syrian group', () => {
    expect(
      actorOf('ALEPPO (Reuters) - Syrian rebels shelled government-held districts of Aleppo on Monday.', 'ASSAULT'),
    ).toBe('Syrian opposition');
    expect(
      actorOf(
        'BANGUI (Reuters) - Rebels attacked a U.N. base in the town of Bambari on Tuesday, killing one peacekeeper.',
        'ASSAULT',
      ),
    ).not.toBe('Syrian opposition');
  });
  it('reads a single missile fired at a city as an attack by the group', () => {
    expect(
      actorOf(
        'SANAA (Reuters) - Houthi rebels fired a ballistic missile at the Saudi city of Jazan on Monday.',
        'ASSAULT',
      ),
    ).toBe('Houthis');
  });
});
