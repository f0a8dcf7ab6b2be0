// Merging within one clause: a side read as both the doer and the hit of one happening is a misreading, not two
// happenings; the mentions merge, keeping the doer and dropping the clashing target.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => ({ actor: e.actor?.name ?? null, target: e.target?.name ?? null }));

describe('one clause, one happening, even when its roles were misread', () => {
  it('keeps the ambushers as the doers of a toll told in the same clause', () => {
    const body = 'ولقي خمسة من مسلحي الحوثي مصرعهم أمس في كمين نصبته المقاومة الشعبية في مدينة قعطبة.';
    // The dead between لقي and مصرعهم are the target: the Houthi fighters died.
    expect(assaults(body)).toEqual([{ actor: 'Popular Resistance', target: 'Houthis' }]);
  });
  it('keeps the source of the rocket as its doer, not as its victims', () => {
    const body = 'قتل 12 شخصا أمس في سقوط صاروخ مصدره قوات النظام السوري على حي شعبي في مدينة حلب.';
    expect(assaults(body)).toEqual([{ actor: 'Syrian military', target: null }]);
  });
});
