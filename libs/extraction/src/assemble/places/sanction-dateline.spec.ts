// An English state's sanction with no place of its own is decided at home: the dateline, when it lies in the
// sanctioning state's country (attach-place.ts).
import { placed } from './placed-events.fixture';

describe('sanctions at the dateline of the sanctioning state', () => {
  it('places an expulsion of diplomats at the home dateline', () => {
    const body =
      "OUAGADOUGOU (AFP) - Burkina Faso's military government has ordered two French diplomats to leave the country within 48 hours.";
    expect(placed(body, 'SANCTION')).toEqual([{ place: 'Ouagadougou', rule: 'dateline fallback' }]);
  });

  it('does not place a state sanction at a foreign desk dateline', () => {
    const body =
      'BRUSSELS (Reuters) - Burkina Faso has ordered two French diplomats to leave the country within 48 hours.';
    expect(placed(body, 'SANCTION').map((p) => p.place)).not.toContain('Brussels');
  });
});
