// Roles of places read from the words around them (location-cues.ts): a base returned to, a diplomat's post
// behind his title's adjectives, a place a distance is measured from with a two-word compass.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, language: string, type: string) =>
  ex
    .extract({ id: 't', body, language, publishedAt: '2015-07-24T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? null);

describe('place roles, second round', () => {
  it('the base jets returned to is not where they struck', () => {
    expect(
      placesOf('قصفت الطائرات الحربية مواقع المسلحين في سوريا قبل أن تعود إلى قاعدة ديار بكر.', 'ar', 'ASSAULT'),
    ).toEqual(['Syria']);
    expect(
      placesOf('Warplanes struck militant positions in Syria before returning to Diyarbakir.', 'en', 'ASSAULT'),
    ).not.toContain('Diyarbakir');
  });

  it('troops or soldiers from a country are that country’s, not a scene there', () => {
    const body =
      'Insurgents raided the village of Mucojo in Macomia district on Sunday. Troops from Rwanda and Mozambique launched a joint operation in the area on Monday and killed eleven insurgents.';
    expect(placesOf(body, 'en', 'ASSAULT')).not.toContain('Rwanda');
    expect(placesOf('Soldiers from Chad killed 20 militants near Maiduguri on Monday.', 'en', 'ASSAULT')).toEqual([
      'Maiduguri',
    ]);
  });

  it('the place displaced families return to is the agenda of a meeting, not its venue', () => {
    expect(
      placesOf('بحث رئيس الوزراء مع المحافظ أمس عودة العوائل النازحة إلى مدينة تكريت.', 'ar', 'CONSULT'),
    ).not.toContain('Tikrit');
  });

  it('an ambassador’s post after his title’s adjectives describes him', () => {
    expect(placesOf('اجتمع السفير الأميركي السابق بصنعاء مع قيادات حزبية.', 'ar', 'CONSULT')).not.toContain('Sanaa');
  });

  it('a place a distance is measured from by a stacked compass yields to the place it locates', () => {
    expect(placesOf('قتل 30 مسلحا على بعد 500 كم إلى الشمال الغربي من بغداد في بلدة البعاج.', 'ar', 'ASSAULT')).toEqual(
      ['al-Baaj'],
    );
    expect(
      placesOf(
        'A car bomb killed 30 fighters 500 km to the north west of Baghdad, in the town of Baaj.',
        'en',
        'ASSAULT',
      ),
    ).toEqual(['al-Baaj']);
  });
});
