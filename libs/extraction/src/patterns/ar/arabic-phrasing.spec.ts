// Arabic wire phrasings the lexicons read: hamza-less and first-person condemnation, releases with the subject
// between verb and سراح, and orders that nobody may leave a town.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic phrasing (additions)', () => {
  it.each([
    ['دانت قيادة الإقليم السبت القصف الجوي.', 'ACCUSE'],
    ['وقال البرلمان في بيان: ندين بشدة هذه الهجمات.', 'ACCUSE'],
    ['أطلقت قوات الأمن التونسية سراح عدد من الناشطين.', 'RETREAT'],
    ['وأخلت النيابة سبيل المتهمين بكفالة.', 'RETREAT'],
    ['أصدر التنظيم أوامره بمنع مغادرة المدينة.', 'COERCE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('does not read asking for reinforcements or supplies, or a document providing for something, as a demand', () => {
    expect(typesOf('إن المسلحين طلبوا تعزيزات ضخمة من الأسلحة.')).not.toContain('REQUEST');
    expect(typesOf('وطلبوا تزويدهم بشهادات وفاة.')).not.toContain('REQUEST');
    expect(typesOf('أشاروا إلى أن الوثيقة تدعو إلى تنفيذ بيان جنيف.')).not.toContain('REQUEST');
    expect(typesOf('وطلبت المدينة من المسؤولين المساعدة.')).toContain('REQUEST');
    expect(typesOf('الحكومة تدعو إلى الحوار.')).toContain('REQUEST');
  });

  it('does not read دان inside a country name as condemnation', () => {
    expect(typesOf('زار الوزير السودان أمس.')).not.toContain('ACCUSE');
  });
});

describe('a meeting held with the light verb عقد', () => {
  it('reads "عقد … اجتماعا" as a verb phrase across its subject', () => {
    const index = triggerIndex('ar');
    if (!index) throw new Error('no Arabic lexicon');
    const text = 'عقد وزير الخارجية عادل الجبير اجتماعا مع نظيره التركي أمس في أنقرة.';
    const verbs = matchTriggers(tokenize(text), index).filter((m) => m.spec.voice === 'verb');
    expect(verbs.map((m) => m.spec.type)).toContain('CONSULT');
  });
});
