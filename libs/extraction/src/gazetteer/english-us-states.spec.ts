// English "Athens, Georgia": the US state after the comma picks the namesake there (english-us-states.ts).
import { findPlaces } from './index';

const where = (text: string) => findPlaces(text, { language: 'en' }).map((m) => `${m.place.name} ${m.place.country}`);

describe('English US state qualifiers', () => {
  it.each([
    'Police said two people were shot dead in Athens, Georgia on Monday.',
    'A man was arrested in Athens, Ga., after a shooting.',
  ])('reads Athens in Georgia, not Greece, in %s', (text) => {
    expect(where(text)).toContain('Athens US');
    expect(where(text)).not.toContain('Athens GR');
  });
  it('keeps the country where the state has no namesake, and Athens alone Greek', () => {
    expect(where('Protesters gathered in Tbilisi, Georgia, on Sunday.')).toContain('Tbilisi GE');
    expect(where('Talks resumed in Athens on Monday, Greek officials said.')).toContain('Athens GR');
  });
});
