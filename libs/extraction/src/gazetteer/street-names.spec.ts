// A street named after a country or a city ("Palestine Street" in Baghdad) is not that place (place-acceptance.ts).
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'en' }).map((m) => m.place.name);

describe('English street names', () => {
  it('does not read a street named after a country or a city as that place', () => {
    expect(names("Masked men threw a bomb at a shop on the capital's Palestine Street in Baghdad.")).toEqual([
      'Baghdad',
    ]);
    expect(names('Clashes broke out on Haifa Street in Baghdad.')).toEqual(['Baghdad']);
  });
  it('still reads the place when a lower-case noun or no street follows', () => {
    expect(names('Protesters filled the streets of Beirut after the ruling.')).toContain('Beirut');
    expect(names('The envoy flew from Palestine to Jordan.')).toContain('Palestine');
  });
});
