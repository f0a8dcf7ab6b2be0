// Standing states and evaluations (senses-states.ts) and the office senses added to senses-civic.ts: each case has a
// control sentence in which the same word still triggers the event.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic standing states', () => {
  it('reads a risk to security or a consequence as no threat', () => {
    expect(typesOf('وانتشر الفكر المتطرف الذي يهدد الأمن في المنطقة.')).not.toContain('THREATEN');
    expect(typesOf('وقال إن القرار يهدد بانعكاسات خطيرة على الاقتصاد.')).not.toContain('THREATEN');
    expect(typesOf('وقال إن إعلانه يعد مؤشرا خطيرا يهدد السوريين بأكملهم.')).not.toContain('THREATEN');
    expect(typesOf('والحزب يهدد بالانسحاب من البرلمان.')).toContain('THREATEN');
  });
  it('reads a court upholding a fine as no support', () => {
    expect(typesOf('وأيدت محكمة لاحقا غرامة قيمتها 2.4 مليون دولار.')).not.toContain('SUPPORT');
    expect(typesOf('وأيدت الحكومة قرار مجلس الأمن.')).toContain('SUPPORT');
  });
  it('reads the masdar of endangering security or society as no threat', () => {
    expect(typesOf('وواجهوا تهما بالتجسس وتهديد أمن الدولة.')).not.toContain('THREATEN');
    expect(typesOf('وكل ذلك له أثر كبير في تهديد المجتمع بشكل عام.')).not.toContain('THREATEN');
    expect(typesOf('وأصدرت الهيئة تهديدا للطيار بسحب ترخيصه.')).toContain('THREATEN');
  });
  it('reads a danger that threatens everyone as no threat', () => {
    expect(typesOf('وقال: "الإرهاب يهدد الجميع في تونس".')).not.toContain('THREATEN');
    expect(typesOf('وتهدد الحكومة بفرض عقوبات على الشركات.')).toContain('THREATEN');
  });
  it('reads طالب as the noun student in a description', () => {
    expect(typesOf('وتبين أن المهاجم وهو طالب جامعي في العشرين من عمره.')).not.toContain('REQUEST');
    expect(typesOf('وطالب النائب الحكومة بالاستقالة.')).toContain('REQUEST');
  });
  it('reads "يستحق الإشادة" as a judgement, not praise', () => {
    expect(typesOf('وهذا المشروع يستحق الإشادة.')).not.toContain('SUPPORT');
    expect(typesOf('ولقي الاتفاق إشادة من الأمين العام.')).toContain('SUPPORT');
  });
});

describe('Arabic office senses', () => {
  it('reads a safety advisory to residents, or an invitation to attend, as no call', () => {
    expect(
      typesOf('ودعت المديرية العامة للدفاع المدني بمنطقة المدينة المنورة جميع المواطنين والمقيمين لأخذ الحيطة والحذر.'),
    ).not.toContain('REQUEST');
    expect(typesOf('ودعا رئيس النادي كافة المهتمين بالشعر من الجنسين للحضور والمشاركة في الدورة.')).not.toContain(
      'REQUEST',
    );
    expect(typesOf('دعا فرع الجمعية في أبها الأسر في منطقة عسير لحضور الحفل.')).not.toContain('REQUEST');
    expect(typesOf('ودعا المجتمع الدولي للتحرك لحماية المدنيين في اليمن.')).toContain('REQUEST');
  });
  it('reads a meeting someone convened as no call', () => {
    expect(typesOf('وعقد اجتماع طارئ دعا إليه رئيس البلدية.')).not.toContain('REQUEST');
    expect(typesOf('ودعا رئيس البلدية الوزارة إلى التدخل.')).toContain('REQUEST');
  });
  it('reads the masdar طلب of an application as no request', () => {
    expect(typesOf('ويجب على المتقدمين تعبئة نموذج طلب الوظيفة.')).not.toContain('REQUEST');
    expect(typesOf('وأوضح أن طلب إشهار الإفلاس قدم أمس.')).not.toContain('REQUEST');
    expect(typesOf('وطلب الوزير من البنك تأجيل الديون.')).toContain('REQUEST');
  });
  it('reads a hotel receiving guests as no meeting', () => {
    expect(typesOf('واستقبلت الفنادق النزلاء من دول الخليج.')).not.toContain('CONSULT');
    expect(typesOf('واستقبل الوزير السفير الفرنسي.')).toContain('CONSULT');
  });
});

describe('the noun threat as a danger faced', () => {
  it.each([
    'وأقر الرئيس في خطاب متلفز بوجود تهديد إرهابي في البلاد.',
    'وقال الوزير إن التهديد الذي نواجهه لم يكن أبدا بهذه الخطورة.',
    'وتحدث الدبلوماسي عن التهديدات المشتركة التي تواجه البلدين.',
    'وقال إن الجماعة تشكل تهديدا للأمن في المنطقة.',
  ])('leaves %s alone', (text) => {
    expect(typesOf(text)).not.toContain('THREATEN');
  });
  it('still reads a threat made', () => {
    expect(typesOf('وجاء ذلك بعد تهديد الحوثيين باقتحام المدينة خلال ساعات.')).toContain('THREATEN');
  });
});

describe('a threat told by a relative clause of its author', () => {
  it('reads the threats the Houthis made as THREATEN', () => {
    expect(typesOf('وردت الحكومة على التهديدات التي أطلقها الحوثيون أمس.')).toContain('THREATEN');
  });
  it('reads insisting that something is so as a claim, insisting on a condition as a demand', () => {
    expect(typesOf('لكن الحكومة تصر على أن المشروع مدني بالكامل.')).not.toContain('REQUEST');
    expect(typesOf('وأصر الوزير على أنه لم يتلق أي رسالة.')).not.toContain('REQUEST');
    expect(typesOf('ويصر الصندوق على الحصول على ضمانات قبل صرف القرض.')).toContain('REQUEST');
  });
  it('reads keeping a danger away as no deportation', () => {
    expect(typesOf('وقال إن الحملة ساعدت في إبعاد الخطر عن الأحياء السكنية.')).not.toContain('COERCE');
    expect(typesOf('وقررت السلطات إبعاد ثلاثة صحفيين أجانب.')).toContain('COERCE');
  });
});
