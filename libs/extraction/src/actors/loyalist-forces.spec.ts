// A bare "القوات الموالية" (loyalist forces) is the government side of the story it is told in: Yemen's army in a
// Yemeni story, Syria's in a Syrian one (actor-context.ts); a following ل phrase names the master instead.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('bare loyalist forces', () => {
  it('are the Yemeni government forces in a Yemeni story', () => {
    expect(ids('عدن: وتقدمت القوات الموالية نحو قاعدة العند بعد معارك مع الحوثيين في اليمن')).toContain('mil:YE');
  });

  it('are the Syrian army in a Syrian story', () => {
    expect(ids('دمشق: وتقدمت القوات الموالية في ريف حلب السوري')).toContain('mil:SY');
  });

  it('are left alone when a ل phrase names whom they serve, or no story stands out', () => {
    expect(ids('عدن: وهاجمت القوات الموالية لصالح مواقع في تعز اليمنية')).not.toContain('mil:YE');
    expect(ids('وتقدمت القوات الموالية نحو المدينة')).toEqual([]);
  });
  it('read "الموالون للحكومة" (government loyalists) as the government side of the story', () => {
    expect(ids('عدن: وسيطر الموالون للحكومة على مطار عدن بعد هجوم ضد الحوثيين في اليمن')).toContain('mil:YE');
    expect(ids('وسيطر الموالون للحكومة على المطار')).toEqual([]);
  });
});
