// Arabic act nouns with no happening of their own: ruled out, backed down from, forecast, aimed at, dropped, or an
// interview by phone.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const ofType = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === type);

describe('Arabic moot acts', () => {
  it('reads an act someone rules out as no happening', () => {
    expect(ofType('واستبعد رئيس الكتلة النيابية في البرلمان استقالة الحكومة قريبا.', 'RETREAT')).toHaveLength(0);
  });
  it('keeps a resignation that happened', () => {
    expect(ofType('وأعلن رئيس الحكومة استقالة الحكومة أمس.', 'RETREAT').length).toBeGreaterThan(0);
  });
  it('reads an act someone backs down from as no happening, unless the backing down is negated', () => {
    expect(ofType('وتراجعت الحكومة عن التهديد بالانسحاب من الاتفاق.', 'THREATEN')).toHaveLength(0);
    expect(ofType('وتخلت الحكومة عن فرض حظر التجول في المدينة.', 'COERCE')).toHaveLength(0);
    expect(ofType('وقال القائد إن الجيش لن يتراجع عن قصف مواقع المتمردين.', 'ASSAULT').length).toBeGreaterThan(0);
  });
  it('reads a refusal put as the subject of a forecast consequence as no refusal', () => {
    expect(ofType('وقال الوزير إن رفض البرلمان المعاهدة سيؤدي إلى عزلة البلاد.', 'REJECT')).toHaveLength(0);
  });
  it('keeps a refusal reported after إن with no forecast', () => {
    expect(ofType('وقال الوزير إن رفض البرلمان المعاهدة جاء بعد جلسة طويلة.', 'REJECT').length).toBeGreaterThan(0);
  });
  it('reads talks named as the aim of efforts as no meeting', () => {
    expect(ofType('ويواصل المسلحون هجماتهم رغم الجهود لاستئناف محادثات السلام.', 'CONSULT')).toHaveLength(0);
  });
  it('reads dropped charges as no accusation', () => {
    expect(ofType('وأسقطت الاتهامات عن الموظف بعد شهرين.', 'ACCUSE')).toHaveLength(0);
  });
  it('reads a phone call to a newspaper as an interview, not a consultation', () => {
    expect(ofType('وأوضح المحافظ في اتصال هاتفي لـ«الشرق الأوسط» أن المطار جاهز.', 'CONSULT')).toHaveLength(0);
    expect(ofType('وقال القائد في اتصال هاتفي مع «الجزيرة» إن قواته تقدمت.', 'CONSULT')).toHaveLength(0);
    // A call that only carries the statement after it, with no party named.
    expect(ofType('وقالت قيادات في المقاومة، في اتصال هاتفي، إن الميليشيات قصفت عدن.', 'CONSULT')).toHaveLength(0);
    expect(ofType('وبحث الرئيس في اتصال هاتفي مع نظيره التركي الأوضاع في المنطقة.', 'CONSULT')).toHaveLength(1);
  });
  it('keeps a phone call between leaders', () => {
    expect(ofType('وأجرى الملك اتصالا هاتفيا مع الرئيس الفرنسي أمس.', 'CONSULT').length).toBeGreaterThan(0);
  });
  it('reads a future verb with an object pronoun as a forecast', () => {
    expect(ofType('وأي خطوة منفردة في الإقليم سترفضه بقية الأطراف المشاركة في الحوار.', 'REJECT')).toHaveLength(0);
  });
  it('keeps a past refusal with an object pronoun', () => {
    expect(ofType('وقدم الوفد مقترحا جديدا فرفضته الحكومة أمس.', 'REJECT').length).toBeGreaterThan(0);
  });
  it('reads acts after a future verb of working towards them as a plan', () => {
    expect(ofType('وقال المحافظ إنهم سيعملون على إعادة فتح الميناء لاستقبال المساعدات الإنسانية.', 'AID')).toHaveLength(
      0,
    );
  });
  it('reads a request that a court refuses as the object of the refusal, no request of its own', () => {
    expect(ofType('ورفضت المحكمة العليا، أمس، طلب هيئة الدفاع تأجيل الجلسة.', 'REQUEST')).toHaveLength(0);
  });
  it('reads a possessed request or lawsuit right after its answer as the object of the answer', () => {
    expect(ofType('وأوضح المحامي أن المحكمة الإدارية رفضت دعواه ضد البلدية.', 'REQUEST')).toHaveLength(0);
    expect(ofType('وقال النائب إن رئيس الحكومة قوبل طلبه بالرفض من جانب البرلمان.', 'REQUEST')).toHaveLength(0);
  });
  it('keeps a request made in a clause of its own after a refusal', () => {
    expect(ofType('ورفض الوزير المقترح وطلب من البرلمان تأجيل التصويت.', 'REQUEST').length).toBeGreaterThan(0);
  });
});

describe('Arabic sense rules of this wave', () => {
  it('reads كذب after من as the noun (lies), no denial', () => {
    expect(ofType('وأكد أن الفنان بعيد عن كل ما يقال من كذب.', 'REJECT')).toHaveLength(0);
  });
  it('reads "any untrue reports" as no denial, but a report called untrue as one', () => {
    expect(ofType('وطالبت الممثلة الإعلاميين بالحذر قبل نشر أي أخبار غير صحيحة.', 'REJECT')).toHaveLength(0);
    expect(ofType('وأكد السفير أن الأخبار التي نشرتها الصحيفة غير صحيحة.', 'REJECT').length).toBeGreaterThan(0);
  });
  it("reads a poll's share of support as no statement of support", () => {
    expect(ofType('وأظهر استطلاع للرأي حصول المرشحة على 48 في المائة من تأييد الناخبين.', 'SUPPORT')).toHaveLength(0);
  });
  it('reads the penal code as no sanction', () => {
    expect(ofType('وصادق البرلمان على تعديل قانون العقوبات الخاص بالمرور.', 'SANCTION')).toHaveLength(0);
  });
  it('keeps sanctions one state imposes on another', () => {
    expect(ofType('وفرضت الحكومة عقوبات على الدولة المجاورة أمس.', 'SANCTION').length).toBeGreaterThan(0);
  });
  it('reads cautious optimism as no warning', () => {
    expect(ofType('وقال المتحدث إن الحزب يتعامل بتفاؤل حذر مع المبادرة الجديدة.', 'THREATEN')).toHaveLength(0);
  });
  it('reads a student who died as no demand', () => {
    expect(ofType('لقي طالب أردني مصرعه في حادث سير على الطريق الدولي.', 'REQUEST')).toHaveLength(0);
  });
  it('keeps a demand by a named official', () => {
    expect(ofType('طالب وزير الخارجية بإطلاق سراح المعتقلين فورا.', 'REQUEST').length).toBeGreaterThan(0);
  });
});
