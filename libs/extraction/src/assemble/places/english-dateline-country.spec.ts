// English: a material event with no place of its own, under a capital dateline that is not its scene (datelineScene
// in dateline-scene.ts), in a story that names no country, happens in the dateline's country, kept country-level.
import { placed } from './placed-events.fixture';

describe("the English dateline's country", () => {
  it('puts an arrest with no place of its own in the country of the dateline, not its city', () => {
    const body =
      'TEHRAN (Reuters) - Riot police detained dozens of students overnight, the interior ministry said. ' +
      'Officials blamed foreign media for the unrest.';
    expect(placed(body, 'COERCE')).toEqual([{ place: 'Iran', rule: 'country fallback' }]);
  });
});
