// A masculine past verb before a plural in -ات has another subject: "وطالب قوات التحالف" addresses the coalition.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-27T10:00:00Z');

describe('Arabic verb agreement with a plural in -ات after the verb', () => {
  it('reads the plural after a masculine verb as the object; the sentence subject demands', () => {
    const body = 'وأكد الرئيس هادي أن الحكومة ماضية في تحرير عدن، وطالب قوات التحالف بالاستمرار في دعم المقاومة.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Abd Rabbuh Mansur Hadi']);
  });

  it('keeps the plural as subject of a feminine verb', () => {
    const body = 'وطالبت قوات التحالف الحوثيين بالانسحاب من عدن.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Saudi-led coalition']);
  });
});

describe('Arabic verb agreement with a definite feminine noun in ة after the verb', () => {
  it('reads the feminine noun after a masculine verb opening its clause as the object', () => {
    const body =
      'وأدان نبيل أبو ردينة المتحدث باسم الرئاسة الفلسطينية اقتحام المسجد الأقصى. وطالب الحكومة الإسرائيلية بضرورة التوقف عن هذه الانتهاكات.';
    // The spokesman speaks for his body; the government he addresses is not the one asking.
    expect(actorsOf(body, 'REQUEST')).toEqual(['Palestinian Authority']);
  });

  it('keeps the feminine noun as subject of a feminine verb', () => {
    const body = 'وطالبت الحكومة اليمنية الحوثيين بالانسحاب من عدن.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Yemeni government']);
  });

  it('reads the plural after a feminine verb carrying its object pronoun as the subject', () => {
    const body = 'وقال إن الحوثيين يحاولون تجميع أنفسهم من جديد بعد أن فرقتهم قوات الجيش المؤيدة للشرعية في عدن.';
    expect(actorsOf(body, 'COERCE')).toEqual(['Yemeni army']);
  });

  it('reads a masdar in construct, not opening its clause, with its owner', () => {
    const body = 'وأرسلت السلطنة فريقا إلى اليمن لتلبية طلب الحكومة الفرنسية المساعدة في معرفة مصير المواطنة الفرنسية.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['France government']);
  });
});

describe('Arabic verb agreement with a plural in -ات in construct after the verb', () => {
  it("reads the name owning the plural as the owner of the object; the sentence's speaker rejects", () => {
    const body =
      'وقال الأمير محمد بن سلمان إن المملكة ماضية في دعم اليمن. ورفض محاولات إيران التدخل في شؤون الدول العربية.';
    expect(actorsOf(body, 'REJECT')).toEqual(['Mohammed bin Salman']);
  });

  it('keeps a count of hundreds as part of the subject', () => {
    const body = 'وطالب مئات المتظاهرين الأردنيين الحكومة بوقف التعامل مع إسرائيل.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['protesters']);
  });
});
