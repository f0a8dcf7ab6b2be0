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

describe('a longer Spanish or Portuguese name going on with de/del', () => {
  it('drops the first words of a name the gazetteer lacks', () => {
    expect(names('Gunmen fired on the bus in the San Juan de Lurigancho district on Sunday.')).not.toContain(
      'San Juan',
    );
  });

  it.each([
    ['Protesters gathered in Rio de Janeiro on Sunday.', 'Rio de Janeiro'],
    ['Talks in Bogota de facto stalled on Monday.', 'Bogota'],
  ])('keeps a whole known name or a lower-case word after de: %s', (text, place) => {
    expect(names(text)).toContain(place);
  });
});
