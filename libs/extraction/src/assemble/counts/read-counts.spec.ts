import { tokenize } from '../../text/tokenize';
import { countsForTrigger, readCounts } from './read-counts';

const counts = (text: string, anchorWord?: string) => {
  const tokens = tokenize(text);
  const anchor = anchorWord ? tokens.findIndex((t) => t.norm.includes(anchorWord)) : null;
  return readCounts(tokens, 0, tokens.length, anchor);
};

describe('readCounts', () => {
  it('reads a rising toll and ignores the subset after بينهم', () => {
    expect(counts('ارتفع عدد شهداء قصف ميليشيات النظام لمناطق في مدينة دوما، إلى 5 بينهم طفلان اثنان').killed).toBe(5);
  });
  it('reads an Arabic subject figure across "على الأقل" and the verb لقي before حتفهم', () => {
    expect(counts('قال مسؤولون إن 20 شخصا على الأقل لقو حتفهم شمال الكاميرون').killed).toBe(20);
    expect(counts('وقال إن أربعة أشخاص على الأقل لقوا حتفهم في غارة').killed).toBe(4);
    expect(counts('أن 36 شخصا على الأقل حتفهم').killed).toBe(36);
  });
  it('reads an Arabic figure across a time phrase of days or hours after its death verb', () => {
    expect(counts('قتل خلال اليومين الماضيين أكثر من 20 مسلحا في معارك').killed).toBe(20);
    expect(counts('لقي خلال الساعات الماضية 6 أشخاص حتفهم').killed).toBe(6);
    expect(counts('قتل خلال الأشهر الماضية 300 شخص').killed).toBeNull();
  });
  it('reads one victim named by a rank or trade after an Arabic death word', () => {
    expect(counts('واكد مسؤول الاتصالات في الرئاسة مقتل الجنرال رئيس اركان الجيش').killed).toBe(1);
    expect(counts('قتل عقيد في الجيش بانفجار عبوة ناسفة').killed).toBe(1);
    expect(counts('استشهد مصور صحفي برصاص قناص').killed).toBe(1);
    expect(counts('أقدمت الجبهة على إعدام محامٍ بإطلاق النار عليه').killed).toBe(1);
  });
  it('reads واحد after a noun that is no person as its adjective, not a victim', () => {
    expect(counts('يريد التنظيم قتل عصفورين بحجر واحد بعد تفجير سوروج الذي راح ضحيته 31 شخصا').killed).toBe(31);
    expect(counts('قتل واحد منهم وأصيب اثنان').killed).toBe(1);
    expect(counts('قتل جندي واحد').killed).toBe(1);
  });
  it('reads the figure before an Arabic counted noun, not the breakdown after it', () => {
    const c = counts('أسفرت المعارك عن سقوط 28 قتيلا - 17 متمردا و11 عنصرا من مقاتلي المقاومة - وعشرات الجرحى');
    expect(c).toMatchObject({ killed: 28, injured: null });
    expect(counts('سقوط 5 قتلى و20 جريحا')).toMatchObject({ killed: 5, injured: 20 });
  });
  it('reads one dead from an accusative singular subject after إن / أن, but not an armed one', () => {
    expect(counts('وقال الانفصاليون إن رجلا قُتل جراء قصف القوات الأوكرانية').killed).toBe(1);
    expect(counts('أكد مسؤولون أن جنرالا كبيرا في الجيش ومن أقرب مساعدي الرئيس، قتل اليوم في هجوم صاروخي').killed).toBe(
      1,
    );
    expect(counts('وذكرت الشرطة أن مسلحا قتل').killed).toBeNull();
  });
  it('reads a singular noun as one and injuries without a number as null', () => {
    const c = counts('استشهد شخص وأصيب آخرون بجراح جراء قصف النظام لبلدة مضايا');
    expect(c.killed).toBe(1);
    expect(c.injured).toBeNull();
  });
  it('reads digits and words next to death and injury words', () => {
    expect(counts('مقتل ١٢ شخصا وإصابة ثلاثة آخرين في انفجار')).toMatchObject({ killed: 12, injured: 3 });
    expect(counts('سقوط خمسة قتلى و20 جريحا')).toMatchObject({ killed: 5, injured: 20 });
    expect(counts('At least 12 people were killed and 30 wounded')).toMatchObject({ killed: 12, injured: 30 });
    expect(counts('the death toll rose to 40')).toMatchObject({ killed: 40 });
  });
  it('reads English tolls around dates, subset asides and "martyred"', () => {
    expect(counts('Russia launched a drone attack on Odesa overnight on Aug. 23, killing two people').killed).toBe(2);
    expect(
      counts('At least 21 civilians, including seven children, were killed when a jet bombed a monastery').killed,
    ).toBe(21);
    expect(counts('At least 11 Palestinians, among them four children, have been killed in a strike').killed).toBe(11);
    expect(counts('Three policemen were martyred in the attack').killed).toBe(3);
  });
  it('reads fighters an army communiqué "neutralised" as killed, scare quotes or not', () => {
    expect(counts('The army repelled the attack and "neutralised" about twenty assailants.').killed).toBe(20);
    expect(counts('The ministry said 30 militants were "neutralised" in the counter-offensive.').killed).toBe(30);
    expect(counts('troops rescued 17 hostages after a gunfight in which six bandits were "neutralised".').killed).toBe(
      6,
    );
    expect(counts('Turkish forces neutralized 12 PKK militants in northern Iraq').killed).toBe(12);
  });
  it('still reads no figure across a comma before a cue that is not quoted', () => {
    expect(counts('The patrol reached the village at 23, killing the dog').killed).toBeNull();
  });
  it('does not read the day of a dateline as a victim group', () => {
    expect(
      counts('LAGOS, Sept 14 - Four soldiers were killed and six wounded when gunmen attacked a checkpoint').killed,
    ).toBe(4);
  });
  it('reads deaths told as "burned to death", "we lost", "succumbed" or "fatal wounds"', () => {
    expect(counts('أحرق مسلحون أربعة رعاة حتى الموت قرب القرية').killed).toBe(4);
    expect(counts('قال أحد الأهالي: خسرنا 6 أشخاص في الهجوم').killed).toBe(6);
    expect(counts('Two guards later succumbed to their injuries')).toMatchObject({ killed: 2, injured: null });
    expect(counts('three villagers sustained fatal wounds in the raid').killed).toBe(3);
    expect(counts('Police fatally shot two marchers near the bridge').killed).toBe(2);
    expect(counts('توفي ثلاثة رعاة متأثرين بجراحهم')).toMatchObject({ killed: 3, injured: null });
  });
  it('does not read death in general or a loss of things as a toll', () => {
    expect(counts('يواجه 5 أشخاص خطر الموت جوعا').killed).toBeNull();
    expect(counts('خسرنا 3 مباريات هذا الموسم').killed).toBeNull();
  });
  it('does not read durations, years or percentages as counts', () => {
    expect(counts('قتل خلال 24 ساعة').killed).toBeNull();
    expect(counts('killed in 2015').killed).toBeNull();
  });
  it('does not read a day of the month as a count ("قتل في 8 يوليو", "killed on 8 July")', () => {
    expect(counts('وقال الناطق إن القيادي قتل في 14 يوليو قرب الحدود').killed).not.toBe(14);
    expect(counts('قتل في 3 تشرين الأول خلال مداهمة').killed).not.toBe(3);
    expect(counts('the commander was killed on 21 March in a drone strike').killed).not.toBe(21);
    expect(counts('قتل 6 جنود في 9 أغسطس').killed).toBe(6);
  });
  it('reads sizes near the trigger for people counts', () => {
    expect(counts('إن 728 شخصا من المعارضة سلموا أسلحتهم', 'سلموا').size).toBe(728);
    expect(counts('thousands of protesters marched', 'marched').size).toBe(2000);
  });
  it('gives a figure to the nearest casualty word, not across another one', () => {
    expect(counts('لقي 7 مدنيين مصرعهم وأصيب 54 آخرون في قصف على تعز')).toMatchObject({ killed: 7, injured: 54 });
  });
  it('does not read vague plurals as a toll', () => {
    expect(counts('قتل وجرح عشرات من المسلحين').killed).toBeNull();
    expect(counts('dozens were killed in the fighting').killed).toBeNull();
  });
});

