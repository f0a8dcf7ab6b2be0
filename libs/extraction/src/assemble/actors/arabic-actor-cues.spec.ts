// Arabic actor classes: a rejection stated as a predicate ("غير صحيحة", "لا صحة لها", "مرفوض") is the speaker's; a
// statement quoted as "عن X قوله" is X's; an attack "نفذه ملثمون" names its doers; aid "مقدمة من X" names its donor and
// lends it to the report's other aid mentions; "عبدالوهاب"-type given names and "بأنها" in name runs.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' });
const actorsOf = (body: string, type: string) =>
  events(body)
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

describe('Arabic actors: predicate rejections', () => {
  it('gives "غير صحيحة" to the speaker, not to a name inside the denied report', () => {
    const body =
      'وأكد أبو العيش في تصريحات لوسائل إعلام جزائرية أن الأخبار التي وردت بشأن تدخل الرئيس الجزائري لدى نظيره المصري عبد الفتاح السيسي غير صحيحة.';
    expect(actorsOf(body, 'REJECT')).toEqual(['أبو العيش']);
  });

  it('gives "لا صحة لها" to the body that reported it (أفاد)', () => {
    const body =
      'بدورها أفاد مجلس المقاومة الشعبية في عدن أن ما تم تداوله حول عمليات تصفية للأسرى الحوثيين لا صحة لها.';
    expect(actorsOf(body, 'REJECT')).toEqual(['Popular Resistance']);
  });

  it('gives "غير مقبول" to the person quoted as "عن X قوله"', () => {
    const body =
      'ونقلت وكالة تسنيم الإيرانية للأنباء عن محمد علي جعفري قائد الحرس الثوري الإيراني قوله إن قرار مجلس الأمن الدولي غير مقبول.';
    expect(actorsOf(body, 'REJECT')).toEqual(['Mohammad Ali Jafari']);
  });

  it('leaves a predicate rejection without a speaker rather than give it to its subject', () => {
    const body = 'وقال إن تصرف الحوثيين مرفوض تماما.';
    expect(actorsOf(body, 'REJECT')).not.toContain('Houthis');
  });
});

describe('Arabic actors: doers named in a relative clause', () => {
  it('reads "في هجوم نفذه ملثمون" as the doer of the killing', () => {
    const body =
      'والخميس ايضا، قتل شرطي تركي وأصيب اخر بجروح خطيرة في هجوم نفذه ملثمون في دياربكر كبرى مدن جنوب شرق تركيا.';
    // the masked men are the dictionary's unnamed gunmen (actors.curated.ts)
    expect(actorsOf(body, 'ASSAULT')).toEqual(['gunmen']);
  });
});

describe('Arabic actors: aid donors', () => {
  it('reads the donor after "مقدمة من"', () => {
    const body =
      'وصلت أمس الدفعة الثالثة من المعونة الطبية الإغاثية إلى مدينة سيئون على متن ثلاث قاطرات قادمة من المملكة عبر منفذ الوديعة البري مقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية.';
    expect(actorsOf(body, 'AID')).toEqual(['King Salman Humanitarian Aid and Relief Centre']);
  });

  it('lends the named donor to a later aid mention of the same report', () => {
    const body =
      'قام مركز الملك سلمان للإغاثة والأعمال الإنسانية أمس، بتسيير سبع شاحنات تحمل مساعدات إغاثية للشعب اليمني الشقيق، متجهة إلى مديرية العبر عبر منفذ الوديعة البري.\n' +
      'وأوضح المتحدث أن الشاحنة الأخيرة تتجه إلى محافظة مأرب في اليمن، وتحمل مساعدات إغاثية تقدر بأكثر من 175 طنا.';
    const aid = actorsOf(body, 'AID');
    expect(aid.length).toBeGreaterThan(0);
    expect(aid.every((a) => a === 'King Salman Humanitarian Aid and Relief Centre')).toBe(true);
  });
});

describe('Arabic person names', () => {
  it('knows a one-word "عبدال" given name and takes the person as the speaker', () => {
    const body =
      'أكد السفير اليمني السابق في سورية عبدالوهاب هادي طواف أن نظام بشار الأسد تورط في تدريب مقاتلين حوثيين، متهما إياه بدعم الحوثيين.';
    expect(actorsOf(body, 'ACCUSE')).toContain('عبدالوهاب هادي طواف');
  });
});

describe('Arabic actors: plural verbs', () => {
  it('never takes a name after a verb with the plural suffix as its subject', () => {
    const body =
      'حيث أعلنوا أنهم جزء لا يتجزأ من المقاومة الشعبية، وطالبوا المتمردين الحوثيين بأن يكون انسحابهم من المحافظة بشكل نهائي.';
    expect(actorsOf(body, 'REQUEST')).not.toContain('Houthis');
  });

  it('still reads the doer of a relative clause after a plural verb ("نفذتها مقاتلات تركية")', () => {
    const body =
      'من جانبه، ذكر المرصد السوري أن تسعة عناصر من داعش قتلوا في الغارات الجوية التي نفذتها مقاتلات تركية فجر أمس على مواقع للتنظيم في الريف الشمالي لحلب.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['Turkey military']);
  });
});

