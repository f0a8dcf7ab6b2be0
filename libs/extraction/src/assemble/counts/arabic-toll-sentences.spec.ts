import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const killedOf = (body: string, type = 'ASSAULT') =>
  ex.extract({ id: 'a', body, language: 'ar' }).find((e) => e.type === type)?.killed;

describe('Arabic toll-only sentences', () => {
  it('gives the figure of a sentence with no attack word to the happening told before it', () => {
    expect(killedOf('قصف المتمردون أحياء سكنية في مدينة تعز. وقال السكان إن سبعة مدنيين سقطوا قتلى.')).toBe(7);
    expect(killedOf('قصف المتمردون أحياء سكنية في مدينة تعز. وأفادت مصادر طبية بسقوط خمسة قتلى وعشرة جرحى.')).toBe(5);
  });
  it('keeps the figure the happening already has', () => {
    expect(killedOf('قتل ثلاثة في قصف على مدينة تعز. وقال السكان إن سبعة مدنيين سقطوا قتلى.')).toBe(3);
  });
  it('gives no figure of a recalled attack, another year, a charge or an accident', () => {
    expect(killedOf('قصف المتمردون أحياء سكنية في مدينة تعز. ويأتي ذلك بعد الهجوم الذي أوقع 30 قتيلا.')).toBeNull();
    expect(killedOf('قصف المتمردون أحياء سكنية في مدينة تعز. وفي عام 2012 سقط 40 قتيلا.')).toBeNull();
    expect(killedOf('قصف المتمردون أحياء سكنية في مدينة تعز. ولم توجه إليهم تهمة بقتل شخصين.')).toBeNull();
    expect(killedOf('قصف المتمردون أحياء سكنية في مدينة تعز. ولقي ستة أشخاص حتفهم في حادث سير.')).toBeNull();
  });
});
