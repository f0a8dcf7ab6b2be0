// Arabic mentions that report no happening of their own (arabic-earlier-acts.ts, unrealized-acts.ts plottedAct),
// through the whole extractor, each with a control sentence that still yields the event.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('what the news comes after', () => {
  it('reads an attack after "ويأتي … بعد" as the earlier happening', () => {
    expect(
      typesOf('ويأتي ذلك بعد يومين على هجوم انتحاري تبناه تنظيم داعش وأوقع 32 قتيلا في مدينة سروج الحدودية.'),
    ).not.toContain('ASSAULT');
  });
  it('reads an accusation dated "بعد أسبوع من" as an earlier happening', () => {
    expect(
      typesOf(
        'وشنت الشرطة حملة مداهمات أمس بعد أسبوع من أعمال عنف سقط فيها قتلى واتهمت السلطات التنظيمين بالوقوف وراءها.',
      ),
    ).not.toContain('ACCUSE');
  });
  it('reads a refusal brought back "to mind" as an earlier happening', () => {
    expect(
      typesOf(
        'وقال الكاتب إن القرار يستمد أهميته من فشل المفاوضات بما يعيد إلى الأذهان رفض البرلمان التركي استخدام القاعدة.',
      ),
    ).not.toContain('REJECT');
    expect(typesOf('ورفض البرلمان التركي أمس استخدام القوات الأمريكية للقاعدة.')).toContain('REJECT');
  });
  it('keeps an attack reported in its own sentence', () => {
    expect(typesOf('وقتل 32 شخصا في هجوم انتحاري استهدف تجمعا للشباب في بلدة حدودية أمس.')).toContain('ASSAULT');
  });
});

describe('pictures of an attack', () => {
  it('reads a ban on pictures of a bombing as no bombing', () => {
    expect(
      typesOf('قررت السلطات حجب موقع تويتر لمنع تداول صور تفجير البلدة والذي أسفر عن مقتل 32 شخصا.'),
    ).not.toContain('ASSAULT');
  });
  it('keeps a bombing that killed people', () => {
    expect(typesOf('أسفر تفجير سيارة مفخخة في سوق البلدة أمس عن مقتل 32 شخصا.')).toContain('ASSAULT');
  });
});

describe('plotted attacks', () => {
  it('reads the aims of a plot as no attack', () => {
    expect(
      typesOf('وأعلنت الوزارة القبض على 40 عنصرا خططوا من الخارج لإثارة الفوضى وتفجير 7 مساجد في المدينة.'),
    ).not.toContain('ASSAULT');
  });
  it('keeps an attack whose sentence plots nothing', () => {
    expect(typesOf('ونفذ مسلحون تفجيرا استهدف مسجدا في المدينة أمس وأوقع 7 قتلى.')).toContain('ASSAULT');
  });
});

describe('aid a truce is for', () => {
  it('reads aid after "من أجل" as an aim', () => {
    expect(typesOf('وأعلن التحالف هدنة لمدة خمسة أيام من أجل توصيل المواد الإغاثية إلى المدنيين.')).not.toContain(
      'AID',
    );
  });
  it('keeps aid delivered', () => {
    expect(typesOf('ووصلت أمس إلى ميناء عدن سفينة محملة بالمواد الإغاثية والمساعدات الطبية.')).toContain('AID');
  });
});

describe('statements the news follows from', () => {
  it('reads a statement after "بعد أن" or "بعدما" as the earlier cause', () => {
    expect(typesOf('وأحرق المسلحون عددا من المنازل بعدما اتهموا السكان بإيواء الجنود.')).not.toContain('ACCUSE');
    expect(typesOf('وغادر اللاعب النادي بعد أن رفض الرئيس تجديد عقده.')).not.toContain('REJECT');
  });
  it('keeps a statement made now', () => {
    expect(typesOf('واتهم المسلحون السكان أمس بإيواء الجنود.')).toContain('ACCUSE');
  });
});

describe('acts told as a cause', () => {
  it('reads a verb after "لأن" and its subject as the explanation of a state', () => {
    expect(typesOf('وتأخرت عودة الحكومة إلى المدينة لأن الميليشيا دمرت كل المقار الرسمية.')).not.toContain('ASSAULT');
  });
  it('reads a present verb after لأنها as the cause too', () => {
    expect(typesOf('وتعثرت المفاوضات بين البلدين لأنها ترفض استقبال المهاجرين.')).not.toContain('REJECT');
  });
  it('keeps a present verb right after لأن, which is "for … to"', () => {
    expect(typesOf('وقال الوزير أمس إنه حان الوقت لأن يطالب العمال بحقوقهم.')).toContain('REQUEST');
  });
  it('keeps a destruction reported now', () => {
    expect(typesOf('ودمرت الميليشيا أمس كل المقار الرسمية في المدينة.')).toContain('ASSAULT');
  });
});
