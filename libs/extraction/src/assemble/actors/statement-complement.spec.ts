// A name in a statement verb's complement (past على/إلى/عن or a glued ب/لل) is what was praised or demanded, or
// whom it was addressed to; with the subject dropped, the speaker is the previous sentence's, not that name.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' });
const actorOf = (body: string, type: string) => events(body).find((e) => e.type === type)?.actor?.name ?? null;

describe('statement complement', () => {
  it('does not make the praised fighters the speaker of a praise with a dropped subject', () => {
    const body = 'قال وزير الصحة اليمني ناصر باعوم إن الوضع صعب. وأشاد بمقاتلي المقاومة الشعبية الذين صمدوا في عدن.';
    expect(actorOf(body, 'SUPPORT')).toBe('ناصر باعوم');
  });
  it('does not make the party named inside a demand its speaker', () => {
    const body = 'وطالب النزلي المجتمع الدولي بضرورة إنهاء الاحتلال الإسرائيلي ومحاسبته.';
    expect(actorOf(body, 'REQUEST')).not.toBe('Israeli government');
  });
  it('keeps a named speaker after the verb', () => {
    const body =
      'دعا المرجع الشيعي الأعلى في العراق آية الله علي السيستاني رئيس الوزراء حيدر العبادي للضرب بيد من حديد.';
    expect(actorOf(body, 'REQUEST')).toBe('Ali al-Sistani');
  });
  it('does not make the government thanked with a glued لل the subject of the thanks', () => {
    const body = 'قدم الدكتور ناصر باعوم القائم بأعمال وزير الصحة اليمني، شكره للحكومة السعودية على الدعم المستمر.';
    expect(actorOf(body, 'SUPPORT')).not.toBe('Saudi government');
    expect(actorOf(body, 'SUPPORT')).toContain('ناصر باعوم');
  });
});
