// A place named by the article and a common noun (The Valley, Anguilla's capital) is read only when written as a
// name (place-acceptance.ts): "strikes on hideouts in the valley" names no capital.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'en' }).map((m) => m.place.name);

describe('names made of the article and a common noun', () => {
  it('does not read a lower-case "the valley" as Anguilla\'s capital', () => {
    expect(names('Jets struck caves in the valley on Monday.')).toEqual([]);
  });
  it('still reads the capitalised name', () => {
    expect(names('The minister flew to The Valley, the capital of Anguilla.')).toContain('The Valley');
  });
  it('still reads a name whose second word is capitalised after a lower-case article', () => {
    expect(names('The court in the Hague ruled on Friday.')).toContain('The Hague');
  });
});
