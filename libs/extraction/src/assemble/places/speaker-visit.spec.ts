// A place a speaker visits, named before the happening he speaks of, is where he spoke, not its scene; a visit
// someone else paid while the happening took place only dates it.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string, language = 'ar'): (string | undefined)[] =>
  ex
    .extract({ id: 't', language, body })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? e.location?.country ?? undefined);

describe('the place of a speaker’s visit', () => {
  it('does not place the attack he mourns where he is visiting', () => {
    const body =
      'انفجرت سيارة مفخخة في مدينة الرمادي أمس. وقال الرئيس خلال زيارة إلى الشطر الشمالي من قبرص إن الهجوم الإرهابي أوقع 20 قتيلا.';
    const places = placesOf(body, 'ASSAULT');
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Cyprus');
  });

  it('keeps the visit itself there', () => {
    const body = 'وقال الرئيس خلال زيارته إلى باريس إن الهجوم الإرهابي أوقع 20 قتيلا.';
    expect(placesOf(body, 'CONSULT')).toContain('Paris');
  });

  it('does not place attacks at the city another person was visiting when they happened', () => {
    const body =
      'قتل 20 شخصا في تفجيرات في مدينة مايدوغوري أمس. ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن.';
    const places = placesOf(body, 'ASSAULT');
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Washington, D.C.');
  });

  it('keeps the city of a visit the victim paid', () => {
    expect(placesOf('اغتال مسلحون السفير الأمريكي خلال زيارة إلى بنغازي.', 'ASSAULT')).toContain('Benghazi');
  });
});
