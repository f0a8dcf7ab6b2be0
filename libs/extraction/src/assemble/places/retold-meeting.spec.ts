// Talks told again without a place of their own ("وذكرت الوكالة أن اجتماعا آخر للوزيرين تناول …") are held at the
// venue of the article's one placed meeting, not in the country a fallback gives them.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

const consultPlaces = (body: string) =>
  all
    .explain({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .filter((e) => e.event.type === 'CONSULT')
    .map((e) => e.event.location?.name ?? null);

describe('a meeting told again', () => {
  it('talks with only a fallback country are held at the article’s one meeting venue', () => {
    const body =
      'عقد وزيرا الخارجية محادثات في برشلونة أمس. وفي سياق آخر اعتقلت الشرطة خمسة أشخاص في إسبانيا. وذكرت الوكالة أن اجتماعا آخر للوزيرين تناول التعاون الثنائي.';
    expect(consultPlaces(body)).toEqual(['Barcelona', 'Barcelona']);
  });

  it('talks with a place of their own keep it', () => {
    const body =
      'عقد وزيرا الخارجية محادثات في برشلونة أمس. وفي سياق آخر اعتقلت الشرطة خمسة أشخاص في إسبانيا. وعقد الوزيران اجتماعا آخر في مدريد لبحث التعاون الثنائي.';
    expect(consultPlaces(body)).toEqual(['Barcelona', 'Madrid']);
  });
});
