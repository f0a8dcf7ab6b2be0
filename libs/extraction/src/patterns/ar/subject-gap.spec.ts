// Verb-subject-object wordings with the subject between the verb and its fixed object (subject-gap.patterns.ts), the
// senses that keep a gap from reaching another head's object, a meeting reported after بعد / عقب (topic-frame.ts),
// and أنّ before a verb-shaped masdar (match-triggers.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';
import { frameCue } from '../topic-frame';
import { metCounterpart } from '../reported-meeting';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};
const phrases = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.phrase);
};
const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'ar' });

describe('Arabic triggers with the subject between verb and object', () => {
  it.each([
    ['أطلق ثلاثة أشخاص مجهولي الهوية النار على سيدة بمحافظة حفر الباطن.', 'ASSAULT/firearms'],
    ['وفي حادث منفصل فتح مسلحون النار على مركز للشرطة في إسطنبول.', 'ASSAULT/firearms'],
    ['وكان متطرفون فتحوا الخميس النار من سوريا على مركز حدودي.', 'ASSAULT/firearms'],
    ['ووجهت وزارة العدل الأمريكية اتهامات إلى 14 مسؤولا.', 'ACCUSE/accuse'],
    ['وجه القضاء الكوري الجنوبي تهمة إضافية إلى رجل هاجم السفير.', 'ACCUSE/accuse'],
    ['وجه النائب خالد الضاهر انتقادات لاذعة إلى رئيس التكتل.', 'ACCUSE/criticize'],
    ['أثنى رئيس مجلس النواب سليم الجبوري على الانتصارات في الأنبار.', 'SUPPORT/praise'],
    ['وقال إن الولايات المتحدة تثني على الحكومة السنغالية.', 'SUPPORT/praise'],
    ['توصل زعماء منطقة اليورو إلى اتفاق بشأن اليونان.', 'AGREE/agree'],
    ['حكمت محكمة في الحسيمة شمال المغرب على مغربيين بالسجن لشهرين.', 'COERCE/sentence'],
    ['أحبطت إدارة مكافحة المخدرات الأردنية محاولة تهريب كميات كبيرة من الحبوب.', 'COERCE/confiscate'],
    ['فتحت وزارة العدل السويسرية تحقيقا موسعا ضد المجموعة.', 'ACCUSE/investigate'],
    ['نظم نحو 400 صحافي وقفة أمام نادي الصحافة.', 'PROTEST/demo'],
    ['الأردن تقرر رفع شكوى ضد الاحتلال الإسرائيلي.', 'ACCUSE/accuse'],
    ['للنظر في اثنين من الشكاوى قدمتهما روسيا والصين ضد الاتحاد الأوروبي.', 'ACCUSE/accuse'],
    ['استدعت مملكة البحرين سفيرها لدى إيران للتشاور.', 'SANCTION/expel'],
    ['البحرين تستدعي سفيرها في إيران للتشاور.', 'SANCTION/expel'],
    ['فقد استدعت وزارة الخارجية سفير مملكة البحرين لدى الجمهورية الإسلامية وذلك للتشاور.', 'SANCTION/expel'],
    ['وأوضح المتحدث أنه لا صحة لإيقاف استقدام العمالة.', 'REJECT/deny'],
  ])('%s → %s', (text, reading) => {
    expect(readings(text)).toContain(reading);
  });

  it('reads the shooter in the gap as the actor', () => {
    const shot = events('فتح مسلحون النار على قاعدة عسكرية في إقليم تونجلي.').find((e) => e.type === 'ASSAULT');
    expect(shot?.actor?.name).toBe('gunmen');
  });

  it.each([
    // a truce called for, fireworks, an inquiry into a shooting, twelve people
    ['أطلقت الأمم المتحدة دعوة لوقف إطلاق النار في اليمن.', 'ASSAULT/firearms'],
    ['وأطلقت بلدية المحافظة الألعاب النارية في موقع الاحتفال.', 'ASSAULT/firearms'],
    ['أغلقت السلطات الموقع ووجهت اتهامات لاثني عشر شخصا على صلة به.', 'SUPPORT/praise'],
    // a consumer's grievance, and a foreign envoy summoned (a protest, not a recall)
    ['وعلى المواطن تقديم شكوى لدى البلدية.', 'ACCUSE/accuse'],
    ['واستدعت الخارجية السفير الإيراني وسلمته مذكرة احتجاج.', 'SANCTION/expel'],
  ])('%s is no %s', (text, reading) => {
    expect(readings(text)).not.toContain(reading);
  });

  it('reads وجه after a preposition as the noun "face"', () => {
    expect(phrases('وصمد الرئيس في وجه الاتهامات التي طالته.')).not.toContain('وجه ~~ اتهامات');
  });

  it('does not let فتح reach the النار of another head', () => {
    expect(phrases('فتحت الشرطة تحقيقا في حادث إطلاق النار.')).not.toContain('فتحت ~~ النار');
  });
});

describe('a meeting reported after بعد / عقب', () => {
  const consultFrame = (text: string) => {
    const tokens = tokenize(text);
    const index = triggerIndex('ar');
    if (!index) throw new Error('no Arabic lexicon');
    const meeting = matchTriggers(tokens, index).find((m) => m.spec.type === 'CONSULT');
    if (!meeting) throw new Error(`no meeting in ${text}`);
    return { cue: frameCue(tokens, meeting, 0, false), met: metCounterpart(tokens, meeting.first) };
  };

  it.each([
    'وقال الجبير عقب لقائه بوزير الخارجية المصري إنه بحث الأوضاع.',
    'قال وزير الإعلام رمزي جريج عقب لقائه الرئيس سلام أمس إنه متضامن معه.',
    'وقال أوباما للصحافيين بعد مباحثاته مع الرئيس الكيني إن الوضع رهيب.',
  ])('%s reports the meeting', (text) => {
    expect(consultFrame(text)).toEqual({ cue: null, met: true });
  });

  it.each(['وهو السر الذي لم تخفه بعد لقائها الأول معه.', 'وأبدى المجلس في بيان عقب اجتماعه الأسبوعي ارتياحه.'])(
    '%s only points back to it',
    (text) => {
      expect(consultFrame(text).cue).toMatch(/^topic:/);
    },
  );
});

describe('أنّ before a verb-shaped masdar', () => {
  it('reads "أن طلب الحجوزات" as the demand for bookings, not a request', () => {
    expect(readings('مشددا على أن طلب الحجوزات إلى مصر ارتفع هذا العام.')).not.toContain('REQUEST/call');
    expect(readings('وقال الصحافي إن طالب الصيدلة قتل في الرقة.')).not.toContain('REQUEST/demand');
  });

  it('keeps the verb after the particle أنْ and its heads', () => {
    expect(readings('وذلك بعد أن طلب الرئيس من الحكومة التحقيق.')).toContain('REQUEST/call');
    expect(readings('واستغل التنظيم الفوضى بأن سيطر على بضع بلدات.')).toContain('COERCE/seize');
  });
});
