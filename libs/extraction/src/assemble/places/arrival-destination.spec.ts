// A force or aid that arrived somewhere is placed there, not at a place a purpose clause after it heads for
// (scene-places.ts, visit-venue.ts isArrivalPlace).
import { placed } from './placed-events.fixture';

describe('English arrivals as destinations of movements', () => {
  it('places troops that arrived in a town at that town, not at the country their mission leads to', () => {
    const body =
      'Dozens of Russian Africa Corps personnel and armoured vehicles arrived in Sikasso in Mali this week, apparently ' +
      "to secure the southern corridor to Cote d'Ivoire, residents said.";
    expect(placed(body, 'MOBILIZE').map((p) => p.place)).toEqual(['Sikasso']);
  });
});
