import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const killedAt = (body: string, place: string) =>
  ex
    .extract({ id: 't', body, language: 'ar' })
    .filter((e) => e.type === 'ASSAULT' && e.location?.name === place)
    .map((e) => e.killed);

describe('an Arabic retelling at a narrower place after a toll', () => {
  it("takes the toll of the sentence before when it points back and names a place inside the toll's", () => {
    const body = 'قتل 7 مسلحين في محافظة ديالى خلال عملية أمنية. وقال مصدر إن الهجوم استهدف قرية في قضاء المقدادية.';
    expect(killedAt(body, 'Muqdadiya')).toEqual([7]);
  });
  it("leaves an indefinite new attack, and a place outside the toll's, alone", () => {
    const fresh = 'قتل 7 مسلحين في محافظة ديالى خلال عملية أمنية. وقال مصدر إن هجوما استهدف قرية في قضاء المقدادية.';
    expect(killedAt(fresh, 'Muqdadiya')).toEqual([null]);
    const away = 'قتل 7 مسلحين في محافظة ديالى خلال عملية أمنية. وقال مصدر إن الهجوم استهدف قرية في قضاء الزبير.';
    expect(killedAt(away, 'Az Zubayr')).not.toContain(7);
  });
});
