// A country or capital after a preposition is where something happened, also with a position word between
// ("in central Tripoli", "south of Damascus"); without one it may act ("Tripoli said").
import { tokenize } from '../text/tokenize';
import { isLocative } from './locative';
import { RuleExtractor } from '../extractor/rule-extractor';

const locativeAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  return isLocative(tokens, at, tokens[at].start);
};

describe('English locatives', () => {
  it('reads a name after a preposition and a position word as a place', () => {
    expect(locativeAt('Thousands gathered in central Tripoli on Friday.', 'Tripoli')).toBe(true);
    expect(locativeAt('Raids continued in the occupied West Bank.', 'West')).toBe(true);
    expect(locativeAt('Strikes hit military sites south of Damascus.', 'Damascus')).toBe(true);
    expect(locativeAt('Shells fell on the outskirts of Khiam.', 'Khiam')).toBe(true);
    expect(locativeAt('Students took to the streets of Havana overnight.', 'Havana')).toBe(true);
  });

  it('does not read a subject or a possessive as a place', () => {
    expect(locativeAt('Tripoli said the talks would resume.', 'Tripoli')).toBe(false);
    expect(locativeAt('The foreign minister of Egypt met the envoy.', 'Egypt')).toBe(false);
    expect(locativeAt('Officials in the east said Damascus agreed.', 'Damascus')).toBe(false);
  });
});

describe('recipients', () => {
  it('reads the country aid is for as a place, in English and Arabic', () => {
    expect(locativeAt('Denmark announced a military aid package for Ukraine.', 'Ukraine')).toBe(true);
    const text = 'أعلنت المملكة تقديم مساعدات إنسانية لليمن';
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.surface === 'لليمن');
    expect(isLocative(tokens, at, tokens[at].start + 2)).toBe(true);
  });
});

describe('routes and idioms', () => {
  it('reads the city a march went through as a place', () => {
    expect(locativeAt('Hundreds of people marched through Beirut on Monday.', 'Beirut')).toBe(true);
  });

  it('does not read "مسقط رأسه" (his birthplace) as Muscat', () => {
    const rules = new RuleExtractor({ minConfidence: 0 });
    const body =
      'قصفت قوات النظام بالبراميل المتفجرة المدينة، وقال المرصد إن 18 برميلاً سقطت عليها وانشق 700 جندي من مسقط رأس الأسد في القرداحة.';
    const places = rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.location?.country);
    expect(places).not.toContain('OM');
  });
});

describe('a capital struck', () => {
  const rules = new RuleExtractor({ minConfidence: 0 });
  const events = (body: string) =>
    rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' });
  it('is the place of a strike on it, and its state the target', () => {
    const [e] = events('لقي سبعة أشخاص حتفهم في غارة للتحالف العربي على صنعاء.').filter((x) => x.type === 'ASSAULT');
    expect(e.location?.name).toBe('Sanaa');
    expect(e.target?.id).toBe('state:YE');
  });
  it('stays the state alone after sanctions on it', () => {
    const places = events('وسيخفف الاتفاق العقوبات المفروضة على طهران تدريجيا.').map((x) => x.location?.name);
    expect(places).not.toContain('Tehran');
  });
});

describe('a police force named by its place', () => {
  const rules = new RuleExtractor({ minConfidence: 0 });
  const placeOf = (body: string, language: string) =>
    rules.extract({ id: 't', body, language, publishedAt: '2015-07-26T10:00:00Z' }).find((x) => x.type === 'COERCE')
      ?.location?.name;
  it('polices there: its arrests happen in its city or region', () => {
    expect(placeOf('Riyadh police arrested three men suspected of robbing shops.', 'en')).toBe('Riyadh');
    expect(placeOf('ضبطت شرطة منطقة الرياض ثلاثة مواطنين تورطوا في سرقة المحلات التجارية.', 'ar')).toBe(
      'Riyadh Region',
    );
    expect(
      placeOf('قال الناطق الإعلامي بشرطة منطقة الرياض إنه تم القبض على ثلاثة مواطنين تورطوا في السرقة.', 'ar'),
    ).toBe('Riyadh Region');
  });
  it('leaves a lake or council named after a country to the other rules', () => {
    const body = 'وقال المسؤول السابق في لجنة حوض بحيرة تشاد إن الشرطة اعتقلت الرئيس السابق حسين حبري.';
    expect(placeOf(body, 'ar')).not.toBe('Lake Chad');
  });
});

describe('a country whose possession an attack verb strikes', () => {
  const rules = new RuleExtractor({ minConfidence: 0 });
  const assault = (body: string) => rules.extract({ id: 's', body, language: 'en' }).find((e) => e.type === 'ASSAULT');
  it('is where the attack fell as well as its target', () => {
    const e = assault(
      "Russian missiles and drones pounded Ukraine's energy infrastructure overnight, killing seven people.",
    );
    expect(e?.location?.name).toBe('Ukraine');
    expect(e?.target?.name).toBe('Ukraine');
  });
  it('stays a target only where no attack verb takes it', () => {
    expect(
      assault("Russian drones attacked power plants, the Ukraine's energy ministry said.")?.location?.name,
    ).not.toBe('Ukraine');
  });
});

describe('an English capital an attack fell on', () => {
  const rules = new RuleExtractor({ minConfidence: 0 });
  const first = (body: string, type: string) =>
    rules.extract({ id: 's', body, language: 'en' }).find((e) => e.type === type);
  it('is the city struck as well as its state', () => {
    const e = first(
      'Russia launched a massive drone and missile attack on Kyiv overnight, killing seven people.',
      'ASSAULT',
    );
    expect(e?.location?.name).toBe('Kyiv');
    expect(e?.target?.name).toBe('Ukraine');
    expect(first('Russian missiles struck Kyiv on Monday, killing three people.', 'ASSAULT')?.location?.name).toBe(
      'Kyiv',
    );
  });
  it('is the city visited after a visit verb', () => {
    expect(
      first('German Defence Minister Boris Pistorius, visiting Kyiv on the same day, met Zelenskiy.', 'CONSULT')
        ?.location?.name,
    ).toBe('Kyiv');
  });
  it('stays the state when it owns what was struck', () => {
    expect(first("Israel said it would respond to the attack on Tehran's allies.", 'THREATEN')?.location).toBeNull();
  });
});

describe("an English city's possessive naming a part of it", () => {
  const rules = new RuleExtractor({ minConfidence: 0 });
  const placeOf = (body: string, type: string) =>
    rules.extract({ id: 's', body, language: 'en' }).find((e) => e.type === type)?.location?.name;
  it('is a place, not the state the capital stands for', () => {
    expect(placeOf("Taliban fighters seized Kabul's international airport on Sunday.", 'COERCE')).toBe('Kabul');
    expect(
      placeOf("Thousands of striking teachers occupied Mexico City's main Zócalo plaza on Thursday.", 'PROTEST'),
    ).toBe('Mexico City');
  });
});

describe('a state executing at home', () => {
  const rules = new RuleExtractor({ minConfidence: 0 });
  const executed = (body: string) =>
    rules.extract({ id: 's', body, language: 'en' }).find((e) => e.mode === 'execute')?.location?.name;
  it('is placed in its own country, not in the country a convict spied for', () => {
    expect(executed('Iran executed two men convicted of spying for Israel on Monday, the judiciary said.')).toBe(
      'Iran',
    );
  });
});
