// A name right after "حي" / "أحياء" is the neighbourhood's own name (neighbourhood-names.ts), but "أحد أحياء X",
// "آخر أحياء X" take one of the city's neighbourhoods: X is the city.
import { findPlaces } from './find-places';

const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

describe('names after a neighbourhood noun', () => {
  it('reads a town name right after حي as the neighbourhood, not the town', () => {
    expect(names('سقطت قذيفة على منزل بحي القادسية.')).toEqual([]);
  });

  it('reads the city after "أحد أحياء" / "آخر أحياء" as the city', () => {
    expect(names('قتلت ناشطة في تبادل اطلاق نار مع الشرطة في احد احياء اسطنبول.')).toEqual(['Istanbul']);
    expect(names('سيطرت المقاومة على حي التواهي آخر أحياء عدن التي كانت بيد الحوثيين.')).toContain('Aden');
  });
});
