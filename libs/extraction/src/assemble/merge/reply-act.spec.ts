// An act a reply verb introduces with بـ ("ردّ عليه الجيش الإسرائيلي بغارة") is the answer to the act told before it:
// a second happening even at the same scene and in the same sentence (reply-act.ts, merge-events.ts,
// separate-happenings.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-08-08T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT');

describe('an answer to an attack', () => {
  it('is kept apart from the attack it answers in the same sentence', () => {
    const body =
      'فقد أطلقت جماعة فلسطينية متطرفة صاروخا من غزة على جنوب إسرائيل ردّ عليه الجيش الإسرائيلي بغارة على أحد مواقع حركة حماس.';
    expect(assaults(body)).toHaveLength(2);
  });
  it('does not read "ورد" (was reported) or "فرد" (a member) as a reply', () => {
    const body =
      'أطلق مواطن النار على زوجته داخل منزلهم في حائل أمس. وأوضح الناطق أنه ورد بلاغ عن قيام مواطن بإطلاق النار على زوجته في حائل.';
    expect(assaults(body)).toHaveLength(1);
  });
  it('does not split an act that only names what was answered', () => {
    const body = 'قصف الحوثيون أحياء في تعز أمس. وقال مصدر إن الحوثيين كثفوا القصف على الأحياء السكنية في تعز.';
    expect(assaults(body)).toHaveLength(1);
  });
});
