// A eulogy's prayers and anecdotes are no statements of the day; its material triggers stay.
import { RuleExtractor } from '../extractor/rule-extractor';
import { tokenize } from '../text/tokenize';
import { eulogyExcludes, isEulogy } from './eulogy';

const rules = new RuleExtractor({ minConfidence: 0 });
const ofType = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === type);

const TRIBUTE =
  'رحل عنا الشيخ الجليل بعد حياة حافلة بالعطاء. كان رحمه الله يحمل في جيبه مفكرة يقرأ فيها بين الأذان والإقامة، ' +
  'وكان الفقيد محبا للخير. ختاما: نسأل الله تعالى لفقيدنا الكبير الرحمة والمغفرة، وندعو جميعا أن يلهم أهله الصبر.';

describe('eulogies', () => {
  it('reads three mourning formulas as a eulogy and drops its prayers', () => {
    expect(isEulogy(tokenize(TRIBUTE))).toBe(true);
    expect(ofType(TRIBUTE, 'REQUEST')).toHaveLength(0);
    expect(eulogyExcludes(tokenize(TRIBUTE), 'ASSAULT')).toBe(false);
  });
  it('does not read a report with one mercy formula as a eulogy', () => {
    const report = 'وطالب وزير الخارجية مجلس الأمن بالتحرك، مستذكرا مواقف الملك عبدالله رحمه الله في دعم القضية.';
    expect(isEulogy(tokenize(report))).toBe(false);
    expect(ofType(report, 'REQUEST').length).toBeGreaterThan(0);
  });
  it('does not read a long report that pays tribute in passing as a eulogy', () => {
    const news =
      'عقدت لجنة مبادرة السلام العربية اجتماعا لها اليوم بمقر الجامعة العربية في القاهرة على مستوى وزراء الخارجية. ' +
      'وثمن الوزراء جهود المغفور له الأمير سعود الفيصل فقيد الأمة العربية، رحمه الله، في خدمة القضية الفلسطينية. ';
    const blame = 'وحمّل الرئيس الفلسطيني الحكومة الإسرائيلية المسؤولية الكاملة عن جرائم المستوطنين في الضفة. ';
    const demand = 'وطالب الأمين العام للجامعة العربية بتوفير حماية دولية حقيقية للشعب الفلسطيني بقرار من مجلس الأمن. ';
    const body = news + blame.repeat(12) + demand.repeat(12);
    expect(isEulogy(tokenize(body))).toBe(false);
    expect(ofType(body, 'REQUEST').length).toBeGreaterThan(0);
    expect(isEulogy(tokenize(news))).toBe(true);
  });
});
