// A sentence that names only the dateline city itself (or where the wounded were sent for care) still takes the
// dateline as the scene of a placeless happening (dateline-scene.ts datelineScene).
import { placed } from './placed-events.fixture';

describe('dateline scene beside the dateline city named as a descriptor', () => {
  it('places an air ambulance sent by an ally of the dateline city at the dateline', () => {
    const body =
      'MOGADISHU, April 18 (Reuters) - A bomb hit a police station in Mogadishu. ' +
      'President Hassan Sheikh Mohamud condemned the attack. ' +
      'Turkey, a close ally of Mogadishu, sent an air ambulance that flew eight of the most seriously wounded to Ankara for treatment.';
    expect(placed(body, 'AID')).toEqual([{ place: 'Mogadishu', rule: 'dateline fallback' }]);
  });
});
