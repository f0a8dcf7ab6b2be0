// Three English phrasings the lexicon missed: an expulsion of envoys ordered by its noun (SANCTION), a diplomatic
// protest lodged with a government (ACCUSE, not a crowd's PROTEST) and one exercise named by its kind (MOBILIZE).
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English expulsions, lodged protests and named exercises', () => {
  it.each([
    "Venezuela's government on Monday ordered the expulsion of diplomatic staff from Argentina, Chile and Peru.",
    'The junta announced the expulsion of the French ambassador on Tuesday.',
  ])('reads %j as SANCTION', (text) => {
    expect(types(text)).toContain('SANCTION');
  });

  it('leaves the bare noun that points back to an expulsion alone', () => {
    expect(types("Argentina's foreign ministry condemned the expulsion of its diplomats.")).not.toContain('SANCTION');
  });

  it.each([
    'Tokyo said on Tuesday it had lodged a protest with Pyongyang through diplomatic channels in Beijing.',
    'The Foreign Office said on Monday it had lodged a strong protest with the embassy in Islamabad.',
  ])('reads %j as ACCUSE, not PROTEST', (text) => {
    const found = types(text);
    expect(found).toContain('ACCUSE');
    expect(found).not.toContain('PROTEST');
  });

  it.each([
    'The United States, South Korea and Japan staged a joint air exercise on Sunday involving a B-1B bomber.',
    'Poland began a large-scale military exercise near its border with Belarus on Wednesday.',
    "China's military launched large-scale air and naval exercises around Taiwan on Friday.",
  ])('reads %j as MOBILIZE', (text) => {
    expect(types(text)).toContain('MOBILIZE');
  });

  it('leaves the verb "to exercise" alone', () => {
    expect(types('The talks began to exercise the minds of both delegations on Monday.')).not.toContain('MOBILIZE');
  });
});
