// Arabic warnings that threaten nobody. "حذر" mostly warns of a danger ("وحذرت ثماني منظمات حقوقية من حصول
// انتهاكات", "حذرت السفارة الأميركية من أن القمة قد تكون هدفا", "وحذر خلفان من تواجد عناصر الإخوان"): codebook THREATEN
// is a warning of action. A warning is one when it names a condition ("من مواجهة عزلة دولية في حال رفضها الاتفاق")
// or is addressed to a party before its من ("وحذر الحوثيون السعودية من رد قاس", "حذر الجيش المتظاهرين من الاقتراب"),
// be it anyone at all ("حذرت الجبهة في بيان أي شخص آخر من المشاركة", "وتحذر في الوقت ذاته كل من تسول له نفسه").
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, PlaceLike, Span } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';
import { hasWord, stopBefore, wordSet } from '../../text/word-sets';

const CONDITIONS = wordSet('حال إذا اذا وإلا والا');
/** How far a condition may stand from the verb: past the warned party and two long titled names. */
const CONDITION_REACH = 24;
/** How far the من of what is warned of may stand from the verb. */
const FROM_REACH = 14;
/** Words for parties warned by name: the militias, the sides, the regime (dictionary names are read as spans). */
const PARTIES = wordSet('الميليشيات المليشيات الميليشيا المليشيا الأطراف الاطراف النظام الحكومة الجماعة الحركة');
const FROM = 'من';
/** "كل من", "لكل من" (whoever): a من right after them opens the party warned, not what is warned of. */
const WHOEVER = wordSet('كل');
/** "أي شخص", "لأي جهة": anyone at all warned before the من of what is warned of. */
const ANY = wordSet('أي');
const ANYONE = wordSet('شخص أحد جهة طرف دولة فرد طرفا جهات أطراف');

/** Where the verb's subject ends: past its first word, or past the first person named when a title comes before
 * the name ("حذر نائب الأمين العام للأمم المتحدة ستيفن أوبراين", "وزير الخارجية الإيطالي باولو جينتيلوني"): the
 * countries and bodies of the title are the speaker's, not a party warned. */
function subjectEnd(article: ArticleContext, first: number, end: number): number {
  let person = -1;
  for (const s of article.actors)
    if (s.value.kind === 'person' && s.first >= first && s.end <= end && (person < 0 || s.end < person)) person = s.end;
  return Math.max(first + 1, person);
}

/** A party named between the verb's subject and من: a definite plural in ـين ("المتظاهرين", "الحوثيين"), a party
 * word, or a dictionary actor or country starting past the subject. */
function addressed(article: ArticleContext, first: number, end: number): boolean {
  const { tokens } = article;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k];
    if (/^ال.{3,}ين$/.test(t.norm) || hasWord(t, PARTIES)) return true;
    if (hasWord(t, ANY) && hasWord(tokens[k + 1], ANYONE)) return true;
  }
  // Right after the verb, "كل من" is its subject ("حذر كل من الوزيرين من", each of them), not whom it warns.
  if (end - 1 > first && hasWord(tokens[end - 1], WHOEVER)) return true;
  const from = subjectEnd(article, first, end);
  const inside = (s: Span<ActorLike | PlaceLike>) =>
    s.first >= from && s.end <= end && !/^[لب]/.test(tokens[s.first].norm);
  return article.actors.some(inside) || article.places.some(inside);
}

/** True for an Arabic "warn" trigger with neither a condition in its clause nor a party warned before its من. */
export function dangerWarning(article: ArticleContext, trigger: TriggerMatch, clauseEnd: number): boolean {
  const { text, tokens } = article;
  if (trigger.spec.type !== 'THREATEN' || trigger.spec.mode !== 'warn' || !tokens[trigger.first]?.isArabic)
    return false;
  const stop = Math.min(clauseEnd, trigger.end + CONDITION_REACH);
  for (let k = trigger.end; k < stop; k++) if (hasWord(tokens[k], CONDITIONS)) return false;
  let from = -1;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + FROM_REACH); k++) {
    if (stopBefore(text, tokens, k)) break;
    if (tokens[k].norm === FROM) {
      from = k;
      break;
    }
  }
  // No من in reach: an object warned directly ("حذر الوزير الحوثيين"), left to the other readings.
  if (from < 0) return false;
  return !addressed(article, trigger.end, from);
}
