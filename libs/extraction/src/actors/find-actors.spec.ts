// Proves the actor dictionary on the seed article (every gold actor, right ids and offsets), composed institution
// phrases, person-by-title and first-name patterns, capital metonyms and English matching.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findActors } from './index';

const seed = readFileSync(join(__dirname, '../../../../seeds/articles/syria-2016-aleppo-palmyra.ar.txt'), 'utf8');

describe('findActors on the seed article', () => {
  const mentions = findActors(seed);

  it('reports offsets into the original text, sorted and non-overlapping', () => {
    let last = -1;
    for (const m of mentions) {
      // After لل the surface gives the name its article back (للهيئة → الهيئة); otherwise it is the text itself.
      expect([m.surface, m.surface.replace(/^ال/, '')]).toContain(seed.slice(m.start, m.end));
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
  });

  it.each([
    ['داعش', 'group:isis'],
    ['تنظيم داعش', 'group:isis'],
    ['فاطميون', 'group:fatemiyoun'],
    ['جيش الأسد', 'mil:SY'],
    ['قوات الأسد', 'mil:SY'],
    ['ميليشيات النظام', 'mil:SY'],
    ['النظام', 'gov:SY'],
    ['المعارضة السورية', 'group:syrian-opposition'],
    ['قوات درع الفرات', 'group:euphrates-shield'],
    ['الجيش التركي', 'mil:TR'],
    ['موسكو', 'state:RU'],
    ['طهران', 'state:IR'],
    ['رياض حجاب', 'person:riyad hijab'],
    ['العميد أسعد عوض الزعبي', 'person:اسعد عوض الزعبي'],
    ['وزارة الدفاع الروسية', 'gov:RU'],
    ['المرصد السوري لحقوق الإنسان', 'ngo:sohr'],
    ['الطائرات الحربية للنظام', 'mil:SY'],
    ['الهيئة العليا للمفاوضات', 'group:hnc'],
  ])('finds %s as %s', (surface, id) => {
    expect(mentions.find((m) => m.surface === surface)?.actor.id).toBe(id);
  });

  it('gives kinds and countries', () => {
    expect(mentions.find((m) => m.surface === 'وزارة الدفاع الروسية')?.actor).toMatchObject({
      kind: 'government',
      country: 'RU',
    });
    expect(mentions.find((m) => m.surface === 'المرصد السوري لحقوق الإنسان')?.actor.kind).toBe('ngo');
    expect(mentions.find((m) => m.surface === 'رياض حجاب')?.actor.kind).toBe('person');
  });
});

describe('composed phrases and people', () => {
  it('reads a title, gentilic and name as a person of that country', () => {
    const [m] = findActors('وقال وزير الخارجية السعودي عادل الجبير إن المملكة');
    expect(m.actor).toMatchObject({ kind: 'person', country: 'SA' });
    expect(m.actor.id).toBe('person:adel al jubeir');
  });

  it('builds an unknown person id from the name', () => {
    const [m] = findActors('وأكد اللواء سمير فرحات في بيان');
    expect(m.actor.id).toBe('person:سمير فرحات');
    expect(m.surface).toBe('اللواء سمير فرحات');
  });

  it('strips proclitics: وبالجيش الأمريكي → US military', () => {
    const text = 'تعاون مع القوات الأمريكية ولحزب الله';
    const ids = findActors(text).map((m) => m.actor.id);
    expect(ids).toEqual(['mil:US', 'group:hezbollah']);
  });

  it('matches English names, gentilic phrases and titles', () => {
    const text =
      'Turkish army shelled YPG positions; Foreign Minister Sergei Lavrov met the UN envoy and the UN. Houthis fired.';
    const ids = findActors(text).map((m) => m.actor.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'mil:TR',
        'group:ypg',
        'person:sergei lavrov',
        'igo:un-envoy-syria',
        'igo:un',
        'group:houthis',
      ]),
    );
  });

  it('does not read "is" or "un" in lower case as acronyms', () => {
    expect(findActors('this is an unusual day').map((m) => m.actor.id)).toEqual([]);
  });

  it('reads النظام as the Syrian government only in a Syrian context', () => {
    expect(findActors('انتقد النظام الإيراني القرار').map((m) => m.actor.id)).toEqual(['gov:IR']);
    expect(findActors('تغيير النظام التعليمي')).toEqual([]);
  });
});

