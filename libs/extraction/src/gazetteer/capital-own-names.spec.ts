// A national capital's own name is that capital's, not a larger place's alternate name (capital-own-names.ts).
import { findPlaces } from './index';

function countryOf(text: string, surface: string): string | null | undefined {
  return findPlaces(text).find((m) => m.surface === surface)?.place.country;
}

describe('capital own names', () => {
  it.each([
    ['ISLAMABAD: Riot police fired tear gas at the marchers.', 'ISLAMABAD', 'PK'],
    ['Talks opened in Islamabad on Monday.', 'Islamabad', 'PK'],
    ['A convoy left Abuja at dawn.', 'Abuja', 'NG'],
    ['Delegates gathered in Asmara.', 'Asmara', 'ER'],
  ])('%s → %s in %s', (text, surface, cc) => {
    expect(countryOf(text, surface)).toBe(cc);
  });

  it('keeps another capital that shares the name', () => {
    expect(countryOf('The minister flew to Georgetown for the summit.', 'Georgetown')).toBe('GY');
  });
});
