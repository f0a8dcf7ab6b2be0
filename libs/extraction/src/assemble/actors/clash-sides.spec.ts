// Actors of Arabic clashes, relative agents and bombers with the real dictionary: the sides of a clash named after
// بين (when the first is not in the dictionary) or مع, "قام به X", "يقودها انتحاري", a bomber noun as its own doer,
// the owner of warplanes named by an adjective, a town named like a group, and Algeria's army.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' });
const actorOf = (body: string, type = 'ASSAULT') => events(body).find((e) => e.type === type)?.actor?.name ?? null;

describe('Arabic clash sides', () => {
  it('takes a named side of the pair, or the first side as written, when the dictionary lacks the first', () => {
    expect(actorOf('وقالت مصادر محلية إن اشتباكات اندلعت بين مواطنين ونقطة مسلحة تابعة للحوثيين في صنعاء.')).toBe(
      'Houthis',
    );
    expect(actorOf('قتل شخصان في اشتباكات في وسط مدينة بنغازي بين قوات الحكومة ومقاتلين إسلاميين.')).toBe(
      'قوات الحكومة',
    );
  });

  it('takes the side the victims fought, unless the clause names its subject', () => {
    expect(actorOf('ففي مدينة تعز، قُتل 13 من ميليشيا الحوثي في مواجهات مع المقاومة الشعبية في مناطق متفرقة.')).toBe(
      'Popular Resistance',
    );
    expect(
      actorOf('وتقدمت قوات من الشرطة العراقية في الرمادي بعد اشتباكات مع داعش قتل فيها 35 من عناصر التنظيم.'),
    ).toBe('Iraq police');
  });

  it('takes the subject the clause opens with when it fought the side after مع far from the clash noun', () => {
    expect(
      actorOf(
        'تمكنت المقاومة الشعبية بمحافظة لحج في جنوب اليمن من التقدم نحو مقر اللواء ومبنى المحافظة بعد اشتباكات عنيفة مع مليشيات الحوثي.',
      ),
    ).toBe('Popular Resistance');
  });

  it('keeps the dead of both sides in one clash', () => {
    const body =
      'وأكدت مصادر أن الاشتباكات في مدينة تعز بين المقاومة الشعبية والحوثيين أدت إلى مقتل 20 حوثيا، بينما أسفرت عن مقتل 6 من المقاومة الشعبية.';
    expect(events(body).filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });
});

describe('Arabic doers named by a relative verb or a bomber noun', () => {
  it('reads "قام به X" and a bomber driving the car bomb', () => {
    expect(actorOf('وقال إن التفجير ناجم عن اعتداء انتحاري قام به داعش في سوروتش.')).toBe('Islamic State');
    expect(actorOf('قتل ثلاثة جنود في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في الطارمية.')).toBe('انتحاري');
  });

  it('takes the bomber noun as its own doer, but not a bomber who was arrested', () => {
    expect(actorOf('قتل 15 شخصا أمس، عندما فجر انتحاري نفسه في سوق مزدحمة في قندوز.')).toBe('انتحاري');
    expect(actorOf('هاجم انتحاريان حمام سباحة مزدحما في طوز خورماتو.')).toBe('انتحاريان');
    const arrested = 'وأضافت انه تم ضبط حزام ناسف معد للتفجير مع الانتحاري الذي تم اعتقاله في بغداد.';
    expect(events(arrested).some((e) => e.actor?.name === 'الانتحاري')).toBe(false);
  });
});

describe('Arabic actor names', () => {
  it('reads warplanes named by a nationality as that state’s military', () => {
    expect(actorOf('قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش في سوريا.')).toBe('Turkey military');
  });

  it('reads "مدينة القاعدة" as a town and Algeria’s army as Algerian', () => {
    const town = events('وهاجم مسلحون مجهولون نقطة أمنية في مدينة القاعدة بمحافظة إب.');
    expect(town.some((e) => e.actor?.name === 'al-Qaeda' || e.target?.name === 'al-Qaeda')).toBe(false);
    expect(actorOf('أعلن الجيش الوطني الشعبي الجزائري مقتل ثلاثة إرهابيين في عملية بولاية البويرة.')).toBe(
      'Algerian army',
    );
  });
});