describe('2015 Gulf and Yemen-war actors', () => {
  it.each([
    ['قصفت طائرات التحالف العربي مواقع الحوثيين', ['mil:coalition-arab', 'group:houthis']],
    ['تقدم قوات الشرعية والمقاومة الشعبية في تعز', ['mil:YE', 'group:popular-resistance']],
    ['ميليشيا الحوثي وصالح تقصف عدن', ['group:houthis']],
    ['وقال المتحدث الأمني لوزارة الداخلية إن رئاسة أمن الدولة', ['gov:SA', 'police:SA']],
    ['الائتلاف الدولي يقصف مواقع داعش', ['mil:coalition-us', 'group:isis']],
    ['الجيش الليبي يتقدم وفجر ليبيا تنسحب', ['group:libyan-national-army', 'group:fajr-libya']],
    ['الجيش الحر وجيش الفتح وأحرار الشام', ['group:fsa', 'group:jaish-al-fatah', 'group:ahrar-al-sham']],
    ['الأمن العام اللبناني يوقف مطلوبين', ['police:LB']],
  ])('%s', (text, ids) => {
    expect(findActors(text).map((m) => m.actor.id)).toEqual(ids);
  });

  it('reads الدفاع المدني as the White Helmets only in Syrian news', () => {
    expect(findActors('الدفاع المدني في حلب ينتشل الضحايا')[0]?.actor.id).toBe('ngo:white-helmets');
    expect(findActors('أعلن الدفاع المدني بمنطقة جازان')[0]?.actor.id).toBe('gov:civil-defence');
  });

  it('reads a bare فتح as Fatah only in a Palestinian story, not the masdar "opening"', () => {
    const ids = (text: string) => findActors(text).map((m) => m.actor.id);
    expect(ids('قررت الحكومة إعادة فتح المصارف الأسبوع المقبل')).not.toContain('group:fatah');
    expect(ids('التقى وفد من فتح بقادة حماس في غزة')).toContain('group:fatah');
  });
});

describe('person names end where the name ends (round 3)', () => {
  const people = (text: string): string[] =>
    findActors(text)
      .filter((m) => m.actor.kind === 'person')
      .map((m) => m.surface);

  it.each([
    ['وقال عبد الخالق الحوثي وهو قيادي في الجماعة', 'عبد الخالق الحوثي'],
    ['وأكد رئيس الوزراء احمد داود اوغلو بوضوح أن', 'رئيس الوزراء احمد داود اوغلو'],
    ['الرئيس بشار الأسد أصدر مرسوما', 'الرئيس بشار الأسد'],
    ['العميد أسعد عوض الزعبي', 'العميد أسعد عوض الزعبي'],
    ['الشيخ نور الدين الحلبي قال', 'الشيخ نور الدين الحلبي'],
    ['وزير خارجية بلجيكا ديدييه ريندرز', 'وزير خارجية بلجيكا ديدييه ريندرز'],
  ])('%s → %s', (text, surface) => {
    expect(people(text)[0]).toBe(surface);
  });

  it('a title before an adjective or a noun phrase is not a person', () => {
    expect(people('لعب الفريق الأول لكرة القدم بنادي الهلال')).toEqual([]);
    expect(people('وقال الرئيس السابق إن')).toEqual([]);
    expect(people('وقال رئيس مجلس الوزراء إن')).toEqual([]);
  });
});

