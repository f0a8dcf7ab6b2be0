// An Arabic road named for the town it leads to ("الطريق المؤدية إلى حمص") does not set the attack on it in that town.
import { draftPlaces } from './placed-events.fixture';

const assaultPlaces = (text: string) => draftPlaces(text, 'ar', 'ASSAULT');

describe('the town an Arabic road leads to', () => {
  it('is not where an attack on the road happened', () => {
    expect(assaultPlaces('قتل ثلاثة جنود في هجوم على الطريق المؤدي إلى مدينة حمص.')).not.toContain('Homs');
  });

  it('yields to the village the attack was near', () => {
    expect(assaultPlaces('شن الجيش هجوما قرب مدينة دوما على الطريق المؤدية إلى حمص.')).toContain('Douma');
  });

  it('stays the scene when the attack was in it', () => {
    expect(assaultPlaces('قتل ثلاثة جنود في هجوم على حاجز في مدينة حمص.')).toContain('Homs');
  });
});
