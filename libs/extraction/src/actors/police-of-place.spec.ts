// A police force named after the place it serves ("شرطة جدة", "شرطة منطقة عسير") is the police of the place's
// country (police-of-place.ts); with a glued ل ("ورد لشرطة ... بلاغ") it receives a report and is not read.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('police named after a place', () => {
  it('reads a city or a region after "شرطة" as the police of its country', () => {
    expect(ids('وأوقفت شرطة جدة شابين بعد مطاردة قصيرة')).toContain('police:SA');
    expect(ids('وأعلنت شرطة منطقة القصيم ضبط المتهم')).toContain('police:SA');
    expect(ids('وقالت شرطة نيروبي إنها فرقت المحتجين')).toContain('police:KE');
  });

  it('spans the place, so the city is not read as the state acting', () => {
    expect(ids('وقالت شرطة نيروبي إنها فرقت المحتجين')).not.toContain('state:KE');
  });

  it('leaves a police unit with no place, and the addressee of a report, alone', () => {
    expect(ids('وتدخلت شرطة مكافحة الشغب لتفريق الحشود')).toEqual([]);
    expect(ids('وورد لشرطة جدة بلاغ عن سرقة محل')).not.toContain('police:SA');
  });
});