describe('per-text person memory and untitled English people', () => {
  const ids = (text: string): string[] => findActors(text).map((m) => `${m.surface}=${m.actor.id}`);

  it('a bare surname after a full mention is the same person (English)', () => {
    expect(ids('Governor Babagana Zulum visited the camp. Zulum said the town was attacked.')).toEqual([
      'Governor Babagana Zulum=person:babagana zulum',
      'Zulum=person:babagana zulum',
    ]);
  });

  it('a bare family name after a full mention is the same person (Arabic)', () => {
    expect(ids('قال وزير الخارجية اللبناني سمير فرحات إن الهجوم فشل. وأضاف فرحات أن')).toEqual([
      'وزير الخارجية اللبناني سمير فرحات=person:سمير فرحات',
      'فرحات=person:سمير فرحات',
    ]);
    expect(ids('وقال محمد فلاح القرقاح إن العمل مستمر، وأكد القرقاح')).toEqual([
      'محمد فلاح القرقاح=person:محمد فلاح القرقاح',
      'القرقاح=person:محمد فلاح القرقاح',
    ]);
  });

  it("a dictionary person's four-letter surname is remembered too (عبدربه منصور هادي ... ووجه هادي)", () => {
    expect(ids('استقبل الرئيس عبدربه منصور هادي المبعوث. ووجه هادي الشكر للمملكة')).toContain(
      'هادي=person:abd rabbuh mansur hadi',
    );
  });

  it('does not remember a place or a half-name', () => {
    expect(ids('وقال الشيخ محمد حسين مفتي القدس إن الوضع في القدس خطير').filter((x) => x.startsWith('القدس='))).toEqual(
      [],
    );
  });

  it('reads "First Last said/told" as a person, but not organisations', () => {
    expect(ids('Ali Ndume said the attack killed ten.')).toEqual(['Ali Ndume=person:ali ndume']);
    expect(ids('The White House said it was watching.').some((x) => x.includes('person:'))).toBe(false);
    expect(ids('Health Ministry told reporters.')).toEqual([]);
  });

  it('reads a known city before "said" as the place, not a person ("residents of El Fasher said")', () => {
    expect(ids('Residents of El Fasher said the market was shelled.').some((x) => x.includes('person:'))).toBe(false);
    expect(ids('The envoy met Massad Boulos. Ali Ndume said the attack killed ten.')).toContain(
      'Ali Ndume=person:ali ndume',
    );
  });

  it('accepts lower-case English titles and chained titles', () => {
    expect(ids('army commander Colonel Abdullahi Hassan told state radio')).toEqual([
      'commander Colonel Abdullahi Hassan=person:abdullahi hassan',
    ]);
    expect(ids('Hezbollah lawmaker Hassan Fadlallah warned')).toContain(
      'lawmaker Hassan Fadlallah=person:hassan fadlallah',
    );
  });
});

describe('actor picks (round 3)', () => {
  const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

  it('Rapid Support Forces are their own armed group, not the Janjaweed', () => {
    expect(ids('The RSF denied it. The Rapid Support Forces shelled the camp. قوات الدعم السريع')).toEqual([
      'group:rsf',
      'group:rsf',
      'group:rsf',
    ]);
    expect(findActors('Rapid Support Forces')[0].actor).toMatchObject({ kind: 'armed_group', country: 'SD' });
  });

  it('a capital inside a longer name is not its state (Middle Juba, Damascus Gate)', () => {
    expect(ids('an air strike in the Middle Juba region of Somalia')).toEqual(['state:SO']);
    expect(ids('near the Damascus Gate in Jerusalem')).not.toContain('state:SY');
    expect(ids('Talks in Juba stalled.')).toEqual(['state:SS']);
  });

  it('الدفاع المدني in a Houthi rocket story that mentions الأسد is the national civil defence', () => {
    expect(ids('سقط صاروخ حوثي على جازان في المملكة وأعلن الدفاع المدني، فيما قال الأسد')).toContain(
      'gov:civil-defence',
    );
  });
});

