// A vow or call told in a relative clause about a named person is background, unless the clause names a recent day.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic statements in a relative clause about a named person', () => {
  it('reads a vow or a call that describes the person as background', () => {
    expect(
      typesOf('وقتل أكثر من مئة شخص منذ تولي الرئيس النيجيري محمد بخاري الذي توعد بسحق التمرد، السلطة في مايو.'),
    ).not.toContain('THREATEN');
    expect(typesOf('ووصلت رسالة من الرئيس اليمني عبد ربه منصور هادي الذي طالب فيها بإنقاذ بلاده.')).not.toContain(
      'REQUEST',
    );
  });
  it('keeps a call made on a recent day', () => {
    expect(typesOf('ورحبت الحكومة بموقف الرئيس اليمني عبد ربه منصور هادي الذي طالب أمس بإنقاذ بلاده.')).toContain(
      'REQUEST',
    );
  });
});
