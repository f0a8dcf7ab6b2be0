// The Arabic ل-masdar of purpose (trigger-frame.ts): "لتوقيع اتفاق" announces an aim, but what a place or person
// "underwent" (تعرض ل…) is a reported attack, however long the subject between the verb and its ل-object.
import { RuleExtractor } from '../extractor/rule-extractor';
import { foldWord, tokenize } from '../text/tokenize';
import { isPurposeMasdar } from './trigger-frame';

const purpose = (text: string, word: string, head: string) => {
  const tokens = tokenize(text);
  return isPurposeMasdar(
    tokens,
    tokens.findIndex((t) => t.surface === word),
    head,
  );
};
const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('isPurposeMasdar', () => {
  it('reads a ل-masdar after a verb of going or sending as an aim', () => {
    expect(purpose('توجه الوفد إلى عدن لتوقيع اتفاق مع المقاومة.', 'لتوقيع', 'توقيع')).toBe(true);
  });
  it('reads what a long subject underwent as the object of تعرض, not as an aim', () => {
    expect(purpose('تعرض مطار عدن الدولي أمس لقصف صاروخي.', 'لقصف', 'قصف')).toBe(false);
    expect(purpose('تعرض شرطيا مرور في ولاية ديار بكر أمس لهجوم مسلح.', 'لهجوم', 'هجوم')).toBe(false);
    expect(purpose('وتعرضت مراكز عسكرية تركية لهجمات كثيرة.', 'لهجمات', 'هجمات')).toBe(false);
  });
  it('reads the protest a crackdown broke up as its object, not as an aim', () => {
    expect(
      purpose('اعتقل أكثر من 200 مدرس الأربعاء خلال عملية قمع لمظاهرة في طهران.', 'لمظاهرة', foldWord('مظاهرة')),
    ).toBe(false);
  });
});

describe('a protest broken up', () => {
  it('is extracted from the crackdown that names it', () => {
    expect(
      types('اعتقل أكثر من 200 مدرس إيراني الأربعاء خلال عملية قمع لمظاهرة في العاصمة الإيرانية طهران.'),
    ).toContain('PROTEST');
  });
});

describe('an attack undergone', () => {
  it('is extracted when the subject is long', () => {
    expect(
      types('تعرضت قرية الخوجرة التابعة لمحافظة الطوال أمس الجمعة لمقذوفات حوثية من داخل الأراضي اليمنية.'),
    ).toContain('ASSAULT');
  });
});