describe('readCounts per casualty word', () => {
  const tally = (text: string) => {
    const tokens = tokenize(text);
    return readCounts(tokens, 0, tokens.length).tally.map((c) => [c.kind, c.value]);
  };
  it('gives every figure to one casualty word', () => {
    expect(counts('قُتل 13 وأُصيب 85 من المسلحين')).toMatchObject({ killed: 13, injured: 85 });
    expect(counts('قتل نحو 30 وأصيب العشرات في المعارك')).toMatchObject({ killed: 30, injured: null });
    expect(counts('12 killed, 30 wounded in the attack')).toMatchObject({ killed: 12, injured: 30 });
  });
  it('keeps each death word its own figure and sums them for the clause', () => {
    expect(tally('مقتل 8 من المسلحين إلى جانب مقتل 7 من الجنود')).toEqual([
      ['killed', 8],
      ['killed', 7],
    ]);
    expect(counts('مقتل 8 من المسلحين إلى جانب مقتل 7 من الجنود').killed).toBe(15);
  });
  it('does not give a figure of the next conjunct to a death word', () => {
    expect(counts('قتل 21 مسلحا وتدمير مركبتين وقتل من فيهما وتدمير 3 رشاشات').killed).toBe(21);
  });
  it('adds compound groups joined by و', () => {
    expect(counts('قُتل ضابط و3 جنود في انفجار عبوة').killed).toBe(4);
    expect(counts('مقتل 5 جنود وثلاثة مدنيين').killed).toBe(8);
    expect(counts('قتل 5 مدنيين بينهم طفلان').killed).toBe(5);
  });
  it('flags running totals', () => {
    const c = counts('وارتفعت حصيلة القتلى إلى 40 شخصا');
    expect(c.killed).toBe(40);
    expect(c.tally[0].total).toBe(true);
    expect(counts('the death toll rose to 9').tally.some((t) => t.total)).toBe(true);
    expect(counts('مقتل 5 أشخاص في قصف').tally[0].total).toBe(false);
  });
  it('reads explicit zeros', () => {
    expect(counts('a strike hit a house but no one was killed').killed).toBe(0);
    expect(counts('لم يسفر الانفجار عن سقوط قتلى').killed).toBe(0);
    expect(counts('سقطت قذيفة دون وقوع إصابات').injured).toBe(0);
    expect(counts('لم يعرف بعد عدد القتلى').killed).toBeNull();
  });
  it('counts one for an assassination unless it was an attempt or a kind of incident', () => {
    expect(counts('اغتيل القيادي برصاص مجهولين').killed).toBe(1);
    expect(counts('نجا من محاولة اغتيال القيادي').killed).toBeNull();
    expect(counts('تشهد المحافظة عمليات الخطف والاغتيال').killed).toBeNull();
    expect(counts('مقتل القيادي في غارة').killed).toBe(1);
  });
});

