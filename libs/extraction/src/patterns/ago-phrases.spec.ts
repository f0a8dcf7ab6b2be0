// Months or years "ago" date a trigger to the past; days ago and an "ago" inside a parenthesis do not.
import { tokenize } from '../text/tokenize';
import { backgroundCue } from './background-cues';

const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  if (at < 0) throw new Error(`${word} not in text`);
  return backgroundCue(tokens, at, { first: 0, end: tokens.length }, 0, 2015, new Set(), 7);
};

describe('"ago" phrases', () => {
  it('reads months or years ago as background', () => {
    expect(cueAt('وقبل نحو عام طالب الوزير الشركة بإنهاء المشروع.', 'طالب')).toBe('past:ago:قبل عام');
    expect(cueAt('وهاجم المسلحون القرية قبل ثلاث سنوات.', 'وهاجم')).toBe('past:ago:قبل سنوات');
    expect(cueAt('The militia attacked the village two years ago.', 'attacked')).toBe('past:ago:years ago');
  });
  it('keeps days ago and an "ago" inside a parenthesis before the trigger', () => {
    expect(cueAt('وهاجم المسلحون القرية قبل يومين.', 'وهاجم')).toBeNull();
    expect(cueAt('وبدأ الجيش -الذي دخل قبل شهرين المحافظة- هجوما على البلدة.', 'هجوما')).toBeNull();
  });
});
