// Frames in which a trigger word reports no happening of its own, checked through the whole extractor with short
// made-up sentences: each case has a control sentence that still yields the event.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string, language: 'ar' | 'en' = 'ar') =>
  rules.extract({ id: 't', body, language, publishedAt: '2015-07-20T08:00:00Z' }).map((e) => e.type);

describe('Arabic non-event frames', () => {
  it('reads "بعد أسبوع من مطالبة" as the start of a span, not a request', () => {
    expect(typesOf('وصدر القرار بعد أسبوع من مطالبة الحكومة الفرنسية بوقف البناء.')).not.toContain('REQUEST');
    expect(typesOf('وطالبت الحكومة الفرنسية أمس بوقف البناء.')).toContain('REQUEST');
  });
  it('reads what protesters demand as part of the protest', () => {
    expect(typesOf('وتوقف العمل في الميناء بسبب احتجاج عمال يطالبون بزيادة الأجور.')).not.toContain('REQUEST');
  });
  it('reads a call on the public or an anonymous individual asking as advice, not a request', () => {
    expect(typesOf('وأضاف المتحدث: ودعا المواطنين إلى الابتعاد عن مجاري السيول.')).not.toContain('REQUEST');
    expect(typesOf('وطلب من سائقي الشاحنات إبراز تصاريحهم عند البوابة.')).not.toContain('REQUEST');
    expect(typesOf('وقال الشاهد إن الرجل وصل إلى البوابة وطلب شرطي تفتيشه.')).not.toContain('REQUEST');
    expect(typesOf('ودعا وزير الخارجية المجتمع الدولي إلى التدخل.')).toContain('REQUEST');
  });
  it('reads charges someone faces as a standing case, not an accusation', () => {
    expect(typesOf('وأوقفت الشرطة ثلاثة رجال يواجهون اتهامات بسرقة المصرف.')).not.toContain('ACCUSE');
  });
  it('reads a future passive as an announcement', () => {
    expect(typesOf('وقال المتحدث إنه سيتم توزيع المساعدات الإنسانية على الأسر في المدينة.')).not.toContain('AID');
  });
  it('reads what is feared as no attack', () => {
    expect(typesOf('وشددت الشرطة التفتيش عند مداخل المدينة تخوفا من عمليات انتحارية.')).not.toContain('ASSAULT');
  });
  it('reads eased sanctions as no sanction', () => {
    expect(typesOf('ووافق المجلس على الاتفاق مقابل تخفيف العقوبات على البلاد.')).not.toContain('SANCTION');
  });
  it('reads threats the residents suffer from as a condition, not a threat', () => {
    expect(typesOf('ويعاني الأهالي من تهديدات متكررة.')).not.toContain('THREATEN');
  });
  it('reads praise as a backdrop and praise of relations as courtesy', () => {
    expect(typesOf('وضبطت الدوريات كمية من الذخيرة وسط إشادة المسؤولين.')).not.toContain('SUPPORT');
    expect(typesOf('وثمن الوزير العلاقات المتينة بين البلدين.')).not.toContain('SUPPORT');
  });
  it('reads a refused signing as no agreement', () => {
    expect(typesOf('ورفضت الجماعة المسلحة في العاصمة توقيع الاتفاق.')).not.toContain('AGREE');
  });
  it('reads what someone is charged with as alleged', () => {
    expect(typesOf('وقتل المطلوب المتهم بإثارة الشغب في اشتباك مع الشرطة.')).not.toContain('PROTEST');
  });
  it('reads reception centres and a call with a news agency as no meeting', () => {
    expect(typesOf('ويمكن التبرع في مراكز الاستقبال بالمستشفيات.')).not.toContain('CONSULT');
    expect(typesOf('وقال المفتي في اتصال هاتفي مع وكالة رويترز إن الوضع هادئ.')).not.toContain('CONSULT');
  });
});

describe('English non-event frames', () => {
  it('reads a "non-" compound, released documents and aid workers as no event', () => {
    expect(typesOf('The minister stressed non-interference in internal affairs.', 'en')).not.toContain('ACCUSE');
    expect(typesOf('Police released sketches of two suspects on Monday.', 'en')).not.toContain('RETREAT');
    expect(typesOf('Aid agencies said the camp was overcrowded.', 'en')).not.toContain('AID');
  });
  it('reads solidarity as a motive and stationed troops as a standing presence', () => {
    expect(typesOf('Two ministers resigned in solidarity with the strikers.', 'en')).not.toContain('SUPPORT');
    expect(typesOf('About 900 French troops are deployed in the region.', 'en')).not.toContain('MOBILIZE');
  });
  it('reads the charge behind an arrest and a legal appeal as no separate event', () => {
    expect(typesOf('Police detained five men, accusing them of smuggling weapons.', 'en')).not.toContain('ACCUSE');
    expect(typesOf('The verdict cannot be appealed.', 'en')).not.toContain('REQUEST');
  });
  it('reads the origin story of a war as background', () => {
    expect(typesOf("Violence has surged since Hamas' attack on the town.", 'en')).not.toContain('ASSAULT');
    expect(typesOf('The war began when rebels attacked the capital.', 'en')).not.toContain('ASSAULT');
    expect(typesOf('Rebels attacked the capital on Monday.', 'en')).toContain('ASSAULT');
  });
  it('reads how a war broke out as background, however far its date stands before "when"', () => {
    const origin =
      "Sudan's war broke out in April 2023 when a power struggle between the army and the RSF erupted into open fighting in Khartoum.";
    expect(typesOf(origin, 'en')).not.toContain('ASSAULT');
    // Without a war noun the outbreak is the day's news.
    expect(typesOf('Clashes broke out in the town on Monday when militants attacked a police post.', 'en')).toContain(
      'ASSAULT',
    );
  });
});
