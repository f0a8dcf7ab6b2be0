// A deal signed at the article's one meeting takes the meeting's venue and parties.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });

describe('lendMeetingVenue', () => {
  it('places an agreement signed after a meeting at the meeting', () => {
    const body =
      'Crown Prince Mohammed bin Salman met Pakistani Prime Minister Shehbaz Sharif in Riyadh on Tuesday. ' +
      'Following the meeting, officials from the two countries signed seven memoranda of understanding.';
    const agree = rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === 'AGREE');
    expect(agree?.location?.name).toBe('Riyadh');
    expect(agree?.actor).not.toBeNull();
  });

  it('leaves an agreement with a place of its own where it is', () => {
    const body =
      'The foreign ministers met in Riyadh on Monday. On Tuesday the two governments signed a trade agreement in Cairo.';
    const agree = rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === 'AGREE');
    expect(agree?.location?.name).toBe('Cairo');
  });
});

describe('a meeting reported at a press conference', () => {
  it('was held where its parties met the press, not in a city named later', () => {
    const body =
      'وقال وزير الري المصري حسام الدين مغازي في بيان تلاه في مؤتمر صحافي بالخرطوم أمس إن الاجتماع نجح في التوصل إلى توافق حول كل النقاط، على أن يعقد الاجتماع المقبل في أديس أبابا.';
    const meeting = rules
      .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
      .find((e) => e.type === 'CONSULT');
    expect(meeting?.location?.name).toBe('Khartoum');
  });
});
