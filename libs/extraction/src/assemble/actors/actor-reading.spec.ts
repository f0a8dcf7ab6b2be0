// Which actor readings count as the weak "nearest mention" guess.
import { nearestReading } from './actor-reading';

describe('nearestReading', () => {
  it('is true only for rules that took the nearest mention', () => {
    expect(nearestReading({ trace: { actorRule: 'nearest preceding in clause' } })).toBe(true);
    expect(nearestReading({ trace: { actorRule: 'nearest armed subject before the fight' } })).toBe(true);
    expect(nearestReading({ trace: { actorRule: 'subject of verb' } })).toBe(false);
    expect(nearestReading({ trace: { actorRule: null } })).toBe(false);
    expect(nearestReading({ trace: {} })).toBe(false);
  });
});
