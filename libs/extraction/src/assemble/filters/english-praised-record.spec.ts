// An act told as the grounds of someone's standing ("praised for easing", "credited with ending") is part of their
// record, not a reported happening (english-praised-record.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => all.explain({ id: 't', body, language: 'en' }).map((e) => e.event.type);

describe('English acts that ground a standing', () => {
  it('reads no concession in "was praised for easing restrictions"', () => {
    expect(types('The president was at first praised for easing restrictions on the press.')).not.toContain('CONCEDE');
  });

  it('still reads the act when it is reported', () => {
    expect(types('The government eased restrictions on the press on Monday.')).toContain('CONCEDE');
  });
});
