// "وأشاد بالتحالف العربي الذي شن غارات على مواقع الحوثيين", "جماعة بوكو حرام التي كثفت هجماتها": a verb right after a
// relative pronoun has the name before the pronoun as its subject, even when a preposition governs that name; the
// names after the verb are its objects.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

const RELATIVES = foldedSet(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
// "التحالف العربي الذي": adjectives (nisba) between the name and the pronoun leave it the antecedent.
const NISBA = /^(?:ال)?..+(?:ي|يه|يين|يون)$/;
// "التي شنتها قوات التحالف", "الذي استهدفه": an object pronoun on the verb stands for the antecedent, the object.
export const OBJECT_PRONOUN = /(?:ه|ها|هم|هما)$/;

/** The name the relative pronoun before the trigger's verb points back to, or null. */
export function relativeAntecedent(
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  const rel = trigger.first - 1;
  const pronoun = tokens[rel];
  if (!pronoun?.isArabic || !RELATIVES.has(pronoun.norm.replace(/^[وف](?=ال)/, ''))) return null;
  const verb = tokens[trigger.first];
  const word = foldWord(trigger.spec.words[0] ?? '');
  if (OBJECT_PRONOUN.test(verb.norm) && verb.norm !== word && !OBJECT_PRONOUN.test(word)) return null;
  // "الجندي الذي قتل في الهجوم" (unvocalized passive): a killing verb is the antecedent's own act only with its
  // victims counted after it ("الذي قتل خمسة جنود").
  if (
    trigger.spec.killing &&
    !tokens[trigger.end]?.isNumber &&
    !/^(?:خمس|ثلاث|اربع|ست|سبع|ثمان|تسع|عشر)/.test(tokens[trigger.end]?.norm ?? '')
  )
    return null;
  const host = actors
    .filter((a) => a.end <= rel && tokens.slice(a.end, rel).every((t) => NISBA.test(t.norm)))
    .sort((a, b) => b.end - a.end)[0];
  // "مسؤول في الحكومة اليمنية الذي طالب": the body of an unnamed official stands for him.
  return host ?? null;
}

// "الذي تقوده السعودية", "التي يتزعمها": verbs of leading (not of carrying out: "الهجوم الذي تبناه داعش" names the doer).
const LEAD_VERBS = foldedSet([
  'تقود',
  'يقود',
  'قاد',
  'قادت',
  'يتزعم',
  'تتزعم',
  'يترأس',
  'تترأس',
  'ترأس',
  'يراس',
  'تراس',
]);

/** "التحالف الذي تقوده السعودية": the subject of a relative verb of leading whose object pronoun stands for the
 * antecedent acts only inside the relative clause; it neither does nor undergoes the main clause's act. */
export function relativeClauseSubject(tokens: Token[], a: Span<ActorLike>): boolean {
  const verb = tokens[a.first - 1];
  const pronoun = tokens[a.first - 2];
  if (!verb?.isArabic || !pronoun?.isArabic || !RELATIVES.has(pronoun.norm.replace(/^[وف](?=ال)/, ''))) return false;
  return LEAD_VERBS.has(verb.norm.replace(OBJECT_PRONOUN, ''));
}
