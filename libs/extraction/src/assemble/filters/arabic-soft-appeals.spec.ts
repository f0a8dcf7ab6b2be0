// Soft-news exhortations (safety advisories, sermons, family pleas, declining to confirm or deny) and the political
// calls, denials and demands they must let through.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic soft appeals', () => {
  it('reads a safety advisory to the public as advice, not a demand', () => {
    expect(types('وحث المقدم سالم الحربي الجميع على توخي الحذر عند السباحة في الشواطئ.')).not.toContain('REQUEST');
    expect(types('وناشدت إدارة المرور قائدي المركبات أخذ الحيطة أثناء هطول الأمطار.')).not.toContain('REQUEST');
    expect(types('وأوضح مدير الفرع أن الرقابة مستمرة، مطالبا بالإبلاغ عن أي مخالفة في الأسعار.')).not.toContain(
      'REQUEST',
    );
  });
  it('reads a call to follow safety rules or posted instructions as advice', () => {
    expect(types('وأهاب الرائد خالد بالمواطنين والمقيمين التقيد بتعليمات السلامة على الشواطئ.')).not.toContain(
      'REQUEST',
    );
    expect(types('وأكد المتحدث أهمية الحذر، مطالبا بقراءة التعليمات الموجودة على اللوحات الإرشادية.')).not.toContain(
      'REQUEST',
    );
  });
  it('reads someone asking the police for help as an anecdote', () => {
    expect(types('ودخل الرجل إلى مركز الشرطة وطلب من الضباط توفير البنزين لسيارته.')).not.toContain('REQUEST');
  });
  it('keeps a government asking another for help', () => {
    expect(types('وطلبت الحكومة العراقية من الولايات المتحدة تكثيف الغارات على داعش.')).toContain('REQUEST');
  });
  it('keeps a political call in the same shape', () => {
    expect(types('ودعا الرئيس اليمني الميليشيات الحوثية إلى احترام الهدنة الإنسانية.')).toContain('REQUEST');
    // Caution named in another sentence does not reach back.
    expect(types('ودعا الوزير إيران إلى وقف تدخلها في اليمن. وحذر من توخي الحذر.')).toContain('REQUEST');
  });
  it("reads a sermon's exhortation to good deeds as no demand", () => {
    expect(types('وأكد الخطيب أن النصوص الشرعية تحث على التسابق في الخيرات.')).not.toContain('REQUEST');
    expect(types('ودعا إمام المسجد المصلين إلى المحافظة على الصلاة.')).not.toContain('REQUEST');
    expect(types('ودعا الشيخ الشباب إلى الخير والابتعاد عن الشر.')).not.toContain('REQUEST');
    expect(types('وطالبت الدكتورة فوزية خان بالدعاء لرجال الأمن الذين يعملون ليل نهار.')).not.toContain('REQUEST');
  });
  it('keeps a cleric calling on politicians', () => {
    expect(types('ودعا مفتي طرابلس السياسيين إلى انتخاب رئيس للجمهورية دون تأخير.')).toContain('REQUEST');
  });
  it("reads a family's plea for a sick relative as no political demand", () => {
    expect(types('ناشد ذوو المواطن سالم العتيبي وزير الصحة بعلاج ابنهم في أحد المستشفيات المتخصصة.')).not.toContain(
      'REQUEST',
    );
    expect(types('وقال: أناشد سمو أمير المنطقة بإرسال فريق طبي للكشف عليه في منزله.')).not.toContain('REQUEST');
  });
  it("reads a mother's plea for her son's treatment as no political demand", () => {
    expect(types('وأصيب الجندي في عينه، فيما ناشدت والدته علاجه في مستشفيات متقدمة.')).not.toContain('REQUEST');
  });
  it('reads need as the caller, or تطلب الأمر, as something required', () => {
    expect(types('وقال المستشار إن الحاجة تدعو فعلا إلى إعادة تقييم العلاقات مع الجيران.')).not.toContain('REQUEST');
    expect(types('وتطلب الأمر من الحكومة سلسلة إجراءات لمنع انهيار الأسواق.')).not.toContain('REQUEST');
  });
  it('reads a call to visit a website as a service notice', () => {
    expect(types('ودعت الوزارة المهتمين زيارة الموقع الإلكتروني للبرنامج.')).not.toContain('REQUEST');
    expect(types('ودعا رئيس الجمعية المبتعثين لزيارة موقع المؤتمر uksacb للتسجيل.')).not.toContain('REQUEST');
  });
  it('keeps a demand to visit a place', () => {
    expect(types('ودعا الوزير المنظمات الدولية إلى زيارة عدن والاطلاع على الوضع الإنساني.')).toContain('REQUEST');
  });
  it('keeps a demand for treating a crisis', () => {
    expect(types('وطالب الرئيس المجتمع الدولي بعلاج الأزمة الإنسانية في اليمن.')).toContain('REQUEST');
  });
  it('reads declining to confirm or deny as no denial', () => {
    expect(types('ورفضت المصادر التركية تأكيد أو نفي المعلومات عن اتفاق بين البلدين.')).not.toContain('REJECT');
    expect(types('ورفض المتحدث باسم الجيش نفي أو تأكيد مقتل القائد.')).not.toContain('REJECT');
  });
  it('keeps a denial made', () => {
    expect(types('ونفت وزارة الداخلية ما تناقلته وسائل الإعلام عن اعتقال الناشط.')).toContain('REJECT');
  });
});
