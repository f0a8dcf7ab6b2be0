// Curated actor entries read in real sentences: Iraq's tribes as a side of their own, masked attackers as the news'
// unnamed gunmen, common spellings of curated names (البشمركة without the ي).
import { findActors } from '../actors';
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.actor?.name ?? null);

describe('tribes as an actor', () => {
  it('names the tribes that rose against the Islamic State', () => {
    expect(actorsOf('انتفض أبناء العشائر في مدن كبيسة وهيت والقائم ضد التنظيم واغتالوا عددا من عناصره.')).toContain(
      'tribes',
    );
  });
  it('names the tribes that stormed a house', () => {
    expect(actorsOf('وقال الشيخ إن العشائر هاجمت منزل والي داعش في كبيسة، ما أدى إلى مقتله.')).toEqual(['tribes']);
  });
});

describe('masked gunmen', () => {
  it('names the masked men who carried out the attack a policeman died in', () => {
    expect(
      actorsOf('قتل شرطي تركي وأصيب آخر بجروح خطيرة في هجوم نفذه ملثمون في دياربكر كبرى مدن جنوب شرق تركيا.'),
    ).toEqual(['gunmen']);
  });
  it('names masked attackers who threw explosives', () => {
    expect(actorsOf('وألقى مهاجمون ملثمون متفجرات بدائية الصنع على ثكنات في بلدة الجزيرة.')).toEqual(['gunmen']);
  });
});

describe('curated spellings', () => {
  it('reads قوات البشمركة as the Peshmerga', () => {
    const ids = findActors('إن قوات البشمركة قصفت بشكل مركز معاقل تنظيم داعش', { language: 'ar' }).map(
      (m) => m.actor.id,
    );
    expect(ids).toContain('group:peshmerga');
  });
});

describe('popular committees', () => {
  // Yemen's popular committees fought on both sides in 2015: a body of their own, not the resistance or the Houthis.
  it('names the committees that clashed with gunmen', () => {
    expect(actorsOf('وخاضت اللجان الشعبية اشتباكات عنيفة مع المسلحين في أطراف المدينة أمس.')).toContain(
      'Popular Committees',
    );
  });
  it('keeps the Houthis first when the committees are named after them', () => {
    expect(actorsOf('وهاجم الحوثيون واللجان الشعبية مواقع الجيش في المدينة.')).not.toContain('Popular Committees');
  });
});

describe('relief agencies and rights bodies', () => {
  const idsOf = (text: string) => findActors(text, { language: 'ar' }).map((m) => m.actor.id);
  it('knows the FAO and the WFP under their common Arabic names', () => {
    expect(idsOf('وصلت أولى المعونات الواصلة من الفاو عبر ميناء عدن')).toEqual(['igo:fao']);
    expect(idsOf('رست سفينة تابعة لبرنامج الغذاء العالمي تحمل المساعدات')).toEqual(['igo:wfp']);
  });
  it('knows the Muslim World League and the International Crisis Group', () => {
    expect(idsOf('أدانت رابطة العالم الإسلامي التصريحات الطائفية')).toEqual(['ngo:mwl']);
    expect(idsOf('واتهمت «مجموعة الأزمات الدولية» الميليشيات بارتكاب انتهاكات')).toContain('ngo:icg');
  });
});
