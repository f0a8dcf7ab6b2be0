// Arabic ASSAULT reading through the whole extractor: dual-number triggers, Algerian/Tunisian provinces
// ("ولاية X"), period totals and handled devices as background, the press as no scene, and "ضربة أخرى" as a
// happening of its own inside one clause.
import { RuleExtractor } from '../extractor/rule-extractor';
import { findPlaces } from '../gazetteer';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25' }).filter((e) => e.type === 'ASSAULT');

describe('Arabic dual-number triggers', () => {
  it('reads "غارتين جويتين" as air strikes', () => {
    const out = assaults('شنت طائرات التحالف صباح أمس غارتين جويتين على معسكر في صنعاء.');
    expect(out.map((e) => e.mode)).toContain('aerial');
  });
  it('reads "سيارتين ملغومتين انفجرتا" as a bombing', () => {
    const out = assaults('أصيب عشرة أشخاص بسيارتين ملغومتين انفجرتا في بغداد أمس.');
    expect(out.map((e) => e.mode)).toContain('explosives');
  });
  it('does not read "فجراً" (at dawn) as a bombing', () => {
    const out = assaults('اعتقلت قوات الاحتلال فجراً فتيين من بلدة بني نعيم.');
    expect(out.map((e) => e.mode)).not.toContain('explosives');
  });
});

describe('Arabic provinces named "ولاية X"', () => {
  it('reads ولاية عين الدفلى as the province, not its capital', () => {
    const m = findPlaces('كمين في ولاية عين الدفلى جنوب غرب العاصمة').find((p) => p.surface.includes('عين الدفلى'));
    expect(m?.place.kind).toBe('admin1');
    expect(m?.place.country).toBe('DZ');
  });
  it('sharpens a province-only attack to the town later named inside it', () => {
    const out = assaults(
      'قتل 14 جنديا جزائريا في كمين نصبه مسلحون في ولاية عين الدفلى. وكان الموكب في طريقه الى الثكنة في بلدية طارق بن زياد (في ولاية عين الدفلى) عندما تعرض للكمين.',
    );
    expect(out[0]?.location?.name).toMatch(/Tarik Ibn Ziad/);
  });
});

describe('Arabic background and non-scenes', () => {
  it('does not read a half-year total as a happening', () => {
    expect(assaults('وبحسب وزارة الدفاع فإن 102 من المسلحين قتلوا خلال النصف الاول من العام 2015.')).toHaveLength(0);
  });
  it('does not read a destroyed car bomb as a bombing', () => {
    expect(assaults('أعلن الجيش العراقي أمس تدمير سيارة مفخخة قرب بيجي.').map((e) => e.mode)).not.toContain(
      'explosives',
    );
  });
  it('does not place an attack where a speaker told the press', () => {
    const out = assaults('وقال امام الصحافيين في انقرة إن التفجير ناجم عن اعتداء انتحاري في سوروج.');
    expect(out.map((e) => e.location?.name)).not.toContain('Ankara');
  });
});

describe('"ضربة أخرى" inside one clause', () => {
  it('keeps a further strike at another place as its own happening', () => {
    const out = assaults(
      'وأضاف بأن «التحالف وجه ضربة جوية على تجمع للمسلحين قرب مصفى بيجي»، مبينا أن «الطيران وجه ضربة أخرى في الرمادي أسفرت عن مقتل عنصرين».',
    );
    const names = out.map((e) => e.location?.name ?? '');
    expect(names.some((n) => /Baiji/.test(n))).toBe(true);
    expect(names.some((n) => /Ramadi/.test(n))).toBe(true);
  });
});