describe('Arabic actors: the hands of a group', () => {
  it('reads "أيادي العملاء من ميليشيات الحوثي" after the verb as the Houthis', () => {
    const body =
      'استهدفت أيادي العملاء من ميليشيات الحوثي الانقلابية وحليفها المخلوع، علي عبدالله صالح، محافظة ظهران الجنوب أمس بأربع قذائف عسكرية.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['Houthis']);
  });

  it('reads "قذائف أرسلتها أيادي الغدر من عصابة ميليشيات الحوثي" as the Houthis', () => {
    const body =
      'استهدفت خمس قذائف عسكرية من نوع "الكاتيوشا" أرسلتها أيادي الغدر والعمالة من عصابة ميليشيات الحوثي وحليفها المخلوع علي عبدالله صالح، مدينة نجران.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['Houthis']);
  });
});

describe('Arabic actors: a name apposed to an office', () => {
  it('takes the name between commas after the office as the doer', () => {
    const body =
      'انتقد رئيس مجلس شيوخ عشائر الأنبار، نعيم الكعود، الحكومة العراقية بشدة لتأخرها في تسليح متطوعي العشائر.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['نعيم الكعود']);
  });

  it('keeps the office when a phrase, not a name, follows the comma', () => {
    const body = 'وطالب وزير الخارجية، في بيان، المجتمع الدولي بالتحرك.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['وزير الخارجية']);
  });
});

describe('Arabic actors: air strikes of a story with several air doers', () => {
  it('gives an agentless strike the doer of the last strike told before it', () => {
    const body =
      'قالت قوة المهام المشتركة في بيان اليوم إن الولايات المتحدة وحلفاءها شنوا 18 غارة جوية على تنظيم داعش في العراق.\n' +
      'وفي سوريا نفذ التحالف أربع غارات بالقرب من كوباني ضربت مواقع قتالية للتنظيم.\n' +
      'بينما ضربت أهداف مماثلة في ثلاث غارات أخرى بالقرب من الحسكة وفقا للبيان.';
    const hasakah = events(body).filter((e) => e.type === 'ASSAULT' && e.evidence.text.includes('الحسكة'));
    expect(hasakah.map((e) => e.actor?.name)).toEqual(['US-led coalition']);
  });
});

describe('Arabic actors: army units', () => {
  it('reads "الفرقة السابعة" after an auxiliary as the unit that acted', () => {
    const body =
      'وفي قضاء حديثة تمكنت الفرقة السابعة في الجيش العراقي من قتل قيادي بارز في تنظيم داعش و11 من معاونيه في عملية نوعية.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['الفرقة السابعة']);
  });
});

describe('Arabic actors: the owner of a report', () => {
  it('reads "انتقد تقرير أخير لـ«هيومان رايتس ووتش» X" as the rights group criticising X', () => {
    const body =
      'وانتقد تقرير أخير لـ«هيومان رايتس ووتش» وحدات حماية الشعب الكردية لعدم الوفاء بتعهدها في الكف عن استغلال الأطفال في القتال.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Human Rights Watch']);
  });

  it('reads "دعا بيان لوزارة الخارجية الأمريكية إيران" as the ministry calling', () => {
    const body = 'ودعا بيان لوزارة الخارجية الأمريكية إيران إلى الإفراج عن المعتقلين.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['United States government']);
  });
});

describe('Arabic actors: the speaker of a statement', () => {
  it('skips the paper a statement was made to ("وقال لـ«الشرق الأوسط» X")', () => {
    const body = 'وقال لـ«الشرق الأوسط» وزير الخارجية اليمني رياض ياسين إن هذه الأنباء غير صحيحة.';
    expect(actorsOf(body, 'REJECT')).toEqual(['Riad Yassin']);
  });

  it('takes the body a spokesman speaks for ("المتحدث الرسمي لوزارة الداخلية السعودية")', () => {
    const body = 'وقال المتحدث الرسمي لوزارة الداخلية السعودية إن هذه الأنباء لا صحة لها.';
    expect(actorsOf(body, 'REJECT')).toEqual(['Saudi government']);
  });
});

describe('Arabic actors: the body of an office holder', () => {
  it('takes "الأمين العام لمنظمة التعاون الإسلامي" as the speaker, not as an addressee', () => {
    const body =
      'وأكد معالي الأمين العام لمنظمة التعاون الإسلامي أهمية متابعة ملف هذه الانتهاكات لدى مجلس الأمن، داعياً المجتمع الدولي إلى التحرك.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Organisation of Islamic Cooperation']);
  });
});
