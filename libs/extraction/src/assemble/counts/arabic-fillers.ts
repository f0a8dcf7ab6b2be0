// Words between an Arabic subject figure and the casualty word it counts that do not widen the gap: the hedge
// "على الأقل" ("20 شخصا على الأقل قتلوا") and the verb لقي before its object حتف/مصرع ("أربعة أشخاص لقوا
// حتفهم"). Without them "20 شخصا على الأقل لقوا حتفهم" stands five words from its cue and reads no toll.
// After a death verb, a time phrase of days or hours ("قتل خلال اليومين الماضيين 30") stands between it and its figure
// the same way; one of months or years is a period total (count-scope.ts) and is left to widen the gap.
import { foldWord, type Token } from '../../text/tokenize';

const AT_LEAST = ['على', 'الأقل'].map(foldWord);
const MET = new Set(['لقي', 'لقيت', 'لقيا', 'لقيتا', 'لقوا', 'لقو', 'لقين'].map(foldWord));

/** How many Arabic fillers stand in tokens [from, to), the cue at `to`. */
export function arabicFillersBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (!t.isArabic) continue;
    if (t.norm === AT_LEAST[0] && tokens[j + 1]?.norm === AT_LEAST[1] && j + 1 < to) n += 2;
    // لقي only right before the cue it governs (لقوا حتفهم), never some other verb's object.
    else if (j === to - 1 && MET.has(t.norm)) n++;
  }
  return n;
}

/** A time phrase of hours or days between an Arabic death verb and its figure: "قتل خلال اليومين الماضيين 30". */
const RECENT_TIME = new Set(
  [
    'خلال',
    'طوال',
    'اليومين',
    'يومين',
    'الساعات',
    'ساعات',
    'الماضيين',
    'الماضية',
    'الماضي',
    'الأخيرة',
    'الأخيرين',
    'أمس',
    'اليوم',
    'الليلة',
    'ليلة',
    'فجر',
    'صباح',
    'مساء',
  ].map(foldWord),
);

/** How many words of a recent time phrase fill tokens [from, to) after an Arabic cue: all of them, or none. */
export function arabicTimeBetween(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (!tokens[j].isArabic || !RECENT_TIME.has(tokens[j].norm)) return 0;
  return to - from;
}
