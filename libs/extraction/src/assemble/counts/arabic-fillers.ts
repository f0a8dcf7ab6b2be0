// Words between an Arabic subject figure and the casualty word it counts that do not widen the gap: the hedge
// "على الأقل" ("20 شخصا على الأقل قتلوا") and the verb لقي before its object حتف/مصرع ("أربعة أشخاص لقوا
// حتفهم"). Without them "20 شخصا على الأقل لقوا حتفهم" stands five words from its cue and reads no toll.
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
