// Boats stopped at sea by a coast guard are seized (COERCE, material.patterns.ts); an intercepted missile is not.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English boat interceptions', () => {
  it.each([
    "Tunisia's coast guard intercepted 14 boats carrying about 600 migrants off the coast of Sfax over the weekend.",
    'The vessel, a Panama-flagged tanker, was intercepted about 60 nautical miles off the coast by the navy.',
  ])('reads %j as COERCE', (text) => {
    expect(types(text)).toContain('COERCE');
  });

  it('leaves an intercepted missile alone', () => {
    expect(types('The army said it intercepted a missile fired from Yemen over Eilat.')).not.toContain('COERCE');
  });
});
