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
      expect(seed.slice(m.start, m.end)).toBe(m.surface);
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
});
