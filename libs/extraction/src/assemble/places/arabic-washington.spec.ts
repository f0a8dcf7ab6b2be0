// Arabic واشنطن is the US capital as a place (places.local.ts: GeoNames gives it no Arabic name), as well as the
// state it stands for: a visit to it or a blast in it happens in the city.
import { draftPlaces } from './placed-events.fixture';

describe('the Arabic Washington', () => {
  it('a talk during a visit to Washington is held in the city, not in the visitor’s country', () => {
    const text =
      'ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن لأربعة أيام التقى خلالها بالرئيس الأمريكي باراك أوباما.';
    expect(draftPlaces(text, 'ar', 'CONSULT')).toContain('Washington, D.C.');
  });

  it('a blast in Washington happened in the city', () => {
    expect(draftPlaces('قتل شخص في انفجار في واشنطن أمس.', 'ar', 'ASSAULT')).toContain('Washington, D.C.');
  });
});
