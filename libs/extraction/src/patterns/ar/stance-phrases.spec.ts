// Ratifying and defending accords, ultimatums, levelled criticism, rebuttals, dismissals as meaningless, surrenders and envoy recalls (stance-phrases.patterns.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};
const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic stance phrases', () => {
  it.each([
    ['وصادق البرلمان الأردني بالأغلبية أمس على الاتفاقية التجارية مع تركيا.', 'SUPPORT/endorse'],
    ['والمجلس يصادق على القرار الذي قدمته فرنسا.', 'SUPPORT/endorse'],
    ['ودافع وزير المالية عن الخطة الاقتصادية أمام النواب.', 'SUPPORT/praise'],
    ['وجدد الرئيس دفاعه عن الاتفاق مع الدائنين.', 'SUPPORT/praise'],
    ['وقال الوزير إن على المسلحين أن يسلموا أنفسهم أو أن يواجهوا العواقب.', 'THREATEN/threaten'],
    ['وقال القائد إن المهاجمين سيدفعون الثمن.', 'THREATEN/threaten'],
    ['ووجه رئيس البرلمان انتقادات حادة إلى وزارة الصحة.', 'ACCUSE/criticize'],
    ['وبدأ الحرس الثوري والمتشددون في انتقاده فور التوصل إليه.', 'ACCUSE/criticize'],
    [
      'وأعاد المجلس والولايات المتحدة التأكيد في الدوحة أمس لانتقاداتهم السابقة لدعم إيران للإرهاب.',
      'ACCUSE/criticize',
    ],
    ['وجدد زعيم المعارضة انتقاده لسياسة الحكومة.', 'ACCUSE/criticize'],
    ['ووصف المتحدث بيان الجماعة بأنه أكذوبة مفضوحة.', 'ACCUSE/accuse'],
    ['واعتبرت الحركة تلك التصريحات افتراءات.', 'ACCUSE/accuse'],
    ['وندد البيان بما وصفه بتدخلات في الشؤون الداخلية للبلاد.', 'ACCUSE/interfere'],
    ['وقال إن الجارة تواصل تدخلاتها في الشأن العراقي.', 'ACCUSE/interfere'],
    ['وتعرض الوزير لسيل من الانتقادات أمام اللجنة البرلمانية.', 'ACCUSE/criticize'],
    ['وأعلن عشرات المسلحين استسلامهم للجيش.', 'RETREAT/disarm'],
    ['وأعلنت الخارجية استدعاء الكويت لسفيرها من بغداد للتشاور.', 'SANCTION/expel'],
    ['وقال الوزير: "نؤيد هذه المبادرة بلا تحفظ".', 'SUPPORT/solidarity'],
    ['وردت الشركة على الاتهامات وأكدت أنها التزمت بالعقد.', 'REJECT/deny'],
    ['ورد المتحدث باسمها على مزاعم المعارضة.', 'REJECT/deny'],
    ['وقال النائب بعد لقائه رئيس الحكومة: "أبلغته تضامني الكامل معه".', 'SUPPORT/solidarity'],
  ])('%s → %s', (text, reading) => {
    expect(readings(text)).toContain(reading);
  });

  it.each([
    // A name or an adjective, not ratification; a defence of a city, not of a stance.
    ['وقال محمد صادق إن الطريق مغلق.', 'SUPPORT'],
    ['ودافع الجنود عن المدينة طوال الليل.', 'SUPPORT'],
    // Consequences borne in the past describe a situation, not an ultimatum.
    ['وتحمل السكان عواقب الجفاف.', 'THREATEN'],
    // Summoning a foreign envoy is an ACCUSE, not a recall of one's own.
    ['واستدعت الخارجية السفير الإيراني.', 'SANCTION'],
    // Answering questions or letters rebuts nothing.
    ['ورد الوزير على أسئلة الصحفيين.', 'REJECT'],
  ])('%s has no %s', (text, type) => {
    expect(readings(text).some((r) => r.startsWith(`${type}/`))).toBe(false);
  });

  it('reports a ratification as a SUPPORT event', () => {
    expect(types('صادق مجلس النواب أمس بالإجماع على الاتفاقية الأمنية مع الأردن.')).toContain('SUPPORT');
  });

  it.each([
    'وقالت الحركة في بيان إنه لم يعد للتهدئة أي معنى بعد القصف.',
    'وأكد المتحدث أن المفاوضات فقدت أي معنى لها.',
    'واعتبر الزعيم أن العقوبات الجديدة على حزبه لا تقدم ولا تؤخر.',
  ])('reads dismissing a truce or a measure as meaningless as a REJECT: %s', (text) => {
    expect(types(text)).toContain('REJECT');
  });
  it('does not read a meaning that is only explained as a rejection', () => {
    expect(readings('وشرح المعلم معنى الكلمة للطلاب.').some((r) => r.startsWith('REJECT/'))).toBe(false);
  });
});
