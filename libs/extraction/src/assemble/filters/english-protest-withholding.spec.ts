// English triggers that are no separate statement: a protest's own demand and a deny/refuse verb that withholds
// passage or deprives someone of something, checked through the whole extractor.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'en' }).map((e) => e.type);

describe('English protest demands', () => {
  it('reads "marched ... demanding that" as the protest, not a separate request', () => {
    const out = types(
      'On Friday, hundreds of people marched through Kano demanding that the authorities do more to stop the killings.',
    );
    expect(out).toContain('PROTEST');
    expect(out).not.toContain('REQUEST');
  });
  it('reads "blocked the road ..., demanding" as no request', () => {
    const out = types(
      'Residents blocked the main road in Kano with burning tires on Thursday, demanding that the government act.',
    );
    expect(out).not.toContain('REQUEST');
  });
  it('still reads an official demanding something as a request', () => {
    expect(
      types('The foreign minister issued a statement on Monday demanding the immediate release of the hostages.'),
    ).toContain('REQUEST');
  });
});

describe('English withholding, not denial', () => {
  it('does not read "were denied passage" as a rejection', () => {
    expect(types('Drivers report that they were denied passage at the checkpoint.')).not.toContain('REJECT');
  });
  it('does not read "denies the terrorists the gaps" as a rejection', () => {
    expect(
      types('This is the kind of cooperation that denies the terrorists the gaps they have exploited for years.'),
    ).not.toContain('REJECT');
  });
  it('still reads "denied any involvement, saying ..." as a rejection', () => {
    expect(types('The group later denied any involvement, saying its account had been hacked.')).toContain('REJECT');
  });
  it('still reads "denied the reports" as a rejection', () => {
    expect(types('The ministry denied the reports on Tuesday.')).toContain('REJECT');
  });
});
