// Trigger coverage and precision of the lexicons: wire phrasing per PLOVER type (English and Arabic), the verb
// forms that lose their alif before a pronoun, and ambiguous words that must not fire.
import { tokenize } from '../text/tokenize';
import { triggerIndex } from './lexicon';
import { matchTriggers } from './match-triggers';

const hits = (text: string, language: 'ar' | 'en') => {
  const index = triggerIndex(language);
  if (!index) throw new Error(`no lexicon for ${language}`);
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode ?? '-'}`);
};
const typesOf = (text: string, language: 'ar' | 'en') => hits(text, language).map((h) => h.split('/')[0]);

describe('English wire phrasing', () => {
  it.each([
    ['The army sent two brigades of reinforcements to Basra.', 'MOBILIZE'],
    ['Police stepped up security around the embassy.', 'MOBILIZE'],
    ['The navy held naval drills in the Gulf.', 'MOBILIZE'],
    ['Columns of fighters were seen withdrawing from the town.', 'RETREAT'],
    ['The two sides swapped 150 prisoners of war.', 'RETREAT'],
    ['The governor submitted his resignation.', 'RETREAT'],
    ['Riot police dispersed the crowd.', 'COERCE'],
    ['The government imposed a night-time curfew on the districts.', 'COERCE'],
    ['Militants blocked the main roads into the city.', 'COERCE'],
    ['The EU said it was suspending funding for two programmes.', 'SANCTION'],
    ['The junta ordered the ambassador of Ghana to leave the country.', 'SANCTION'],
    ['Washington imposed new sanctions on ten firms.', 'SANCTION'],
    ['The rebels reopened the main road to the city.', 'CONCEDE'],
    ['The prime minister ordered compensation for the families.', 'CONCEDE'],
    ['Army and police launched a joint operation near the border.', 'COOPERATE'],
    ['Qatar helped coordinate the flight.', 'COOPERATE'],
    ['Saudi Arabia announced a $500 million grant to Syria.', 'AID'],
    ['A convoy of 18 trucks carrying food reached the city.', 'AID'],
    ['The crown prince received the secretary of state in Riyadh.', 'CONSULT'],
    ['The minister ordered an investigation into the shooting.', 'ACCUSE'],
    ['The ministry summoned the French ambassador.', 'CONSULT'],
    ['He vowed revenge for the killings.', 'THREATEN'],
    ['The president ruled out early elections.', 'REJECT'],
    ['The two sides reached a preliminary deal on Tuesday.', 'AGREE'],
    ['Workers staged a protest outside parliament.', 'PROTEST'],
    ['The army declared a unilateral ceasefire.', 'RETREAT'],
    ['Gunmen and soldiers exchanged fire at the checkpoint.', 'ASSAULT'],
    ['Police fired tear gas at the crowd.', 'COERCE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text, 'en')).toContain(type);
  });

  it('does not read nouns and passives as acts', () => {
    expect(typesOf('Oil prices fell on concerns about demand in China.', 'en')).not.toContain('REQUEST');
    expect(typesOf('The operation was backed by aircraft of the coalition.', 'en')).not.toContain('SUPPORT');
    expect(typesOf('The soldiers were met by relatives at the border.', 'en')).not.toContain('CONSULT');
    expect(typesOf('The deal commits them to a further round of releases.', 'en')).not.toContain('RETREAT');
    expect(typesOf('Gunmen attacked a convoy of 22 tankers.', 'en')).not.toContain('AID');
    expect(typesOf('The wounded received treatment in hospital.', 'en')).not.toContain('CONSULT');
  });

  it('gives a bare ceasefire noun a low weight and a declared one a high weight', () => {
    const index = triggerIndex('en');
    if (!index) throw new Error('no English lexicon');
    const weight = (text: string) =>
      matchTriggers(tokenize(text), index).find((m) => m.spec.type === 'RETREAT')?.spec.weight;
    expect(weight('Talks on extending the ceasefire continued.')).toBeLessThan(0.5);
    expect(weight('A ceasefire took effect at midnight.')).toBeGreaterThan(0.8);
  });
});

describe('Arabic phrasing', () => {
  it.each([
    ['دفعت القوات بتعزيزات إلى المدينة.', 'MOBILIZE'],
    ['رفعت القوات حالة التأهب على الحدود.', 'MOBILIZE'],
    ['وصلت أرتال عسكرية إلى المدينة.', 'MOBILIZE'],
    ['فرقت الشرطة المتظاهرين أمام البرلمان.', 'COERCE'],
    ['أحبطت السلطات محاولة لتهريب أسلحة.', 'COERCE'],
    ['أغلقت السلطات المعبر أمام المسافرين.', 'COERCE'],
    ['أعلنت البحرين استدعاء سفيرها في طهران للتشاور.', 'SANCTION'],
    ['علقت الحكومة المساعدات للمنظمة.', 'SANCTION'],
    ['استدعت الخارجية السفير الإيراني.', 'ACCUSE'],
    ['واتهموها بالتورط في الهجوم.', 'ACCUSE'],
    ['وأكد البيان ذلك، متهما الحركة بالتصعيد.', 'ACCUSE'],
    ['ودعا إلى الهدوء، مطالبا بالإفراج عن المعتقلين.', 'REQUEST'],
    ['أعادت السلطات فتح المعبر.', 'CONCEDE'],
    ['تم تبادل الأسرى بين الطرفين.', 'RETREAT'],
    ['لاذ المسلحون بالفرار من المدينة.', 'RETREAT'],
    ['تقرر الإعلان عن هدنة إنسانية لمدة خمسة أيام.', 'RETREAT'],
    ['أعلن المسؤول بدء جسر جوي إلى عدن.', 'AID'],
    ['نفذ الجيش والشرطة عملية مشتركة في المدينة.', 'COOPERATE'],
    ['أطلقت الشرطة الغاز المسيل للدموع على المحتجين.', 'ASSAULT'],
    ['نظم المعلمون وقفة احتجاجية أمام الوزارة.', 'PROTEST'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text, 'ar')).toContain(type);
  });

  it('does not read هنا (here) as a congratulation', () => {
    expect(typesOf('قال الوزير إن الوضع هنا مستقر.', 'ar')).not.toContain('SUPPORT');
  });

  it('restores the plural alif only when a pronoun follows', () => {
    expect(typesOf('قصفوها بالمدفعية.', 'ar')).toContain('ASSAULT');
    expect(typesOf('اتهمو', 'ar')).toEqual([]);
  });

  it('keeps a bare truce noun weak', () => {
    const index = triggerIndex('ar');
    if (!index) throw new Error('no Arabic lexicon');
    const spec = matchTriggers(tokenize('أكد ضرورة احترام الهدنة.'), index).find((m) => m.spec.type === 'RETREAT');
    expect(spec?.spec.weight).toBeLessThan(0.5);
  });
});
