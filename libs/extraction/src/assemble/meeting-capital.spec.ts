// A capital in idafa after a meeting noun ("لقاء الدوحة") or after a visit verb ("يزور القاهرة") is the meeting's venue
// as well as its state.
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const consult = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).find((e) => e.type === 'CONSULT');

describe('meeting venue named by its capital', () => {
  it('places "لقاء الدوحة" in Doha', () => {
    expect(consult('وقال كيري: إن لقاء الدوحة بحث أيضا الدفاع الصاروخي ونقل السلاح.')?.location?.name).toBe('Doha');
  });

  it('places "قمة الرياض" in Riyadh', () => {
    expect(consult('وقال الوزير إن قمة الرياض بحثت الأزمة اليمنية.')?.location?.name).toBe('Riyadh');
  });

  it('places a meeting with a visitor "الذي يزور بغداد" in the city he visits', () => {
    const body = 'والتقى رئيس الوزراء أمس وزير الخارجية الياباني، الذي يزور بغداد حاليا، وبحثا العلاقات الثنائية.';
    expect(consult(body)?.location?.name).toBe('Baghdad');
  });

  it('keeps a capital after a noun that is no meeting as the state alone', () => {
    const body = 'واستدعت الخارجية سفير الدوحة للتشاور.';
    const events = rules.extract({ id: 't', body, language: 'ar' });
    expect(events.every((e) => e.location?.name !== 'Doha')).toBe(true);
  });
});
