// A happening a speaker judges ("described the detention as a coup", "said the detention was a setback") points back
// to the one the story told; a passive that tells how the act was done still reports it.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English acts judged by a speaker', () => {
  it.each([
    'CHP leader Ozgur Ozel described the detention as "a coup against our next president".',
    'Germany\'s foreign ministry said the detention was "a serious setback for democracy in Turkey".',
    'Russia\'s foreign ministry spokeswoman Maria Zakharova called the detention "an act of piracy".',
  ])('adds no arrest for %j', (text) => {
    expect(types(text)).not.toContain('COERCE');
  });

  it('keeps a raid the speaker says was carried out by police', () => {
    expect(types('Officials said the raid was carried out by police in Gaziantep on Monday.')).toContain('COERCE');
  });
});
