// "the Sea of Marmara", "the Gulf of Suez", "Lake Kivu": a town named after the word is the water body's name here,
// not that town (english-name-cues.ts namesWaterBody).
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text).map((m) => m.place.name);

describe('names of water bodies', () => {
  it.each([
    ['Turkish lawmakers travelled to the island prison in the Sea of Marmara and met the jailed leader.', 'Golmarmara'],
    ['Navy divers searched the Gulf of Suez for the missing crew.', 'Suez'],
  ])('does not read the town in: %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it.each([
    ['Shells hit the town of Marmara on Monday.', 'Golmarmara'],
    ['Protesters marched through the port city of Suez on Friday.', 'Suez'],
    ['A tanker was hit in the Gulf of Aden on Friday.', 'Gulf of Aden'],
  ])('keeps the place named on its own or as a whole water body: %s', (text, place) => {
    expect(names(text)).toContain(place);
  });
});
