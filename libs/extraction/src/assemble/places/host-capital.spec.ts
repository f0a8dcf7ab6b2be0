// A meeting or deal the text places in a country was held in its capital (meeting-venue.ts: hostCapital).
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string, language: string, type = 'CONSULT') =>
  ex.extract({ id: 't', body, language }).find((e) => e.type === type)?.location?.name ?? null;

describe('a visit or a meeting in a country takes its capital', () => {
  it('a visit to a country', () => {
    expect(placeOf('التقى وزير الخارجية الإيراني أمير البلاد خلال زيارته إلى الكويت أمس.', 'ar')).toBe('Kuwait City');
    expect(placeOf('The Iranian foreign minister met the emir during a visit to Qatar on Monday.', 'en')).toBe('Doha');
  });

  it('a host receiving a visitor in his palace, the host named only by his country', () => {
    expect(
      placeOf('استقبل أمير دولة قطر في قصره أمس وزير الخارجية الفرنسي. ووصل الوزير إلى قطر أمس الأول.', 'ar'),
    ).toBe('Doha');
  });

  it('not when the country is only the object of a phrase with "to"', () => {
    expect(
      placeOf('The ministers met on Monday and said the water belonging to Pakistan would be protected.', 'en'),
    ).not.toBe('Islamabad');
  });

  it('not when the article names another town of that country', () => {
    expect(
      placeOf(
        'وقعت الأطراف الليبية في مدينة الصخيرات اتفاقا أمس. وقال ممثل المؤتمر إن الأطراف اجتمعت في المغرب لبحث الاتفاق.',
        'ar',
      ),
    ).not.toBe('Rabat');
  });
});
