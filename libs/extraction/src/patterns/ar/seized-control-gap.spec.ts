// "انتزعت اليوم (الاثنين) السيطرة على", "انتزع تنظيم داعش السيطرة على" (coerce.patterns.ts): a time or the subject
// between the verb and its fixed object السيطرة leaves the taking told by its verb, whose subject is read as for the
// contiguous phrase; after أن ("منذ أن استعادت القوات … السيطرة عليها") the verb dates another act.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const seizures = (body: string) =>
  rules
    .explain({ id: 'sg', body, language: 'ar' })
    .filter((e) => e.event.type === 'COERCE')
    .map((e) => ({ trigger: e.explain.trigger, actor: e.event.actor?.name ?? null }));

describe('Arabic seizing control with words between verb and object', () => {
  it('reads the verb across a date in parentheses', () => {
    const read = seizures(
      'قال المرصد السوري لحقوق الانسان إن وحدات حماية الشعب الكردية انتزعت اليوم (الاثنين) السيطرة على بلدة صرين في شمال سوريا.',
    );
    expect(read.map((r) => r.trigger)).toContain('انتزعت');
  });

  it('reads the verb across its subject', () => {
    const read = seizures('وانتزع تنظيم داعش السيطرة على مدينة تدمر بوسط البلاد في مايو.');
    expect(read).toContainEqual({ trigger: 'وانتزع', actor: 'Islamic State' });
  });

  it('takes no verb reading right after أن', () => {
    const read = seizures('ويوجد جنود في عدن منذ أن استعادت القوات الموالية للرئيس هادي السيطرة عليها في منتصف يوليو.');
    expect(read.map((r) => r.trigger)).not.toContain('استعادت');
  });
});
