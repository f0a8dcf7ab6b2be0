import { tokenize } from '../../text/tokenize';
import { countsForTrigger, readCounts } from './read-counts';

const killedIn = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

/** The killed figure the trigger word `word` (folded) would carry in `text`. */
const forWord = (text: string, word: string) => {
  const tokens = tokenize(text);
  const c = readCounts(tokens, 0, tokens.length);
  const k = tokens.findIndex((t) => t.norm === word);
  return countsForTrigger(c, k, k + 1).killed;
};

describe('figures of another conjunct', () => {
  it('does not give a strike the toll of a conjunct opened by فيما / مبينا', () => {
    expect(forWord('شنت الطائرات غارة على المدينة، فيما قتل 12 مسلحا في بلدة أخرى', 'غاره')).toBeNull();
    expect(forWord('قصفت المدفعية الحي، مبينا أن الطائرات نفذت ضربة أسفرت عن مقتل عنصرين', 'ضربه')).toBe(2);
    expect(forWord('jets bombed the port while 6 soldiers were killed in the north', 'bombed')).toBeNull();
  });
  it('does not give a strike the toll of a conjunct opened by "في وقت" (while), but reads "في وقت لاحق" as a time', () => {
    expect(forWord('قصف الطيران محيط المطار، في وقت قتل 5 مدنيين في بلدة مجاورة', 'قصف')).toBeNull();
    expect(forWord('اشتدت المواجهات على الجبهة، في الوقت الذي قتل فيه 3 مسلحين في درعا', 'المواجهات')).toBeNull();
    expect(forWord('قصف الطيران الحي في وقت لاحق ما أسفر عن مقتل 4 مدنيين', 'قصف')).toBe(4);
  });
  it('still gives a one-conjunct clause all its figures', () => {
    expect(forWord('قصفت الطائرات الحي ما أدى إلى مقتل 4 مدنيين وإصابة 9', 'قصفت')).toBe(4);
  });
});

describe('cumulative and earlier tolls', () => {
  it('does not read the toll of a whole period told with "alone" (وحده)', () => {
    expect(killedIn('وجاء الهجوم ضمن موجة عنف أودت بحياة 120 شخصا الشهر الجاري وحده')).toBeNull();
    expect(killedIn('the raids killed 80 people this year alone')).toBeNull();
    expect(killedIn('وقتل 9 أشخاص في هجوم وقع مطلع الشهر الجاري')).toBe(9);
  });
  it('does not read a toll counted since a date or the start of a war', () => {
    expect(killedIn('أسفرت هجمات الجماعة منذ بداية العام عن مقتل أكثر من 900 شخص')).toBeNull();
    expect(killedIn('The war has killed more than 40,000 people since March 2021')).toBeNull();
  });
  it('keeps the toll of a conjunct opened after the span, which dates the first happening only', () => {
    const text = 'قصف الطيران محيط المطار المحاصر منذ أكثر من عامين، في وقت أقدمت الجبهة في المدينة على إعدام محامٍ';
    expect(killedIn(text)).toBe(1);
    expect(killedIn('حوصرت البلدة منذ عامين، بينما قتل 7 مدنيين في قصف أمس')).toBe(7);
    expect(killedIn('ومنذ ذلك الحين، قتل 11 عنصرا من القوات الامنية على الاقل')).toBeNull();
  });
  it('keeps a toll counted since a recent day', () => {
    expect(killedIn('The fighting has killed at least 12 people in the city since Sunday')).toBe(12);
    expect(killedIn('قتل 6 أشخاص منذ صباح اليوم في المعارك')).toBe(6);
  });
  it('does not count a death that only dates the happening', () => {
    expect(killedIn('اندلعت المواجهات بعد مقتل أحد أبناء القبيلة عند الحاجز')).toBeNull();
    expect(forWord('انفجرت سيارة في السوق غداة مقتل 15 شخصا في هجمات مماثلة', 'انفجرت')).toBeNull();
  });
});

