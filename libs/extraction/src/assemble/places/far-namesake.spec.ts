// A town named right after a province of its own country but lying far outside it is a namesake placed elsewhere:
// the province stays the scene (far-namesake.ts, choose-location.ts).
import { draftPlaces } from './placed-events.fixture';

describe('a far namesake after a province', () => {
  it('keeps the province the text named', () => {
    const text = 'وقصفت المدفعية السعودية أمس مواقع داخل عمق محافظة صعدة اليمنية، خاصة مواقع الطلح ومران.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).toEqual(['Saada Governorate']);
  });
  it('takes a town that lies inside the province', () => {
    const text = 'وقصفت طائرات التحالف أمس مواقع للحوثيين في محافظة صعدة، في مدينة صعدة.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).not.toContain('Saada Governorate');
  });
});
