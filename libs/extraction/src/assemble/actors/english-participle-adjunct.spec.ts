// A comma-led present participle adds to the clause before it: its doer is that clause's opening subject, however
// far back (english-participle-adjunct.ts), and a hyphened participle ("army-backed") belongs to that subject
// (english-first-verb.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('English participle adjuncts', () => {
  it('gives ", easing a restriction" the subject that opens the lead, past its dateline', () => {
    expect(
      actorOf(
        "PORT SUDAN, Sudan, May 15 (AFP) - Sudan's army-backed government said on Thursday it would keep the Adre border crossing with Chad open to humanitarian convoys for another three months, easing a restriction aid agencies say has choked relief to famine-hit Darfur.",
        'CONCEDE',
      ),
    ).toBe("Sudan's army-backed government");
  });
  it('does not make the speaker of a reported attack its doer', () => {
    expect(
      actorOf(
        'Police said gunmen attacked the village on Sunday night after a dispute over grazing land in the area, killing 12 people.',
        'ASSAULT',
      ),
    ).toBe('gunmen');
  });
});

describe('a participle after a reporting verb', () => {
  it('gives ", the JCS said, condemning" the speaker', () => {
    expect(
      actorOf('The missile flew about 400 km, the JCS said, condemning the launch as a clear provocation.', 'ACCUSE'),
    ).toBe('JCS');
  });
});
