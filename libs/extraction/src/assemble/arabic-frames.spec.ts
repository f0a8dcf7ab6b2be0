// Arabic framing of triggers through the whole extractor: a caption or byline line before the lead, and a meeting
// reported only as the backdrop of a statement ("خلال لقائه").
import { assembleEvents } from './assemble-events';
import { DEFAULT_RESOURCES, RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);
const drafts = (text: string) => assembleEvents({ text, language: 'ar' }, DEFAULT_RESOURCES);

describe('Arabic header lines', () => {
  it('counts the sentence after a caption line as the lead', () => {
    const out = drafts(
      'الرئيس اليمني عبد ربه منصور هادي\nاعتقلت الشرطة خمسة أشخاص في عدن أمس.\nوقصفت الطائرات مواقع في تعز.',
    );
    expect(out.find((d) => d.type === 'COERCE')?.sentence).toBe(0);
    expect(out.find((d) => d.type === 'ASSAULT')?.sentence).toBe(1);
  });
  it('counts the sentence after a byline as the lead', () => {
    const out = drafts(' عين اليوم – جدة\nاعتقلت الشرطة خمسة أشخاص في جدة أمس.');
    expect(out.find((d) => d.type === 'COERCE')?.sentence).toBe(0);
  });
  it('keeps a first line that reports something as the lead', () => {
    const out = drafts('قوات الاحتلال تعتقل فلسطينية بالمسجد الأقصى\nوقصفت الطائرات مواقع في غزة أمس.');
    expect(out.find((d) => d.type === 'ASSAULT')?.sentence).toBe(1);
  });
});

describe('Arabic meeting backdrops', () => {
  it('reads "خلال لقائه ... مبعوث" as the subject’s own meeting', () => {
    expect(types('وأكد الرئيس خلال لقائه أمس في الرياض مبعوث الأمم المتحدة أن الهدنة صامدة.')).toContain('CONSULT');
  });
  it('reads an indefinite backdrop "أثناء زيارة ... لعاصمة" as a visit of its own', () => {
    expect(
      types(
        'ووصف وزير الدفاع الأمريكي القوات الكردية بأنها نموذج أثناء زيارة لم يعلن عنها مسبقا لعاصمة إقليم كردستان.',
      ),
    ).toContain('CONSULT');
  });
  it('still reads a definite backdrop "خلال الاجتماع" as no meeting of its own', () => {
    expect(types('وأكد الرئيس خلال الاجتماع أن الهدنة صامدة.')).not.toContain('CONSULT');
  });
});

describe('Arabic attacks with words', () => {
  it('does not read a bloc or a politician attacking policies as force', () => {
    expect(types('هاجمت الكتل البرلمانية بعض القوى السياسية في بغداد.')).not.toContain('ASSAULT');
    expect(types('وهاجم الوزير السياسات الإيرانية في المنطقة.')).not.toContain('ASSAULT');
  });
  it('still reads fighters attacking a base as an attack', () => {
    expect(types('هاجم مسلحون مقر الفوج الثالث في الأنبار.')).toContain('ASSAULT');
  });
});
