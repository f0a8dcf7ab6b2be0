// Place choice with the real gazetteer: destinations of movements, places that only describe an actor, a container
// next to a place inside it, a capital named by its adjective, a later clause of the sentence, wire datelines.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { findPlaces } from '../../gazetteer';
import { arabicDatelineLength } from './arabic-dateline';

const ex = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string, language: string, type: string): string | null =>
  ex.extract({ id: 't', body, language, publishedAt: '2015-07-22T10:00:00Z' }).find((e) => e.type === type)?.location
    ?.name ?? null;

describe('chooseLocation: roles of places in the sentence', () => {
  it('a deployment happens at its destination, not its origin', () => {
    expect(
      placeOf('أرسل الحوثيون أمس تعزيزات كبيرة من مدينة صنعاء إلى جبهات القتال غربي مأرب.', 'ar', 'MOBILIZE'),
    ).toMatch(/Marib/);
    expect(
      placeOf('The army sent reinforcements from Baghdad to the southern city of Basra on Sunday.', 'en', 'MOBILIZE'),
    ).toMatch(/Basra/);
  });

  it('a place that describes an actor is not the scene', () => {
    expect(
      placeOf('قالت وزارة الداخلية في البحرين إنها اعتقلت خمسة أشخاص واستدعت سفيرها في طهران.', 'ar', 'COERCE'),
    ).not.toBe('Tehran');
    expect(placeOf('The embassy in Paris said police arrested three men in Lyon on Monday.', 'en', 'COERCE')).toBe(
      'Lyon',
    );
  });

  it('a governor’s or emir’s province is his title, not the scene (محافظ عدن, أمير منطقة الرياض)', () => {
    expect(placeOf('قال محافظ عدن إن قوات الأمن اعتقلت خمسة مسلحين في مدينة تعز أمس.', 'ar', 'COERCE')).toBe('Taiz');
    expect(placeOf('أعلن أمير منطقة الرياض أن الشرطة اعتقلت ثلاثة أشخاص في مدينة جدة أمس.', 'ar', 'COERCE')).toBe(
      'Jeddah',
    );
  });

  it('a governorate or region qualifying a town yields to the town', () => {
    expect(placeOf('قصفت قوات النظام أمس بلدة بيت جن بريف دمشق الغربي.', 'ar', 'ASSAULT')).toBe('Beit Jinn');
    expect(
      placeOf(
        'Israeli forces raided the city of Jenin and its camp in the northern West Bank and arrested 12 people.',
        'en',
        'COERCE',
      ),
    ).toBe('Janin');
  });

  it('the capital named by the adjective of its country', () => {
    expect(placeOf('اعتقلت الشرطة عشرين متظاهرا في العاصمة الليبية أمس.', 'ar', 'COERCE')).toBe('Tripoli');
    expect(placeOf('Police arrested twenty protesters in the Libyan capital on Monday.', 'en', 'COERCE')).toBe(
      'Tripoli',
    );
    expect(placeOf('اعتقلت الشرطة عشرات المدرسين في العاصمة الإيرانية طهران أمس.', 'ar', 'COERCE')).toBe('Tehran');
  });
});

describe('gazetteer: capital phrases', () => {
  it('reads العاصمة اليمنية as Sanaa, and leaves the name to the name when it follows', () => {
    expect(findPlaces('وصل الوفد إلى العاصمة اليمنية أمس', { language: 'ar' }).map((m) => m.place.name)).toEqual([
      'Sanaa',
    ]);
    expect(findPlaces('في العاصمة اليمنية صنعاء', { language: 'ar' }).map((m) => m.surface)).toEqual(['صنعاء']);
  });
});

describe('arabicDatelineLength', () => {
  it('finds agency–city datelines and nothing in ordinary leads', () => {
    expect(arabicDatelineLength('رويترز- بنغازي (ليبيا): قال مسؤول')).toBeGreaterThan(0);
    expect(arabicDatelineLength(' عين اليوم – جدة\nتمكنت الجهات')).toBeGreaterThan(0);
    expect(arabicDatelineLength('قتل 18 شخصا أمس في مدينة تعز - بحسب مصادر')).toBe(0);
  });
});

describe('chooseLocation: English "nearby"', () => {
  it('places an arrest made "nearby" where the previous sentence put its find', () => {
    const body =
      'Two rockets were fired at a base in Anbar province late Wednesday, officials said. Iraqi troops later found a launch platform near the town of al-Baghdadi, the officials said. Two men were taken into custody nearby for questioning.';
    expect(placeOf(body, 'en', 'COERCE')).toMatch(/Baghdadi/);
  });
});
