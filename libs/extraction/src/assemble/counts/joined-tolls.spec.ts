import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => ex.extract({ id: 't', body, language: 'ar' });
const at = (body: string, place: string) =>
  events(body).filter((e) => e.location?.name === place && (e.type === 'ASSAULT' || e.type === 'COERCE'));

describe('Arabic toll sentences that point back', () => {
  it('gives the toll of "the fighting" to the seizure told before it', () => {
    const body =
      'أعلنت القوات الحكومية أنها بسطت سيطرتها على مدينة تعز. وقال مصدر عسكري إن المعارك أسفرت عن مقتل 12 مسلحا.';
    const taken = at(body, 'Taiz');
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.every((e) => e.killed === 12)).toBe(true);
  });
  it('leaves a toll of several happenings and a period total alone', () => {
    const split =
      'فجر انتحاريان نفسيهما في مدينة تعز. وقتل خمسة أشخاص في التفجير الأول، بينما قتل ثلاثة آخرون في التفجير الثاني.';
    expect(at(split, 'Taiz').some((e) => e.killed === 5)).toBe(false);
    const total =
      'أعلنت القوات الحكومية أنها بسطت سيطرتها على مدينة تعز. وأسفرت المعارك منذ بدء الحرب عن مقتل 4000 شخص.';
    expect(at(total, 'Taiz').some((e) => e.killed === 4000)).toBe(false);
  });
  it('does not lend a toll to a happening that has one', () => {
    const body = 'قتل 3 جنود في هجوم على مدينة تعز. وقال مصدر إن الاشتباكات أسفرت عن مقتل 9 مسلحين.';
    expect(at(body, 'Taiz').some((e) => e.killed === 9)).toBe(false);
  });
});

describe('English toll sentences that point back', () => {
  const en = (body: string) =>
    ex
      .extract({ id: 't', body, language: 'en' })
      .filter((e) => e.type === 'ASSAULT' && e.location?.name === 'Khan Yunis');
  it("folds a toll told by the other side's spokesman into the strikes it counts", () => {
    const body =
      'Israeli aircraft struck targets in Khan Younis late on Friday. Hamas spokesman Abu Obeida said the strikes killed seven civilians.';
    const strikes = en(body);
    expect(strikes).toHaveLength(1);
    expect(strikes[0].killed).toBe(7);
  });
});
