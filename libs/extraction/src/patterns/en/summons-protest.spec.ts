// An envoy summoned to be handed a protest is an accusation (ACCUSE); a plain summons stays a consultation
// (wire-verbal.patterns.ts, en/senses.ts).
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English summons with a protest', () => {
  it.each([
    "The foreign ministry summoned Norway's charge d'affaires in Oslo on Monday to protest against the raid.",
    'The Dutch ambassador was summoned to the ministry on Friday and handed a formal protest over the remarks.',
    "The ministry summoned Chile's chargé d'affaires in Lima on Tuesday to lodge a strong protest.",
  ])('reads %j as ACCUSE, not CONSULT', (text) => {
    const found = types(text);
    expect(found).toContain('ACCUSE');
    expect(found).not.toContain('CONSULT');
  });

  it('keeps a plain summons a consultation', () => {
    const found = types('Ankara summoned the Swedish ambassador on Monday, the foreign ministry said.');
    expect(found).toContain('CONSULT');
    expect(found).not.toContain('ACCUSE');
  });
});
