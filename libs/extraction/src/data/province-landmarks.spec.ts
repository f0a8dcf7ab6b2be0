// A landmark named after its province (places.mena.ts): "جامعة الأنبار" is the campus on Ramadi's edge, so fighting
// round it is placed there, not at the Anbar province centroid 150 km away in the desert.
import { RuleExtractor } from '../extractor/rule-extractor';
import { findPlaces } from '../gazetteer';

const ex = new RuleExtractor({ minConfidence: 0 });
const assaultPlaces = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name ?? null);

describe('Anbar University', () => {
  it('is a place of its own, with or without the hamza, not the province', () => {
    for (const text of ['اشتبكت القوات مع المسلحين في محيط جامعة الأنبار.', 'دخلت القوات جامعة الانبار صباح اليوم.']) {
      const names = findPlaces(text).map((m) => m.place.name);
      expect(names).toContain('Anbar University (Ramadi)');
      expect(names).not.toContain('Anbar');
    }
  });

  it('places a clash round the campus at Ramadi', () => {
    const [place] = assaultPlaces('أعلن العميد عن مقتل 15 عنصرًا من تنظيم داعش خلال مواجهات في محيط جامعة الأنبار.');
    expect(place).toBe('Anbar University (Ramadi)');
    const hit = findPlaces('في محيط جامعة الأنبار').find((m) => m.place.name === place)!;
    expect(Math.abs(hit.place.lat - 33.42) + Math.abs(hit.place.lon - 43.3)).toBeLessThan(0.1);
  });

  it('leaves the bare province name the province', () => {
    expect(findPlaces('تواصل القوات عملياتها في الأنبار.').map((m) => m.place.name)).toContain('Anbar');
  });
});
