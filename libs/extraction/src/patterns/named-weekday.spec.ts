// A weekday named in a "وكان … قد" clause keeps the act as the week's news; without one it stays background.
import { tokenize } from '../text/tokenize';
import { backgroundCue } from './background-cues';
import { namedWeekday } from './named-weekday';

const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  return backgroundCue(tokens, at, { first: 0, end: tokens.length }, 0, 2015);
};

const weekdayIn = (text: string) => {
  const tokens = tokenize(text);
  return tokens.some((_, k) => namedWeekday(tokens, k));
};

describe('pluperfect with a named weekday', () => {
  it('keeps a pluperfect act dated by a weekday of the past week', () => {
    expect(cueAt('وكان الوزير قد التقى نظيره الفرنسي الثلاثاء في باريس.', 'التقى')).toBeNull();
    expect(cueAt('وكانت الشرطة اعتقلت ثلاثة مشتبه بهم يوم الجمعة الماضي.', 'اعتقلت')).toBeNull();
    expect(cueAt('وكان المسلحون قد هاجموا نقطة تفتيش الأحد الماضي.', 'هاجموا')).toBeNull();
  });
  it('still reads an undated pluperfect act as background', () => {
    expect(cueAt('وكان الوزير قد التقى نظيره الفرنسي في باريس.', 'التقى')).toBe('pluperfect:وكان');
  });
});

describe('weekday words that are also other words', () => {
  it('reads الجمعة, الأحد and الاثنين as weekdays only after يوم or before الماضي', () => {
    expect(weekdayIn('خطب الإمام في صلاة الجمعة.')).toBe(false);
    expect(weekdayIn('قال أحد المسؤولين إن الاثنين وصلا.')).toBe(false);
    expect(weekdayIn('وصل الوفد يوم الاثنين.')).toBe(true);
    expect(weekdayIn('وصل الوفد الجمعة الماضي.')).toBe(true);
  });
  it('reads the other weekdays wherever they stand', () => {
    expect(weekdayIn('وصل الوفد الخميس.')).toBe(true);
  });
});

describe('a weekday that dates another verb', () => {
  it('leaves the trigger background when the weekday stands before it', () => {
    expect(cueAt('وكانت الجماعة وزعت الخميس بيانا زعمت فيه أنهم دعوا إلى الإضراب.', 'دعوا')).toBe('pluperfect:وكانت');
  });
});
