// Arabic clause edges that keep a name from being the doer of a trigger it stands near: a complementizer opening a
// reported clause ("أعلن الحاكم أن انتحاريا فجر نفسه": the governor only told it), a periphrastic passive ("وأنه تم
// اعتقاله": no subject at all), a masdar that is what someone condemned ("أدانت الجامعة الهجوم") or the cause of the
// clause's happening ("على خلفية مقتل", "جراء القصف") and a verb of a
// relative clause on a plain noun ("الهجوم الذي استهدف": its subject is that noun, not a name before it).
import type { TriggerMatch } from '../../patterns/match-triggers';
import { type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { foldedSet, hasWord } from '../../text/word-sets';

// Bare complementizers only: "أنه"/"إنها" carry a pronoun that usually stands for the speaker ("قالت الوزارة إنها
// اعتقلت"), so the speaker may still be the doer after them.
const COMPLEMENTIZERS = foldedSet(['ان', 'فان', 'بان', 'وان', 'لان']);
const PERIPHRASTIC = foldedSet(['تم', 'يتم', 'سيتم', 'جري', 'يجري']);
const CONDEMN = foldedSet(
  ['ادان', 'ادانت', 'يدين', 'تدين', 'دان', 'دانت', 'استنكر', 'استنكرت', 'يستنكر', 'تستنكر'].concat([
    'شجب',
    'شجبت',
    'يشجب',
    'تشجب',
    'ندد',
    'نددت',
    'يندد',
    'تندد',
    'استهجن',
    'استهجنت',
  ]),
);
const RELATIVES = foldedSet(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);

// hasWord (word-sets.ts) is the same test as a plain loop: an arrow over `words` here cost a closure per call.
const has = (t: Token | undefined, words: Set<string>): boolean => !!t?.isArabic && hasWord(t, words);

/** A bare complementizer between the mention and the trigger, with the reported clause's own subject after it: the
 * mention is the teller ("أكد المصدر أن مسلحين هاجموا"), not the doer. */
export function behindComplementizer(tokens: Token[], a: Span<ActorLike>, trigger: TriggerMatch): boolean {
  if (a.end > trigger.first) return false;
  // A masdar may open the reported clause itself ("قال إن قصف الطائرات"); a verb right after "أن" is the speaker's own
  // ("قررت الحكومة أن تفرض").
  const last = trigger.spec.voice === 'noun' ? trigger.first : trigger.first - 1;
  for (let k = a.end; k < last; k++)
    if (tokens[k].isArabic && COMPLEMENTIZERS.has(tokens[k].norm)) return !ownedByTeller(tokens[k + 1]);
  return false;
}

/** "أعلنت تركيا أن طائراتها شنت": a noun with a possessive pronoun names the teller's own forces. */
function ownedByTeller(t: Token | undefined): boolean {
  const m = t?.isArabic ? /(?:ه|ها|هم|هما)$/.exec(t.norm) : null;
  return !!m && t!.stems.includes(t!.norm.slice(0, -m[0].length));
}

/** "تم اعتقال", "جرى، أمس، ضبط": a masdar after تم/جرى (a date or place word may sit between) is a passive: the
 * names before it did not do it. */
export function periphrasticPassive(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 3); k--)
    if (has(tokens[k], PERIPHRASTIC)) return true;
  return false;
}

/** "أدانت الأمانة العامة للمنظمة الهجوم": a masdar that a verb of condemning takes as its object, a few words on;
 * the condemner did not do it. */
export function condemnedMasdar(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 10); k--)
    if (has(tokens[k], CONDEMN)) return true;
  return false;
}

// "على خلفية مقتل", "جراء تفجير", "بسبب القصف": a masdar told as the cause of what the clause reports.
const CAUSE = foldedSet(['جراء', 'بسبب']);
const BACKDROP = foldedSet(['خلفية', 'خلفيه']);

/** "تأتي تصريحات الرئيس أردوغان على خلفية مقتل 32 شخصا": a masdar told as the cause or backdrop of the clause's own
 * happening; the names before it are that happening's, not the masdar's doers. */
export function causeOfClause(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.voice !== 'noun') return false;
  const prev = tokens[trigger.first - 1];
  return has(prev, CAUSE) || (has(prev, BACKDROP) && tokens[trigger.first - 2]?.norm === 'علي');
}

/** "الهجوم الذي استهدف المسجد": a verb right after a relative pronoun whose antecedent is no name; the mentions before
 * the antecedent are not its subject. */
export function relativeOnNoun(tokens: Token[], trigger: TriggerMatch, a: Span<ActorLike>): boolean {
  if (trigger.spec.voice !== 'verb' || a.end > trigger.first) return false;
  const rel = trigger.first - 1;
  if (!has(tokens[rel], RELATIVES) || a.end >= rel) return false;
  // "التحالف العربي الذي شن": adjectives (nisba) after the name still leave it the antecedent.
  return tokens.slice(a.end, rel).some((t) => !NISBA.test(t.norm));
}

const NISBA = /^(?:ال)?..+(?:ي|يه|يين|يون)$/;
