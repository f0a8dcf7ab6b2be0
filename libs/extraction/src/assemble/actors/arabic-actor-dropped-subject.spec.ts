// A sentence that opens with a bare conjoined verb goes on with the previous sentence's subject.
import { actorName, fieldsOf } from '../../extractor/fields-of';
import { RuleExtractor } from '../../extractor/rule-extractor';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic dropped subject carried from the previous sentence', () => {
  it('gives an opening verb with no subject the previous speaker', () => {
    const body = 'أكد وزير الخارجية عادل الجبير أن المملكة ماضية في دعم اليمن. ودعا إلى الضغط على الميليشيات.';
    expect(actorsOf(body, 'REQUEST')).toContain('Adel al-Jubeir');
  });

  it('reads a verb after كما ("also") as a bare opening, and leaves one with its own subject alone', () => {
    const body = 'أكد وزير الخارجية عادل الجبير أن المملكة ماضية في دعم اليمن. كما أدان الهجوم على المسجد في الكويت.';
    expect(actorsOf(body, 'ACCUSE')).toContain('Adel al-Jubeir');
    const named = 'أكد وزير الخارجية عادل الجبير أن المملكة ماضية في دعم اليمن. كما أدان وزير الداخلية الهجوم.';
    expect(actorsOf(named, 'ACCUSE')).not.toContain('Adel al-Jubeir');
  });

  it('gives a participle after such a verb the previous speaker too', () => {
    const body = 'قال وزير الخارجية عادل الجبير إن الحل سياسي. وحذر من الشائعات، مطالبا بوقف التحريض.';
    expect(actorsOf(body, 'REQUEST')).toContain('Adel al-Jubeir');
  });

  it('passes the subject on through a sentence that itself opens bare', () => {
    const body =
      'قال وزير الخارجية عادل الجبير إن الحل سياسي. وأكد أن على الدول مسؤولية كبيرة. وحذر من الشائعات، مطالبا وزارة الإعلام بوقف التحريض.';
    const actors = actorsOf(body, 'REQUEST');
    expect(actors).toContain('Adel al-Jubeir');
    expect(actors).not.toContain('وزارة الإعلام');
  });

  it('does not carry the subject over a sentence opened by a preposition', () => {
    const body = 'قال وزير الخارجية عادل الجبير إن الحل سياسي. وفي السياق ذاته، دعا إلى التهدئة.';
    expect(actorsOf(body, 'REQUEST')).not.toContain('Adel al-Jubeir');
  });

  it('carries the subject into a reason clause opened by حيث ان, also a body the dictionary has no name for', () => {
    const named =
      'وعدت جامعة الدول العربية تشكيل فريق لرصد الانتهاكات في اليمن. حيث ان تحرير عدن كشف عن الجرائم المرتكبة من جانب التمرد المسلح.';
    expect(actorsOf(named, 'ACCUSE')).toContain('Arab League');
    const unnamed =
      'وعدت لجنة حقوق الانسان العربية تشكيل فريق لرصد الانتهاكات في اليمن. حيث ان تحرير عدن كشف عن الجرائم المرتكبة من جانب التمرد المسلح.';
    expect(actorsOf(unnamed, 'ACCUSE')).toContain('لجنة حقوق الانسان العربية');
  });

  it('carries the speaker into a sentence that goes on with a speech opened by a colon in the same paragraph', () => {
    const body =
      'وأعلن رئيس الوزراء التركي أحمد داود أغولو أن الشرطة تعرفت على مشتبه به.\nوقال في مؤتمر صحفي: تم تحديد هوية مشتبه به. الاحتمال الأكبر هو أن يكون الأمر هجوما انتحاريا على علاقة بداعش.';
    expect(actorsOf(body, 'ACCUSE')).toContain('أحمد داود أغولو');
    const noColon =
      'وأعلن رئيس الوزراء التركي أحمد داود أغولو أن الشرطة تعرفت على مشتبه به.\nوقال في مؤتمر صحفي إنه تم تحديد هوية مشتبه به. الاحتمال الأكبر هو أن يكون الأمر هجوما انتحاريا على علاقة بداعش.';
    expect(actorsOf(noColon, 'ACCUSE')).not.toContain('أحمد داود أغولو');
  });

  it('walks back over a stop inside a quotation to the sentence that opened it', () => {
    const straight =
      'وقال وزير الخارجية عادل الجبير خلال زيارته "نحن في حداد. أنا أندد بهذه الجريمة". وأضاف: "يجب محاربة الارهاب" داعيا الى حملة دولية.';
    expect(actorsOf(straight, 'REQUEST')).toContain('Adel al-Jubeir');
    const guillemets =
      'وقال وزير الخارجية عادل الجبير خلال زيارته «نحن في حداد. أنا أندد بهذه الجريمة». وأضاف: «يجب محاربة الارهاب» داعيا الى حملة دولية.';
    expect(actorsOf(guillemets, 'REQUEST')).toContain('Adel al-Jubeir');
  });

  it('is no actor to the confidence model: a carried subject names the speaker, not evidence of a happening', () => {
    const body = 'أكد وزير الخارجية عادل الجبير أن المملكة ماضية في دعم اليمن. ودعا إلى الضغط على الميليشيات.';
    const [request] = new RuleExtractor({ minConfidence: 0 })
      .explain({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
      .filter((x) => x.event.type === 'REQUEST');
    expect(request.event.actor?.name).toBe('Adel al-Jubeir');
    expect(request.explain.calibration?.features['actor:none']).toBe(1);
    expect(request.explain.calibration?.features['actor:dict']).toBeUndefined();
  });
});
