// Arabic explosive devices that went off nowhere: seized, defused or found, alone or closing a list of what was
// seized; and a device that did go off.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === 'ASSAULT');

describe('handled explosive devices', () => {
  it('reads a device defused right after the verb as no attack', () => {
    expect(assaults('وتمكنت الشرطة من تفكيك عبوة ناسفة قرب السوق.')).toHaveLength(0);
  });
  it('reads a device closing a list of seized arms as no attack', () => {
    expect(assaults('وأضاف البيان أنه تمت مصادرة بنادق آلية وذخائر متنوعة وعبوات ناسفة.')).toHaveLength(0);
    expect(assaults('وضبطت الشرطة في المنزل أسلحة وأجهزة اتصال ومتفجرات.')).toHaveLength(0);
  });
  it('keeps a device that went off', () => {
    expect(assaults('انفجرت عبوة ناسفة في سوق شعبي بمدينة بعقوبة.').length).toBeGreaterThan(0);
  });
});

const ofType = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === type);

describe('receiving the feast', () => {
  it('reads receiving Eid as no meeting', () => {
    expect(
      ofType('واستقبل العسكريون العاملون في الجيش، في صنعاء، العيد هذه المرة بشكل مختلف.', 'CONSULT'),
    ).toHaveLength(0);
    expect(ofType('وكان الأهالي يستقبلون ليلة العيد بالأهازيج في الحي.', 'CONSULT')).toHaveLength(0);
  });
  it('keeps a guest received by name', () => {
    expect(ofType('استقبل الملك سلمان في قصر اليمامة اليوم وزير الخارجية الفرنسي.', 'CONSULT').length).toBeGreaterThan(
      0,
    );
  });
});

describe('cooperation with unnamed bodies', () => {
  it('reads "بالتعاون مع الجهات / أجهزة الأمن" as no cooperation event', () => {
    const raid = 'وأوضح رئيس اللجنة أنه بالتعاون مع الجهات الأمنية قاموا بدهم منزل لعمالة مخالفة.';
    expect(ofType(raid, 'COOPERATE')).toHaveLength(0);
    expect(ofType('ونجحت الفرق التطوعية بالتعاون مع أجهزة الأمن من إخراج الشاعر.', 'COOPERATE')).toHaveLength(0);
  });
  it('keeps cooperation with a named partner', () => {
    const course = 'تنفذ جامعة نايف العربية للعلوم الأمنية بالتعاون مع وزارة الداخلية الفرنسية برنامجا تدريبيا.';
    expect(ofType(course, 'COOPERATE').length).toBeGreaterThan(0);
  });
});
