// The headline and clause cues of the confidence model (title-cues.ts, arabic-clause-cues.ts), read through the
// extractor with the threshold off on short Arabic reports of our own.
import { FAKE_RESOURCES } from '../extractor/fake-resources';
import { RuleExtractor } from '../extractor/rule-extractor';

const open = new RuleExtractor({ resources: FAKE_RESOURCES, minConfidence: 0 });
const featuresOf = (body: string, title?: string, type = 'COERCE') => {
  const e = open
    .explain({ id: 't', body, title, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .find((x) => x.event.type === type);
  expect(e?.explain.calibration).toBeDefined();
  return e!.explain.calibration!.features;
};

describe('title cues', () => {
  const body = 'اعتقلت الشرطة خمسة أشخاص في حلب.';
  it('sees a headline telling the same kind of happening, at the same place, by the same actor', () => {
    const f = featuresOf(body, 'الشرطة تعتقل خمسة في حلب');
    expect(f.title_type).toBe(1);
    expect(f.title_place).toBe(1);
    expect(f.title_country).toBe(1);
    expect(f.title_actor).toBe(1);
  });
  it('sees only the country when the headline names another city of it', () => {
    const f = featuresOf(body, 'أمطار غزيرة في دوما');
    expect(f.title_country).toBe(1);
    expect(f.title_place).toBeUndefined();
    expect(f.title_type).toBeUndefined();
    expect(f.title_actor).toBeUndefined();
  });
  it('reads nothing from a headline about something else, or without one', () => {
    const other = featuresOf(body, 'أمطار غزيرة في صنعاء');
    expect(Object.keys(other).filter((k) => k.startsWith('title_'))).toEqual([]);
    expect(Object.keys(featuresOf(body)).filter((k) => k.startsWith('title_'))).toEqual([]);
  });
});

describe('Arabic clause cues', () => {
  it('sees a tally of people next to an arrest, in digits or words, after "نحو"', () => {
    expect(featuresOf('اعتقلت الشرطة 44 شخصا في حلب.').counted).toBe(1);
    expect(featuresOf('ألقت الشرطة القبض على نحو ثلاثين شخصا في حلب.').counted).toBe(1);
    expect(featuresOf('ألقت الشرطة القبض على نحو 300 شخص في حلب.').counted).toBe(1);
    expect(featuresOf('اعتقلت الشرطة عشرات المتظاهرين في حلب.').counted).toBe(1);
    expect(featuresOf('اعتقلت الشرطة ناشطا معروفا في حلب.').counted).toBeUndefined();
  });
  it('tells a trigger opening its sentence from one deep in a reported clause', () => {
    expect(featuresOf('اعتقلت الشرطة ناشطا في حلب.').trigger_opens).toBe(1);
    expect(featuresOf('وقال المصدر الأمني في بيان صحفي إن الشرطة اعتقلت ناشطا في حلب.').trigger_opens).toBeUndefined();
  });
  it('names the kind of the actor', () => {
    expect(featuresOf('اعتقلت الشرطة ناشطا في حلب.')['actor_kind:police']).toBe(1);
  });
});
