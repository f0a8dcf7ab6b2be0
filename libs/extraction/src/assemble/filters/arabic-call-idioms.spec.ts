// Arabic call and accusation words that make no demand or accusation (arabic-idiom-frames.ts, arabic-vague-speakers.ts)
// and receptions of mourners (senses-civic.ts), through the whole extractor, each with a control that still yields
// the event.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('calls that call on nobody', () => {
  it('reads "يدعو للقلق" and "يدعو إلى التفاؤل" as a judgement', () => {
    expect(typesOf('وقال الوزير إن الوضع الأمني في المنطقة يدعو للقلق.')).not.toContain('REQUEST');
    expect(typesOf('وأضاف أن تراجع الأسعار أمر يدعو إلى التفاؤل.')).not.toContain('REQUEST');
  });
  it('reads "دعونا نتحدث" as a turn of phrase', () => {
    expect(typesOf('دعونا نتحدث بصراحة عن مشكلة البطالة بين الشباب.')).not.toContain('REQUEST');
  });
  it('reads "مطالبه" (his demands) as no demand made', () => {
    expect(typesOf('ووصف الوزير المفاوضات بأنها عملية يتنازل فيها كل طرف عن بعض مطالبه.')).not.toContain('REQUEST');
  });
  it('reads a union calling a strike as no request', () => {
    expect(typesOf('ودعت نقابة الطيارين في إيطاليا لإضراب مدته 24 ساعة للضغط على الإدارة.')).not.toContain('REQUEST');
  });
  it('reads a charity appeal as no request', () => {
    expect(typesOf('وناشد رئيس الجمعية أهل الخير التبرع لأسر السجناء قبل العيد.')).not.toContain('REQUEST');
  });
  it('keeps a call on a government', () => {
    expect(typesOf('ودعا الوزير الحكومة إلى وقف التصعيد فورا.')).toContain('REQUEST');
  });
});

describe('statements by "some people"', () => {
  it('reads accusations by البعض or ممن as no accusation', () => {
    expect(typesOf('ووجه البعض الاتهامات للفتاتين في شبكات التواصل.')).not.toContain('ACCUSE');
    expect(typesOf('وأبدت الممثلة دهشتها ممن يتهمونها بسرقة قصة الفيلم.')).not.toContain('ACCUSE');
  });
  it('keeps an accusation by a named party', () => {
    expect(typesOf('واتهمت الحكومة الميليشيات بقصف الأحياء السكنية.')).toContain('ACCUSE');
  });
});

describe('receptions of mourners', () => {
  it('reads receiving mourners as no meeting', () => {
    expect(typesOf('واستقبل أمير المنطقة في منزله بجدة أمس المعزين في وفاة شقيقه.')).not.toContain('CONSULT');
  });
  it('keeps receiving a minister', () => {
    expect(typesOf('استقبل أمير المنطقة في مكتبه بجدة وزير الخارجية المصري.')).toContain('CONSULT');
  });
});
