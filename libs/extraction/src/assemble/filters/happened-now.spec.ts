// Triggers that name something still to come, a prayer, a withheld comment, an aftermath or an incident dated
// months back, and undated essays: none reports a happening now (codebook: not events).
import { RuleExtractor } from '../../extractor/rule-extractor';
import { articleGenre } from '../../context/article-genre';
import { pastFullDate, monthIndex } from '../../patterns/full-dates';
import { frameCue } from '../../patterns/topic-frame';
import { tokenize } from '../../text/tokenize';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string, language: 'ar' | 'en' = 'ar') =>
  rules.extract({ id: 't', body, language, publishedAt: '2015-07-22T08:00:00Z' });
const typesOf = (body: string, language: 'ar' | 'en' = 'ar') => events(body, language).map((e) => e.type);

describe('upcoming meetings, visits and attacks', () => {
  it('drops a noun with a future adjective after it, in its clause', () => {
    expect(typesOf('وأشاد المحللون بأهمية زيارة وزير الخارجية الفرنسي المرتقبة إلى طهران.')).not.toContain('CONSULT');
    expect(typesOf('تتجه الأنظار إلى المحادثات المقبلة بين الوفدين في جنيف.')).not.toContain('CONSULT');
    expect(typesOf('The minister spoke ahead of the upcoming summit in Geneva.', 'en')).not.toContain('CONSULT');
  });
  it('keeps a meeting that took place, with its place', () => {
    const meeting = events('التقى وزير الخارجية الفرنسي نظيره الإيراني في طهران أمس.').find(
      (e) => e.type === 'CONSULT',
    );
    expect(meeting?.location?.name).toBe('Tehran');
  });
});

describe('prayers and withheld comments', () => {
  it('reads a call on God as a prayer, not a request', () => {
    expect(typesOf('ودعا الأمير الله أن يحفظ البلاد من كل سوء.')).not.toContain('REQUEST');
    expect(typesOf('ودعا الأمير الحكومة إلى الإفراج عن المعتقلين.')).toContain('REQUEST');
  });
  it('reads declining to comment as no rejection', () => {
    expect(typesOf('ورفضت الوزارة التعليق على الاتهامات.')).not.toContain('REJECT');
    // Past a dash-bounded aside about the speakers.
    expect(typesOf('ورفض المسؤولون - الذين طلبوا عدم الكشف عن أسمائهم - الإفصاح عن تفاصيل الاتفاق.')).not.toContain(
      'REJECT',
    );
    expect(typesOf('The ministry refused to comment on the report.', 'en')).not.toContain('REJECT');
  });
  it('reads a rejection verb under a negator as no rejection', () => {
    // Neither confirmed nor denied: the negator before the first verb negates both.
    expect(typesOf('ولم يؤكد الوزير أو ينفي الأنباء عن استقالته.')).not.toContain('REJECT');
    expect(typesOf('لم يؤكد أو ينفي نية تقديم تمويلات جديدة.')).not.toContain('REJECT');
    expect(typesOf('ولم ينف المتحدث الأنباء.')).not.toContain('REJECT');
    expect(typesOf('ونفى الوزير الأنباء عن استقالته.')).toContain('REJECT');
    expect(typesOf('ورفضت الحكومة الاتهامات الموجهة إليها.')).toContain('REJECT');
  });
});

describe('aftermaths named after a time head', () => {
  const cue = (text: string, word: string, type = 'AGREE') => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t) => t.surface === word);
    return frameCue(tokens, { first, spec: { voice: 'noun', type } }, 0, false);
  };
  it('reads a masdar annexed to a definite noun, or after an incident word, as definite', () => {
    expect(cue('وتأتي الزيارة بعد توقيع الاتفاق النووي في فيينا.', 'توقيع')).toBe('topic:بعد');
    expect(cue('تشكلت لجنة تحقيق بعد حادث تفجير السوق في المدينة.', 'تفجير', 'ASSAULT')).toBe('topic:بعد');
    expect(cue('تقدمت القوات بعد اشتباكات عنيفة مع المسلحين.', 'اشتباكات', 'ASSAULT')).toBeNull();
  });
});

describe('full dates months before the article', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t) => t.surface === word);
    return pastFullDate(tokens, first, { first: 0, end: tokens.length }, 2015, 7);
  };
  it('converts Hijri and Gregorian dates to a month', () => {
    expect(monthIndex(19, 6, 1436)).toBe(2015 * 12 + 3);
    expect(monthIndex(22, 5, 2015)).toBe(2015 * 12 + 4);
  });
  it('dates an incident listed with a full date two months back, not one from this month', () => {
    expect(at('حادث إطلاق النار على دورية الأمن بتاريخ 19 / 6 / 1436هـ', 'إطلاق')).toBe('date:19/6/1436');
    expect(at('حادث إطلاق النار على دورية الأمن بتاريخ 2 / 10 / 1436هـ', 'إطلاق')).toBeNull();
    expect(at('اعتقلت الشرطة عشرة أشخاص وضبطت 19 بندقية و6 مسدسات و1436 طلقة', 'اعتقلت')).toBeNull();
  });
  it('drops the dated incident from the extracted events', () => {
    expect(typesOf('وقع حادث إطلاق نار على دورية الأمن شرق الرياض بتاريخ 19 / 6 / 1436هـ.')).not.toContain('ASSAULT');
  });
});

describe('undated essays', () => {
  it('reads a long Arabic piece with no attribution and no news day as opinion', () => {
    const essay =
      'يعيش كثير من الشباب حيرة كبيرة بين الدراسة والعمل، وتضيع سنوات من أعمارهم في البحث عن وظيفة لا تأتي. ' +
      'وتبقى الأسرة هي السند الأول، فهي التي تدفع أبناءها إلى الاجتهاد وترفض الكسل وتحارب اليأس. ' +
      'وتظل المدرسة مكانا للتربية قبل التعليم، والمعلم قدوة قبل أن يكون ناقلا للمعرفة في الفصل. ';
    const text = essay.repeat(6);
    expect(articleGenre(tokenize(text), text).genre).toBe('opinion');
    const report = 'قال المتحدث باسم الشرطة أمس إن القوات اعتقلت عشرة أشخاص في المدينة. ' + essay.repeat(6);
    expect(articleGenre(tokenize(report), report).genre).not.toBe('opinion');
  });
});

describe('aims and suspicions', () => {
  it('reads what a government seeks or is ready for as an intention', () => {
    expect(typesOf('وقال إن الحكومة تسعى للحصول على تأييد الحلفاء لتشكيل المحكمة.')).not.toContain('SUPPORT');
    expect(typesOf('وقال إن الحكومة حصلت على تأييد الحلفاء لتشكيل المحكمة.')).toContain('SUPPORT');
  });
  it('reads attacks someone is suspected of as alleged', () => {
    expect(typesOf('وأوقفت الشرطة عشرين أجنبيا يشتبه بتورطهم في اعتداءات مسلحة على مواطنين.')).not.toContain('ASSAULT');
    expect(typesOf('وأوقفت الشرطة عشرين أجنبيا يشتبه بتورطهم في اعتداءات مسلحة على مواطنين.')).toContain('COERCE');
  });
});
