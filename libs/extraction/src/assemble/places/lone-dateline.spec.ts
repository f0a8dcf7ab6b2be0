// English: a short wire story that names no country at all in its body is told from where it is filed, so its
// dateline still places the material events that name no place of their own (homeInBody in assemble-events.ts);
// only a story that names another country makes the dateline a mere bureau.
import { placed } from './placed-events.fixture';

const PROTEST = 'Thousands of people marched through the streets on Tuesday demanding the resignation of the minister.';

describe('a dateline in a story that names no other country', () => {
  it.each([
    ['ABUJA (Reuters) - ', 'Nigeria'],
    ['NAIROBI (Reuters) - ', 'Kenya'],
    ['TEHRAN (Reuters) - ', 'Iran'],
    // A short city in capitals is read as the dateline's city (gazetteer/dateline-head.ts), as its title case is.
    ['LIMA, Peru — ', 'Lima'],
    ['Lima (AFP) - ', 'Lima'],
  ])('places a protest under %s in %s', (dateline, where) => {
    expect(placed(dateline + PROTEST, 'PROTEST').map((p) => p.place)).toEqual([where]);
  });

  it('still sets aside a bureau dateline when the story names another country', () => {
    const body = "BANGKOK (Reuters) - Thousands marched on Tuesday demanding elections, Myanmar's junta said.";
    expect(placed(body, 'PROTEST').map((p) => p.place)).toEqual([null]);
  });
});