describe('countsForTrigger', () => {
  const forWord = (text: string, word: string) => {
    const tokens = tokenize(text);
    const c = readCounts(tokens, 0, tokens.length);
    const k = tokens.findIndex((t) => t.norm === word);
    return countsForTrigger(c, k, k + 1);
  };
  it('gives a death word its own figure and other triggers the clause figure', () => {
    const text = 'مقتل 8 من المسلحين إلى جانب مقتل 7 من الجنود خلال مواجهات';
    expect(forWord(text, 'مواجهات').killed).toBe(15);
    expect(forWord('killed 5 soldiers and 3 more were killed in clashes', 'clashes').killed).toBe(8);
  });
  it('reads tolls implied by execution verbs and toll phrases', () => {
    expect(counts('He was hanged at dawn in the prison').killed).toBe(1);
    expect(counts('Ali and Hassan were executed on Sunday').killed).toBe(2);
    expect(counts('insurgents raided villages, beheading six people').killed).toBe(6);
    expect(counts('police shot dead two protesters').killed).toBe(2);
    expect(counts('the blast left 12 dead').killed).toBe(12);
    expect(counts('the attack claimed the lives of 9 soldiers').killed).toBe(9);
    expect(counts('14 bodies were found near the town').killed).toBe(14);
    expect(counts('أعدم التنظيم شخصا في الساحة').killed).toBe(1);
    expect(counts('انفجار أودى بحياة 5 أشخاص').killed).toBe(5);
    expect(counts('هجوم راح ضحيته 7 مدنيين').killed).toBe(7);
    expect(counts('سقط 4 قتلى في القصف').killed).toBe(4);
  });
});

