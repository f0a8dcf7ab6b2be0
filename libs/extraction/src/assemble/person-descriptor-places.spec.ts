// Places that describe a person rather than the scene (location-cues.ts): an envoy's post after the body he serves,
// the constituency a deputy sits for.
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-24T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? null);

describe('places describing a person', () => {
  it('an envoy’s post after the body he serves describes him', () => {
    expect(
      placesOf(
        'فقد منعت إسرائيل دخول وفد برلماني أوروبي حضر للقاء القائمة المشتركة ضم سفير الاتحاد الأوروبي في تل أبيب.',
        'COERCE',
      ),
    ).not.toContain('Tel Aviv');
  });

  it('an embassy named with its country is still the scene of an attack on it', () => {
    expect(placesOf('هاجم مسلحون مقر سفارة الإمارات في طرابلس.', 'ASSAULT')).toContain('Tripoli');
  });

  it('the constituency of a deputy is not where the fighting is', () => {
    expect(
      placesOf('وقصف الجيش مواقع المسلحين، بحسب النائب عن محافظة الأنبار فارس الفهداوي.', 'ASSAULT'),
    ).not.toContain('Anbar');
    expect(
      placesOf('وقصف الجيش مواقع المسلحين في الرمادي، بحسب النائب عن محافظة الأنبار فارس الفهداوي.', 'ASSAULT'),
    ).toEqual(['Ramadi']);
  });
});
