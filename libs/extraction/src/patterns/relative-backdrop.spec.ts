// A happening named after a relative pronoun and a verb of witnessing, following or preventing is background.
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('relative backdrop', () => {
  it('reads clashes a place once saw as background', () => {
    expect(
      types('وزار أوبراين مدينتي بانتيو ولير، في ولاية الوحدة التي شهدت بعضًا من أعنف الاشتباكات على حقولها النفطية.'),
    ).not.toContain('ASSAULT');
  });
  it('reads charges that once prevented a visit as background', () => {
    expect(
      types('ويتناول العشاء مع كينياتا الذي حال توجيه المحكمة الجنائية الدولية اتهامات له دون زيارة أوباما لكينيا.'),
    ).not.toContain('ACCUSE');
  });
  it('keeps the happening when the clause names a recent day or stands as the main clause', () => {
    expect(types('وفي مدينة الرمادي التي شهدت أمس اشتباكات عنيفة بين الجيش وداعش.')).toContain('ASSAULT');
    expect(types('وشهدت مدينة الرمادي اشتباكات عنيفة بين الجيش العراقي وتنظيم داعش.')).toContain('ASSAULT');
  });
});