describe('Arabic people nouns around the death word (linked and joined)', () => {
  it('reads a dual subject across a relative pronoun or فقط and لقيا', () => {
    expect(killedIn('عثرت الدورية على الجنديين اللذين قتلا بالرصاص قرب المعبر')).toBe(2);
    expect(killedIn('أقرت الجماعة بأن عنصرين فقط لقيا حتفهما في المعركة')).toBe(2);
  });
  it('joins the groups named after a head noun and its qualifier', () => {
    expect(killedIn('أسفر الهجوم عن مقتل آمر الكتيبة وجنديين')).toBe(3);
    expect(killedIn('قتل مسؤول محلي مع حارسيه في كمين')).toBe(3);
    expect(killedIn('أسفر القصف عن مقتل جندي وطفل')).toBe(2);
  });
});

describe('English war totals', () => {
  it('reads no toll for a war noun as the subject of "has killed"', () => {
    expect(killedIn("Israel's offensive has killed more than 43,000 Palestinians, the ministry said")).toBeNull();
    expect(killedIn('a 15-year insurgency that has killed more than 40,000 people')).toBeNull();
    expect(killedIn('The conflict has so far killed 150,000 people')).toBeNull();
  });
  it('keeps the toll of a happening told in the perfect', () => {
    expect(killedIn('The clashes have killed at least 37 people, the ministry said')).toBe(37);
    expect(killedIn('An Israeli strike on the school has killed 11 people')).toBe(11);
  });
});

describe('tolls counted over weeks, months or years', () => {
  it('reads no happening toll from a span of months or years', () => {
    expect(killedIn('مبينا أن 750 شخصا قتلوا في معارك عدن خلال ثلاثة أشهر من الاشتباكات')).toBeNull();
    expect(killedIn('أن أكثر من 3500 يمني قتلوا على يد الحوثي خلال الأربعة الأشهر الماضية')).toBeNull();
    expect(
      killedIn('Palestinian attacks on Israelis have killed at least two dozen people in the same period'),
    ).toBeNull();
    expect(killedIn('More than 500 people have been killed over the past two years')).toBeNull();
  });
  it('keeps a toll dated or ranked by a single month or year', () => {
    expect(killedIn('عندما قتل متطرفون بالرصاص 48 مصليا اجتمعوا لصلاة المغرب خلال شهر رمضان')).toBe(48);
    expect(killedIn('The bombing killed 5 people in the deadliest attack this year')).toBe(5);
    expect(killedIn('Two people were killed in the past two days')).toBe(2);
  });
});

describe('war-scale tolls', () => {
  it('reads no happening toll in the tens of thousands', () => {
    expect(killedIn('أسفر النزاع السوري عن مقتل أكثر من 230 ألف شخص')).toBeNull();
    expect(killedIn('Israeli strikes have killed more than 40,000 Palestinians')).toBeNull();
    expect(killedIn('قتل 9500 شخص')).toBe(9500);
  });
});

describe('a span before the casualty word', () => {
  it('keeps the toll of a strike ranked among those of recent weeks', () => {
    expect(
      killedIn(
        'إن الضربة هي أحدث الضربات الأمريكية خلال الأسابيع القليلة الماضية وأنها تسببت أيضا في مقتل اثنين من المتشددين',
      ),
    ).toBe(2);
  });
});

describe('tolls of a happening dated by a year', () => {
  it('drops an Arabic toll whose clause dates its happening by a year', () => {
    expect(killedIn('وهو يشبه هجوما في عام 2011 على سوق شعبي أدى إلى مقتل 15 شخصا')).toBeNull();
    expect(killedIn('وفي 2013 قتل مسلح تسعة أشخاص في المدينة')).toBeNull();
  });
  it('keeps a toll with no year, or a year that is no date of it', () => {
    expect(killedIn('قتل تسعة أشخاص في هجوم على سوق شعبي')).toBe(9);
    expect(killedIn('قتل تسعة أشخاص في المدينة يوم 5 يوليو 2015')).toBe(9);
  });
});

describe('tolls of an attack recalled after بعد', () => {
  it('drops the toll of an attack noun after بعد once the clause has told its own dead', () => {
    expect(killedIn('قال مسؤول إن شرطيا قتل في اشتباك مع مسلحين، وذلك بعد هجوم انتحاري قتل 20 شخصا')).toBe(1);
    expect(killedIn('قتل ثلاثة جنود في كمين غداة تفجير أوقع 12 قتيلا')).toBe(3);
  });
  it('keeps the toll when the attack after بعد is the only one told', () => {
    expect(killedIn('بعد قصف عنيف قتل أربعة مدنيين')).toBe(4);
  });
});