describe('nationality adjectives, bare institutions, clitics and titles (round 4)', () => {
  const pairs = (text: string): string[] => findActors(text).map((m) => `${m.surface}=${m.actor.id}`);
  const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

  it('an indefinite gentilic after an attack or means noun names the doer', () => {
    expect(pairs('سقطت قذائف بعد قصف حوثي على القرية')).toContain('حوثي=group:houthis');
    expect(pairs('رست سفينة إماراتية في الميناء')).toContain('إماراتية=state:AE');
    expect(pairs('شنت طائرات غارات جوية إسرائيلية على القطاع')).toContain('إسرائيلية=mil:IL');
    // the plural is a noun (people), and a gentilic after an ordinary noun names nobody
    expect(ids('قتل ثلاثة إسرائيليين')).toEqual([]);
    expect(ids('التقى الكاتب رجلا مصريا')).toEqual([]);
  });

  it('an English country adjective before an attack noun or a means of war is that country’s military', () => {
    expect(pairs('An Israeli drone strike hit a car')).toEqual(['Israeli=mil:IL']);
    expect(pairs('after a Turkish strike on the village')).toEqual(['Turkish=mil:TR']);
    expect(ids('Russian warplanes struck the town')).toEqual(['mil:RU']);
    expect(ids('A Myanmar military air strike hit the village')).toEqual(['mil:MM']);
  });

  it('a bare army or police is the force of the country the article is about', () => {
    expect(ids('YANGON, Myanmar (Wire) — The army said police had fired.')).toEqual([
      'state:MM',
      'mil:MM',
      'police:MM',
    ]);
    expect(ids('أعلن الجيش العراقي أن الجيش والشرطة دخلوا المدينة في العراق')).toEqual([
      'mil:IQ',
      'mil:IQ',
      'police:IQ',
      'state:IQ',
    ]);
    // no country stands out: nothing is guessed; a capitalised name is not a bare army
    expect(ids('The army said the roads were closed.')).toEqual([]);
    expect(ids('Ruby Valley Army fighters took the town')).toEqual([]);
  });

  it('لل before a name gives the surface its article back', () => {
    const m = findActors('وقال المبعوث للأمم المتحدة').find((x) => x.actor.id === 'igo:un');
    expect(m?.surface).toBe('الأمم المتحدة');
    expect(pairs('في سوريا قال للنظام إن')).toContain('النظام=gov:SY');
  });

  it('tanween marks an adjective, not a state: شخصاً سورياً', () => {
    expect(ids('أوقفت قوة 23 شخصاً سورياً')).not.toContain('state:SY');
  });

  it('a title with an organisation before the name is that person', () => {
    expect(ids('قال المبعوث الخاص للأمم المتحدة طارق متري إن')).toEqual(['person:طارق متري']);
    expect(ids('قال رئيس إقليم كردستان العراق كاوه الداوودي إن')).toEqual(['person:كاوه الداوودي']);
    // a spokesman's organisation is what speaks
    expect(ids('وقال المتحدث باسم الجيش العراقي يحيى رسول')[0]).toBe('mil:IQ');
  });

  it('names end where they should: على is not علي, a glued organisation, a team is not a rank', () => {
    expect(ids('الشيخ محمد على الحدود')).toEqual([]);
    expect(pairs('وصل محمد علي الحوثي')).toEqual(['محمد علي الحوثي=person:mohammed ali al houthi']);
    expect(pairs('وصل محمد علي الشامي')).toEqual(['محمد علي الشامي=person:محمد علي الشامي']);
    expect(pairs('وروى محمد جيليك لوكالة فرانس برس')[0]).toBe('محمد جيليك=person:محمد جيليك');
    expect(ids('الفريق التونسي لعب المواجهة')).toEqual([]);
    expect(pairs('منزل المواطن محمد حسين آل زاهر')).toEqual(['محمد حسين آل زاهر=person:محمد حسين ال زاهر']);
  });
});

describe('bare forces in Arabic reports', () => {
  it('take the country of the city an Arabic dateline names when nothing else names one', () => {
    const text = 'عين اليوم – جدة\nتمكنت الجهات الأمنية من احباط عدة عمليات ارهابية والقبض على المتورطين';
    expect(findActors(text, { language: 'ar' }).map((a) => a.actor.id)).toEqual(['police:SA']);
  });
});

describe('bare English governments', () => {
  it('read "the government" and "the junta" as the government of the country the article is about', () => {
    const text =
      'OUAGADOUGOU, Burkina Faso (AFP) — Burkina Faso’s junta said on Monday the government had suspended two radio stations in Burkina Faso.';
    const ids = findActors(text, { language: 'en' }).map((a) => a.actor.id);
    expect(ids).toContain('gov:BF');
    expect(ids.filter((id) => id.startsWith('bare:'))).toEqual([]);
  });
});
