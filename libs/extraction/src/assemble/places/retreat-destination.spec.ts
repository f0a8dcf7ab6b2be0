// Arabic flight: fighters fleeing towards a town fled from the scene the clause names besides, not from that town;
// a withdrawal told only by where it went keeps that place.
import { draftPlaces } from './placed-events.fixture';

describe('where a flight happened', () => {
  it('a flight towards a town is placed at the other place of its clause', () => {
    const text = 'وبعد تقدم القوات في قاطع الأنبار فر عناصر داعش باتجاه منطقة هيت وسط المعارك في جامعة الأنبار.';
    expect(draftPlaces(text, 'ar', 'RETREAT')).toEqual(['Anbar University (Ramadi)']);
  });

  it('a withdrawal naming only where it went keeps that place', () => {
    expect(draftPlaces('وانسحبت القوات إلى مدينة مأرب.', 'ar', 'RETREAT')).toEqual(['Marib']);
  });
});
