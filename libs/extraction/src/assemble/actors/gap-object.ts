// "عبر المجلس عن دعمه الكامل للملك سلمان": a verb trigger written with a subject gap ("عبر ~~ عن دعم") reports the
// verb alone; the word after the gap (عن) opens the object, and a name past it is governed by it, never the verb's
// subject, which the gap holds. Only a preposition resumes an object so: after "قصفت ~~ طائرات" the word after the
// gap is the subject itself ("وقصفت الطائرات المقاتلة التابعة للتحالف العربي", whose owner acted).
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { TriggerMatch } from '../../patterns/match-triggers';
import { gapSize, isSubjectGap } from '../../patterns/trigger-gaps';
import { wordMatches } from '../../patterns/word-readings';

/** Words that open a verb phrase's object after its subject gap: "عن دعم", "على الدور", "إلى جانب". */
const RESUMING = foldedSet(['عن', 'على', 'في', 'من', 'إلى', 'الى', 'مع', 'ب', 'ل']);

/** The token where a subject-gapped verb phrase resumes after its gap (the عن of "أعرب ~~ عن تضامن"), or -1 for a
 * phrase without a subject gap or when the word is not found within the gap's reach. */
export function gapObjectFirst(tokens: Token[], trigger: TriggerMatch): number {
  const words = trigger.spec.words;
  const g = words.findIndex(isSubjectGap);
  if (g < 1 || g + 1 >= words.length || trigger.spec.voice !== 'verb') return -1;
  const next = foldWord(words[g + 1]);
  if (!RESUMING.has(next)) return -1;
  // As the matcher reads the gap: it counts words, a hyphenated compound being one.
  for (let j = trigger.end, skipped = 0; skipped <= gapSize(words[g]) && j < tokens.length; j++) {
    if (wordMatches(tokens[j], next)) return j;
    if (!tokens[j].joined) skipped++;
  }
  return -1;
}
