// "the town of Adan Yabaal": after "the town of" a local name that goes on with a capitalised word is not the
// place its first word spells (Aden); a place head or a day after the name keeps it.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text).map((m) => m.place.name);

describe('a longer local name after "the town of"', () => {
  it.each([
    ['Militants attacked a base in the town of Adan Yabaal on Monday.', 'Aden'],
    ['Fighting broke out in the village of Adan Yabaal in central Somalia.', 'Aden'],
  ])('drops the first word: %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it.each([
    ['Militants attacked a base in the town of Baidoa on Monday.', 'Baidoa'],
    ['Shells hit the city of Aden Monday night.', 'Aden'],
  ])('keeps a name followed by a lower-case word or a day: %s', (text, place) => {
    expect(names(text)).toContain(place);
  });
});
