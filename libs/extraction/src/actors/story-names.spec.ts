// Arabic actor readings that depend on the article: bare story words (المقاومة, الائتلاف, المملكة), unknown names
// whose surname recurs after a verb (روبيرت بايبر ... وأضاف بايبر), a rank after an office's country (رئيس الأركان
// الأمريكي الجنرال مارتن ديمبسي) and name runs that stop at verbs and institutions.
import { RuleExtractor } from '../extractor/rule-extractor';
import { findActors } from './index';

const ids = (text: string) => findActors(text, { language: 'ar' }).map((m) => m.actor.id);
const named = (text: string) => findActors(text, { language: 'ar' }).map((m) => `${m.surface}=${m.actor.name}`);

describe('bare story words', () => {
  it('المقاومة is the Popular Resistance in a Yemeni story, nobody in a Palestinian one', () => {
    expect(ids('وقالت المصادر إن المقاومة تقدمت في عدن على مواقع الحوثيين.')).toContain('group:popular-resistance');
    expect(ids('وقالت حماس إن المقاومة في غزة سترد على الاحتلال.')).not.toContain('group:popular-resistance');
    expect(ids('وقالت حماس إن المقاومة في غزة سترد على الاحتلال.').some((id) => id.startsWith('ctx:'))).toBe(false);
  });

  it('الائتلاف is the Syrian National Coalition only in a Syrian story', () => {
    expect(ids('اتفق وفدا الائتلاف وهيئة التنسيق على حل سياسي في سوريا.')).toContain('group:syrian-coalition');
    expect(ids('اتفق الائتلاف مع الكتل البرلمانية في بغداد على دعم الحكومة العراقية.')).not.toContain(
      'group:syrian-coalition',
    );
  });

  it('المملكة is Saudi Arabia unless another kingdom leads the story', () => {
    expect(ids('وصلت الطائرة الثامنة التي أرسلتها المملكة إلى كاتماندو.')).toContain('state:SA');
    expect(ids('قالت البحرين إن التصريحات تمثل تدخلا في شؤون المملكة وطالبت البحرين إيران بالكف.')).toContain(
      'state:BH',
    );
  });
});

describe('names the dictionary does not know', () => {
  it('a name whose surname recurs after a verb is a person, and so is the bare surname', () => {
    const text = 'ودعا روبيرت بايبر إسرائيل إلى تجميد عمليات الهدم. وأضاف بايبر، خلال زيارة، أن الهدم محظور.';
    expect(named(text)).toEqual(['روبيرت بايبر=روبيرت بايبر', 'إسرائيل=Israel', 'بايبر=روبيرت بايبر']);
  });

  // The verbs are looked up with their و / ف forms in one set: a surname after "فقال" recurs as after "وأضاف".
  it('a surname recurs after a verb glued to ف as after one glued to و', () => {
    const text = 'فقال روبيرت بايبر إن الهدم محظور. وأضاف بايبر، خلال زيارة، أن الهدم مستمر.';
    expect(named(text)).toEqual(['روبيرت بايبر=روبيرت بايبر', 'بايبر=روبيرت بايبر']);
  });
  it('a name with a link after an office, and its surname after دعا', () => {
    const text =
      'أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج عن رفضه للتصريحات. ودعا الخرينج إلى التعاون.';
    expect(named(text)).toEqual(['مبارك بن بنيه الخرينج=مبارك بن بنيه الخرينج', 'الخرينج=مبارك بن بنيه الخرينج']);
  });

  it('a titled name lends its surname to a later verb', () => {
    expect(named('ويقول الصحافي فؤاد المسلمي، من مدينة تعز، إن القرى صامدة. ونفى المسلمي ما يقال.')).toEqual([
      'الصحافي فؤاد المسلمي=فؤاد المسلمي',
      'المسلمي=فؤاد المسلمي',
    ]);
  });

  it('a known name lends its surname to a verb of judging or addressing (ووجه طواف)', () => {
    const text = 'أكد السفير السابق عبدالوهاب هادي طواف أن النظام تورط. ووجه طواف، في حوار، انتقادات لاذعة للمبعوث.';
    expect(named(text)).toContain('طواف=عبدالوهاب هادي طواف');
  });

  it('common nouns after verbs and offices heading an idafa are no names', () => {
    expect(named('صرّح منسق الشؤون الإنسانية أن الوضع صعب. وقال منسق الشؤون إن الأمم المتحدة قلقة.')).not.toContain(
      'صرّح منسق=صرّح منسق',
    );
    expect(ids('فر صفوف عناصر التنظيم من البلدة. وقال عناصر من الجيش إن العناصر انسحبوا.')).toEqual([]);
  });
});

describe('person patterns', () => {
  it('a rank after the office and its country belongs to the title', () => {
    expect(named('اتهم رئيس الأركان الأمريكي الجنرال مارتن ديمبسي الحكومة العراقية بخرق الاتفاق.')).toEqual([
      'رئيس الأركان الأمريكي الجنرال مارتن ديمبسي=Martin Dempsey',
      'الحكومة العراقية=Iraqi government',
    ]);
  });

  it('a name run ends at an office set after it without the article', () => {
    const text = 'وصف عبدالعزيز جباري مستشار الرئيس اليمني الحديث بالمناورة. وأضاف جباري أن الحل قريب.';
    expect(named(text)).toEqual(['عبدالعزيز جباري=عبدالعزيز جباري', 'جباري=عبدالعزيز جباري']);
  });

  it('a name run ends at a verb', () => {
    expect(named('وقال ساكن يدعى أبو بكر جاء إلى السوق بعدما علم بالانفجار.')).toEqual(['أبو بكر=أبو بكر']);
  });
});

describe('sources inside an organisation', () => {
  const ex = new RuleExtractor({ minConfidence: 0 });
  it('"مصادر في المقاومة" is a source, not the doer of the killing it reports', () => {
    const events = ex.extract({
      id: 't',
      language: 'ar',
      body: 'وقالت مصادر محلية وفي المقاومة الشعبية إن 22 مسلحاً من الحوثيين قتلوا في لحج.',
      publishedAt: '2015-07-22T10:00:00Z',
    });
    const killing = events.find((e) => e.type === 'ASSAULT');
    expect(killing?.actor?.id).not.toBe('group:popular-resistance');
  });
});
