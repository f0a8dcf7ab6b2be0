// Arabic doers named away from the masdar's idafa slot: the first side of a clash after بين, the subject of a
// relative verb carrying the masdar as its object (شنتها، نفذه), the subject of an auxiliary (تمكنت ... من)
// and security bodies named by their kind (الجهات الأمنية، وحدات خاصة).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' });
const actorOf = (body: string, type: string) => events(body).find((e) => e.type === type)?.actor?.name ?? null;

describe('Arabic agent cues', () => {
  it('takes the first side named after بين for a clash noun', () => {
    expect(actorOf('وأفاد شهود بأن مواجهات عنيفة اندلعت بين الحوثيين والمقاومة الشعبية في تعز.', 'ASSAULT')).toBe(
      'Houthis',
    );
  });
  it('takes the subject of a relative verb that carries the masdar', () => {
    expect(actorOf('قتل 12 مدنيا في غارات شنتها قوات التحالف العربي على صعدة.', 'ASSAULT')).toBe('Saudi-led coalition');
    expect(actorOf('وقال الوزير إن التفجير الذي هز السوق في الرمادي، نفذه تنظيم داعش.', 'ASSAULT')).toBe(
      'Islamic State',
    );
  });
  // تبنى writes its ى as ا before the pronoun: تبناه, تبناها, تبناهما.
  it('takes the group that claimed the attack (تبناه, تبناهما)', () => {
    const claimed =
      'وأكدت مصادر طبية مقتل عشرين شخصا على الأقل، فيما جرح العشرات في تفجير سيارة مفخخة استهدف شارعا تجاريا ' +
      'في حي البياع جنوب غربي بغداد، تبناه تنظيم داعش.';
    expect(actorOf(claimed, 'ASSAULT')).toBe('Islamic State');
    const dual = 'وقتل 21 شخصا في هجمات استهدفت مناطق شيعية في بغداد، بينها تفجيران تبناهما تنظيم داعش في شرق العاصمة.';
    const rule = rules.explain({ id: 't', body: dual, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })[0]?.explain
      .actorRule;
    expect(rule).toBe('subject of the relative verb');
  });
  // The actor is found right after the verb, or one word later after a means or fighter head (طائرات التحالف).
  it('takes the owner of the means after a relative verb', () => {
    expect(actorOf('قتل 5 جنود في هجوم نفذته طائرات التحالف العربي على صعدة.', 'ASSAULT')).toBe('Saudi-led coalition');
  });
  it('takes the group an attack is attributed to (نسب إلى)', () => {
    expect(actorOf('وشددت الحكومة الإجراءات غداة هجوم انتحاري نسب إلى تنظيم داعش في مدينة الموصل.', 'ASSAULT')).toBe(
      'Islamic State',
    );
    expect(actorOf('وقتل سبعة أشخاص في التفجيرات المنسوبة الى حركة الشباب في مقديشو.', 'ASSAULT')).toBe('al-Shabaab');
  });
  it('takes the group an act is ascribed to by a speaker, never the speaker (نسبه X إلى Y)', () => {
    expect(
      actorOf('شهدت المدينة أمس هجوما انتحاريا داميا أوقع 30 قتيلا، نسبته الحكومة الى تنظيم داعش.', 'ASSAULT'),
    ).toBe('Islamic State');
    expect(actorOf('ونسب وزير الداخلية بوضوح الهجوم الى حركة الشباب.', 'ASSAULT')).toBe('al-Shabaab');
    // The one who ascribes it did not do it, even when the group it is ascribed to has no dictionary name.
    expect(actorOf('ونسب الجيش الباكستاني الهجوم الى جماعة محلية صغيرة.', 'ASSAULT')).not.toBe('Pakistan military');
  });
  it('takes the subject of an auxiliary before its masdar', () => {
    expect(actorOf('تمكنت الجهات الأمنية في جازان من ضبط ثلاثة مهربين.', 'COERCE')).toBe('الجهات الأمنية');
  });
  it('reads a security body named by its kind as the subject', () => {
    expect(actorOf('اعتقلت وحدات خاصة أربعة مطلوبين في مدينة صفاقس.', 'COERCE')).toBe('وحدات خاصة');
  });
});
