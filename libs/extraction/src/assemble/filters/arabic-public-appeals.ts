// Arabic appeals that ask nothing of a political actor: an official urging "everyone" or "all Yemenis" to finish
// their paperwork or hold to unity ("مطالبا جميع اليمنيين بسرعة إنهاء إجراءات التصحيح", "وطالب الغانم الجميع
// بالتمسك بالوحدة الوطنية"), experts recommending ("دعا عدد من المختصين إلى أهمية احتواء الشباب") and an agency's
// message for a world health day ("بمناسبة اليوم العالمي لمكافحة التهاب الكبد"). Codebook: advice to the public,
// opinions and recommendations are not events. Experts' warnings ("حذر عدد من خبراء الصحة") are read the same way.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { RANK_UNSET, type Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { hasWord, stopBefore, wordSet } from '../../text/word-sets';

const isArabicCall = (tokens: Token[], trigger: TriggerMatch) =>
  trigger.spec.type === 'REQUEST' && !!tokens[trigger.first]?.isArabic;

// "الجميع" (everyone) as the addressee: after the verb, its subject ("وطالب الغانم الجميع") or a verbal noun ("إلى
// تكاتف الجميع"). Read on the word itself: its stem جميع also heads "جميع الأطراف".
const EVERYONE = foldWord('الجميع');
// "جميع/كافة/كل" before a population: citizens, a nationality ("جميع اليمنيين"), staff, journalists, youth.
const ALL = wordSet('جميع كافة كل');
const POPULATION = wordSet(
  'المواطنين المقيمين السكان الأهالي الموظفين العاملين الصحفيين الإعلاميين الشباب المعلمين الطلاب الزوار ' +
    'المسافرين الحجاج المستهلكين أولياء الآباء الأسر',
);
// A plural nationality: "اليمنيين", "السعوديين", "المصريين".
const DEMONYM = /^ال[\u0621-\u064a]{2,}يين$/;
const EVERYONE_WINDOW = 3;

const isPopulation = (t: Token | undefined) => !!t && (hasWord(t, POPULATION) || DEMONYM.test(t.norm));

/** "مطالبا جميع اليمنيين بسرعة إنهاء إجراءات التصحيح", "وحث العليان الجميع على بذل مزيد من الجهد", "أدعو كل
 * الصحفيين إلى مراقبة ضمائرهم": an Arabic call whose addressee (within three words, in its sentence) is everyone, or
 * all of a population, is an exhortation of the public; "دعا جميع الأطراف" (all parties) is left a demand. */
export function appealToAll(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (!isArabicCall(tokens, trigger)) return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + EVERYONE_WINDOW); k++) {
    if (stopBefore(text, tokens, k)) return false;
    if (tokens[k].norm === EVERYONE) return true;
    if (ALL.has(tokens[k].norm) && isPopulation(tokens[k + 1])) return true;
  }
  return false;
}

// Experts, specialists, doctors and academics as the callers ("دعا عدد من المختصين", "وطالب خبراء", "مختصون يدعون").
const EXPERTS = wordSet(
  'المختصين المختصون مختصين مختصون المتخصصين المتخصصون متخصصين متخصصون الخبراء خبراء الأخصائيين أخصائيين ' +
    'الأطباء أطباء الأكاديميين أكاديميين الأكاديميون أكاديميون الباحثين باحثين الباحثون باحثون',
);
const EXPERT_AFTER = 3;

/** "دعا عدد من المختصين إلى أهمية احتواء الشباب", "وطالب خبراء اقتصاديون بخفض الفائدة", "حذر عدد من خبراء الصحة
 * من أن السباحة": experts as the subject of a call or warning (within three words after the verb, or right before
 * it) give a recommendation, not an actor's demand or threat. */
export function expertsCall(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  const type = trigger.spec.type;
  if ((type !== 'REQUEST' && type !== 'THREATEN') || !tokens[trigger.first]?.isArabic) return false;
  if (trigger.spec.voice === 'noun') return false;
  if (hasWord(tokens[trigger.first - 1], EXPERTS)) return true;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + EXPERT_AFTER); k++) {
    if (stopBefore(text, tokens, k)) return false;
    if (hasWord(tokens[k], EXPERTS)) return true;
  }
  return false;
}

