// A four-digit number dates a trigger as background only when it reads as a year, not as a count.
import { tokenize } from '../text/tokenize';
import { backgroundCue } from './background-cues';

const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  return backgroundCue(tokens, at, { first: 0, end: tokens.length }, 0, 2015);
};

describe('past years versus counts', () => {
  it('reads a year after عام / in / a month as background', () => {
    expect(cueAt('اعتقلت الشرطة المتهمين عام 2013.', 'اعتقلت')).toBe('past:2013');
    expect(cueAt('Police arrested the suspects in 2012.', 'arrested')).toBe('past:2012');
    expect(cueAt('Police arrested the suspects in July 2012.', 'arrested')).toBe('past:2012');
  });
  it('does not read a count of people as a year', () => {
    expect(cueAt('نجحت الوحدات الأمنية في توقيف نحو 2000 شخص.', 'توقيف')).toBeNull();
    expect(cueAt('Police arrested about 1950 people.', 'arrested')).toBeNull();
  });
});

describe('سبق: "had already" versus the daily Sabq', () => {
  it('reads سبق أن and سبق للجيش أن as background', () => {
    expect(cueAt('وسبق أن قصفت الطائرات مواقع المسلحين.', 'قصفت')).toBe('already:وسبق');
    expect(cueAt('سبق للجيش أن قصف مواقع المسلحين.', 'قصف')).toBe('already:سبق');
  });
  it('does not read the name of the daily heading its report as background', () => {
    expect(cueAt('سبق- وكالات: قصفت طائرات الجيش الليبي مواقع متشددين في مدينة درنة.', 'قصفت')).toBeNull();
  });
});

describe('anniversaries versus durations', () => {
  it('does not read "five years since" an old happening as dating a march held today', () => {
    expect(
      cueAt('Hundreds of people marched through Beirut to mark five years since the port explosion.', 'marched'),
    ).toBeNull();
  });
  it('still reads a span since a past start as background', () => {
    expect(cueAt('Israeli strikes have killed thousands in the months since the war began.', 'killed')).toBe(
      'past:since the',
    );
    expect(cueAt('The army has shelled the town since the start of the war.', 'shelled')).toBe('past:since the');
  });
});

describe('times that belong to another verb', () => {
  it('does not date a reported act by the year of a relative clause about its speaker', () => {
    expect(
      cueAt('Algeria, which cut ties with Rabat in 2012, said it had opened its airspace to aid flights.', 'opened'),
    ).toBeNull();
    // The relative clause has its own verb (seized): its year is its own, not the expulsion's.
    expect(cueAt('The junta, which seized power in 2012, expelled the envoy.', 'expelled')).toBeNull();
    expect(cueAt('The junta, backed by Moscow, expelled the envoy in 2012.', 'expelled')).toBe('past:2012');
  });
  it('reads "في وقت سابق" as the same news cycle, unless a longer period follows', () => {
    expect(cueAt('وكانت الشرطة قالت في وقت سابق إنها لن تسمح بمسيرة.', 'تسمح')).toBeNull();
    expect(cueAt('وكانت الشرطة قالت في وقت سابق من هذا العام إنها لن تسمح بمسيرة.', 'تسمح')).not.toBeNull();
  });
  it('reads كان after "while" as a past progressive alongside the news, not a pluperfect', () => {
    expect(cueAt('بينما كانت الطائرات تقصف مواقع المسلحين.', 'تقصف')).toBeNull();
    expect(cueAt('وكانت الطائرات قصفت مواقع المسلحين.', 'قصفت')).toBe('pluperfect:وكانت');
  });
});

describe('hopes and wishes', () => {
  it('reads what a hope verb looks forward to in its clause as wished, not reported', () => {
    const hoped = 'يأمل المواطنون في المدينة خيرا بهبوط أول طائرة عسكرية سعودية محملة بالمواد الإغاثية';
    expect(cueAt(hoped, 'الإغاثية')).toBe('intent:يامل');
    expect(cueAt('ونتمنى أن تعود الطائرات محملة بالجرحى والمساعدات', 'والمساعدات')).toMatch(/^intent:/);
    expect(cueAt('وصلت أول طائرة عسكرية سعودية محملة بالمواد الإغاثية إلى مطار عدن', 'الإغاثية')).toBeNull();
  });
  it('does not read "كامل" (complete) as ك + آمل (I hope)', () => {
    expect(cueAt('وأن التحقيق يجري بشكل كامل، محملا المليشيات مسؤولية فشل الهدنة', 'محملا')).toBeNull();
    expect(cueAt('وآمل أن تحمل الحكومة المليشيات مسؤولية فشل الهدنة', 'تحمل')).toMatch(/^intent:/);
  });
});

describe('fears', () => {
  it('reads what a fear word with أن looks to in its clause as feared, not reported', () => {
    const feared = 'وقالت المصادر إن لدى القادة مخاوف متزايدة من أن تشهد المدينة عمليات عسكرية إلى جانب غارات جوية';
    expect(cueAt(feared, 'غارات')).toBe('feared:مخاوف');
    expect(cueAt('ويتخوف خبراء ان يقوم المسلحون في المدينتين بتنفيذ هجمات على مناطق أخرى', 'هجمات')).toBe(
      'feared:ويتخوف',
    );
  });
  it('leaves a fear word without أن framing nothing', () => {
    expect(cueAt('أعرب المبعوث عن قلقه العميق ومخاوفه إزاء غارات الطائرات على المدينة', 'غارات')).toBeNull();
  });
});

describe('"the first since": منذ / since measuring how new, not dating back', () => {
  it('keeps a landing that is the first since March', () => {
    expect(cueAt('هبطت طائرة سعودية في مطار عدن تحمل مساعدات في أول رحلة من نوعها منذ 25 مارس.', 'مساعدات')).toBeNull();
    expect(cueAt('It was the deadliest attack on the city since 2019, killing 40.', 'attack')).toBeNull();
  });
  it('still reads a plain span as background', () => {
    expect(cueAt('وتحاصر القوات المدينة منذ 25 مارس.', 'وتحاصر')).not.toBeNull();
  });
});

describe('a past year inside a relative clause about the subject', () => {
  it('dates the relative clause, not the main verb after it', () => {
    expect(
      cueAt("Niger's junta, which took power in 2013, accused France of backing the attackers.", 'accused'),
    ).toBeNull();
    expect(cueAt('The militia, which was formed in 2012, attacked the town on Tuesday.', 'attacked')).toBeNull();
  });
  it('still dates a main verb the past year follows', () => {
    expect(cueAt('The militia, which is based in the north, attacked the town in 2012.', 'attacked')).toBe('past:2012');
  });
});