describe('figures far before their casualty word', () => {
  const killedIn = (text: string) => {
    const tokens = tokenize(text);
    return readCounts(tokens, 0, tokens.length).killed;
  };
  it('reads a partitive figure before the verb', () => {
    expect(killedIn('وأفادت مصادر أن 13 عنصراً من الحوثيين وقوات صالح قتلوا في اشتباكات')).toBe(13);
    expect(killedIn('لقي سبعة من عناصر جماعة أنصار بيت المقدس الإرهابية مصرعهم')).toBe(7);
  });
  it('does not read a list or resolution number as a toll', () => {
    expect(killedIn('كشفت الشرطة تفاصيل مقتل مطلوب "القائمة 23" بالقطيف')).toBe(1);
    expect(killedIn('قتل جندي على الطريق 35 قرب المدينة')).toBe(1);
  });
});

describe('named single victims', () => {
  it('counts an MP and his two guards', () => {
    const tokens = tokenize('أعلن المتمردون مسؤوليتهم عن قتل نائب صومالي مع حارسيه في مقديشو');
    expect(readCounts(tokens, 0, tokens.length).killed).toBe(3);
  });
});

describe('Arabic people nouns around the death word', () => {
  const killedIn = (text: string) => {
    const tokens = tokenize(text);
    return readCounts(tokens, 0, tokens.length).killed;
  };
  it('reads a dual subject before the verb and a nationality noun after it', () => {
    expect(killedIn('قالت مصادر طبية إن شخصين قتلا وأصيب عشرة بجروح في اشتباكات')).toBe(2);
    expect(killedIn('فيما قتل فلسطيني برصاص الجيش الإسرائيلي في الضفة الغربية')).toBe(1);
  });
  it('reads no toll from an age ("دون سن الـ 18", "في سن 15")', () => {
    expect(counts('قتل رجل وثلاثة أطفال دون سن الـ 16 في القصف').killed).not.toBe(16);
    expect(counts('أصيب فتى في سن 15 بجروح في الانفجار').injured).not.toBe(15);
    expect(counts('قتل 7 بينهم طفلان دون سن 12 في الغارة').killed).toBe(7);
  });
});

describe('a figure that carries its own و', () => {
  it.each([
    ['وأوقع التفجير 30 قتيلا ونحو 100 جريح', 30, 100],
    ['وأوقع التفجير 32 قتيلا ومئة جريح', 32, 100],
    ['وأوقع التفجير ثلاثين قتيلا ونحو مئة جريح', 30, 100],
  ])('gives %s to the casualty word after it', (text, killed, injured) => {
    expect(counts(text)).toMatchObject({ killed, injured });
  });
  it('keeps واحد, whose و is its own', () => {
    expect(counts('قتل واحد وأصيب ثلاثة في انفجار')).toMatchObject({ killed: 1, injured: 3 });
  });
});

describe('an English "as" clause with its own subject', () => {
  it('keeps its toll to its own happening', () => {
    const text =
      'The army said it had routed RSF fighters, as the paramilitary group shelled the city, killing 12 civilians.';
    const tokens = tokenize(text);
    const c = readCounts(tokens, 0, tokens.length);
    const routed = tokens.findIndex((t) => t.norm === 'routed');
    const shelled = tokens.findIndex((t) => t.norm === 'shelled');
    expect(countsForTrigger(c, routed, routed + 1).killed).toBeNull();
    expect(countsForTrigger(c, shelled, shelled + 1).killed).toBe(12);
  });
  it('does not split at "such as the" or "described as the"', () => {
    const tokens = tokenize('Strikes killed 12 people in what officials described as the worst attack.');
    const c = readCounts(tokens, 0, tokens.length);
    expect(countsForTrigger(c, 0, 1).killed).toBe(12);
  });
});

describe('an English "N of them" aside after the death word', () => {
  it('counts the group before the comma, not the part of it the aside names', () => {
    expect(counts('At least nine people were killed, three of them children, and 20 wounded').killed).toBe(9);
    expect(counts('Eleven people had been killed, four of whom were police officers').killed).toBe(11);
  });
  it('still reads "killing two of them" without a comma as the toll', () => {
    expect(counts('The gunmen ambushed the patrol, killing two of them').killed).toBe(2);
  });
});
