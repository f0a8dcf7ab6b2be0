// A condemnation worded as a description ("described the raid as a massacre", "in what X described as a further
// escalation") is an accusation (wire-verbal.patterns.ts); a neutral description is not.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const drafts = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES);

describe('English condemnations worded as descriptions', () => {
  it.each([
    ['The movement described the raid as a "brutal massacre" on Sunday.', /movement|^-$/],
    [
      'Officials hanged two men on Monday, in what Amnesty International today described as a further escalation.',
      /Amnesty/,
    ],
  ])('reads %j as ACCUSE', (text, actor) => {
    const accuse = drafts(text).find((d) => d.type === 'ACCUSE');
    expect(accuse).toBeDefined();
    expect(accuse?.actor?.name ?? '-').toMatch(actor);
  });

  it('leaves a neutral description alone', () => {
    const found = drafts('The minister described the talks as frank and constructive.').map((d) => d.type);
    expect(found).not.toContain('ACCUSE');
  });
});