// "اليوم العالمي لمكافحة", "اليوم الدولي", "الأسبوع الخليجي للصحة": an observance day or week.
const OBSERVANCE = wordSet('اليوم الأسبوع');
const OBSERVANCE_SCOPE = wordSet('العالمي الدولي الوطني الخليجي العربي');
const OBSERVANCE_WINDOW = 12;

/** "وطالبت في بيان لها بمناسبة اليوم العالمي لمكافحة التهاب الكبد الوبائي": a call in the same sentence as a world
 * or national observance day is the day's awareness message, not a demand. */
export function observanceAppeal(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (!isArabicCall(tokens, trigger)) return false;
  const at = (k: number) => hasWord(tokens[k], OBSERVANCE) && hasWord(tokens[k + 1], OBSERVANCE_SCOPE);
  for (let k = trigger.end; k < Math.min(tokens.length - 1, trigger.end + OBSERVANCE_WINDOW); k++) {
    if (stopBefore(text, tokens, k)) break;
    if (at(k)) return true;
  }
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - OBSERVANCE_WINDOW); k--) {
    if (at(k)) return true;
    if (stopBefore(text, tokens, k)) break;
  }
  return false;
}

// "اليوم العالمي لمكافحة التهاب الكبد", "اليوم العالمي للصحة", "اليوم العالمي للتبرع بالدم": a health day.
const HEALTH_DAY = wordSet(
  'لمكافحة للصحة لمرض للقلب للسكري للسكر للتبرع للإيدز للايدز للتدخين للسرطان للكبد للتوحد للربو للسمنة للتطعيم',
);

/** "وشددت على ضرورة تنفيذ جميع مقاييس الوقاية" in an article that marks "اليوم العالمي لمكافحة التهاب الكبد":
 * every call of a health day's article is the day's awareness message (the day is named once, the advice follows). */
export function healthDayAppeal(tokens: Token[], trigger: TriggerMatch): boolean {
  if (!isArabicCall(tokens, trigger)) return false;
  let marked = healthDays.get(tokens);
  if (marked === undefined) healthDays.set(tokens, (marked = marksHealthDay(tokens)));
  return marked;
}

/** Whether the article marks a health day, per token array: every call of an article asks the same whole-text
 * question, and a long article holds dozens of calls (one scan of its words instead of one per call). */
const healthDays = new WeakMap<Token[], boolean>();

function marksHealthDay(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length - 2; k++)
    if (
      (healthDayBits(tokens[k]) & OBSERVANCE_BIT) !== 0 &&
      (healthDayBits(tokens[k + 1]) & SCOPE_BIT) !== 0 &&
      (healthDayBits(tokens[k + 2]) & HEALTH_DAY_BIT) !== 0
    )
      return true;
  return false;
}

const OBSERVANCE_BIT = 1;
const SCOPE_BIT = 2;
const HEALTH_DAY_BIT = 4;

/** Which of the three lists of a health day's name the token is in (by hasWord): a pure function of its surface,
 * memoised in its slots, since the scan asks every word of the article. */
function healthDayBits(t: Token): number {
  const slots = t.slots;
  if (slots.healthDayCue === RANK_UNSET)
    slots.healthDayCue =
      (hasWord(t, OBSERVANCE) ? OBSERVANCE_BIT : 0) |
      (hasWord(t, OBSERVANCE_SCOPE) ? SCOPE_BIT : 0) |
      (hasWord(t, HEALTH_DAY) ? HEALTH_DAY_BIT : 0);
  return slots.healthDayCue;
}

/** Any of this file's public appeals: to everyone or a whole population, by experts, for an observance day or in a
 * health day's article. */
export function publicAppeal(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  return (
    appealToAll(text, tokens, trigger) ||
    expertsCall(text, tokens, trigger) ||
    observanceAppeal(text, tokens, trigger) ||
    healthDayAppeal(tokens, trigger)
  );
}
