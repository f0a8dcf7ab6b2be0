// Aid that entered a territory through a crossing or a town is placed at that entry point (entry-point.ts).
import { placed } from './placed-events.fixture';

const aidPlaces = (body: string) => placed(body, 'AID').map((p) => p.place);

describe('English aid entering through a crossing', () => {
  it('places trucks that entered a territory through a crossing or a town at that point', () => {
    expect(
      aidPlaces('The agency said 180 trucks carrying flour entered Gaza through the Kerem Shalom crossing.'),
    ).toEqual(['Kerem Shalom']);
    expect(
      aidPlaces(
        'The agency said 22 trucks carrying food and medicine crossed from Chad into West Darfur through Adre.',
      ),
    ).toEqual(['Adre']);
  });
  it('keeps the destination when the route is a whole country', () => {
    expect(
      aidPlaces('The agency said 22 trucks carrying food and medicine crossed into West Darfur via Chad on Monday.'),
    ).toEqual(['West Darfur']);
  });
});
