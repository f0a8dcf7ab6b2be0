// Time zones (time-zones.ts): the country or city after توقيت tells whose clock gives the hour; it is set aside as
// neither the scene nor a party of the happening its clause reports.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { timeZones } from './time-zones';

const extractor = new RuleExtractor({ minConfidence: 0 });
const truce = (body: string) => extractor.extract({ id: 'tz', body, language: 'ar' }).find((e) => e.type === 'RETREAT');

describe('time zones', () => {
  it('finds توقيت with its clitics and the word after it', () => {
    const text = 'من الساعة (11:59) مساءً بتوقيت اليمن، والثالثة عصرًا بالتوقيت المحلي وحسب توقيت غرينتش.';
    expect(timeZones(text).map((s) => text.slice(s.start, s.stop))).toEqual([
      'بتوقيت اليمن',
      'بالتوقيت المحلي',
      'توقيت غرينتش',
    ]);
  });

  it('takes no target from the zone of a truce', () => {
    const e = truce(
      'أعلنت قيادة قوات التحالف بدء هدنة إنسانية اعتباراً من الساعة (11:59) مساءً بتوقيت اليمن يوم الأحد المقبل.',
    );
    expect(e?.actor?.name).toBe('Saudi-led coalition');
    expect(e?.target).toBeFalsy();
  });

  it('places nothing in the city whose clock is given', () => {
    const e = truce(
      'أعلنت قيادة قوات التحالف بدء هدنة إنسانية اعتباراً من الساعة 11 مساءً بتوقيت مكة المكرمة يوم الأحد.',
    );
    expect(e?.location?.name).not.toBe('Mecca');
  });

  it('keeps a place named as the scene', () => {
    expect(
      truce('أعلنت قيادة قوات التحالف بدء هدنة إنسانية في اليمن اعتباراً من يوم الأحد المقبل.')?.location?.name,
    ).toBe('Yemen');
  });
});
