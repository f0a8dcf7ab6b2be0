// Soft-news exhortations in Arabic: a coastguard officer urging swimmers to be careful ("حث الجميع على توخي الحذر"),
// a traffic department asking drivers to take care ("ناشد قائدي المركبات أخذ الحيطة"), a tourism office asking the
// public to report overcharging ("مطالباً بالإبلاغ"), a preacher urging the faithful to good deeds ("التسابق إلى
// الخيرات", "حث النبي صلى الله عليه وسلم"), a family pleading for a sick son's treatment, a notice to visit a website,
// someone asking the police for help, need as the caller ("إذا دعت الحاجة") and a source declining to confirm or
// deny. They borrow a call or denial verb but ask nothing of a political actor (codebook: advice to the public,
// worship and private pleas are not events).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { publicAppeal } from './arabic-public-appeals';
import { prayerCall } from './arabic-prayer-calls';
import { hasWord, stopBefore, wordSet, wordBefore } from '../../text/word-sets';

// What a safety advisory asks: caution and precautions ("توخي الحذر", "أخذ الحيطة", "الاحتياطات اللازمة") or a report
// to a hotline ("بالإبلاغ عن", "التبليغ عن").
const CAUTION = wordSet('توخي بتوخي الحيطة بالحيطة الاحتياطات احتياطات بالإبلاغ الإبلاغ بالتبليغ التبليغ');
// Posted instructions: "مطالباً بقراءة التعليمات الموجودة على اللوحات الإرشادية".
const INSTRUCTIONS = wordSet('التعليمات بالتعليمات الإرشادية');
// Safety rules: "التقيد بتعليمات السلامة", "اتباع إرشادات السلامة".
const RULES = wordSet('تعليمات بتعليمات إجراءات بإجراءات اشتراطات باشتراطات قواعد بقواعد وسائل إرشادات بإرشادات');
const SAFETY = wordSet('السلامة');
const ADVICE_WINDOW = 10;

/** "وحث العميد الغرير الجميع على توخي الحذر", "ناشدت إدارة المرور المواطنين أخذ الحيطة", "مطالباً بالإبلاغ عن أي
 * زيادة": an Arabic call whose complement (within ten words, in its sentence, past the caller and the addressees) is
 * caution or a report to the office is a safety or service advisory, not a political demand. */
export function safetyAdvice(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REQUEST' || !tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + ADVICE_WINDOW); k++) {
    if (stopBefore(text, tokens, k)) return false;
    if (hasWord(tokens[k], CAUTION) || hasWord(tokens[k], INSTRUCTIONS)) return true;
    if (hasWord(tokens[k], RULES) && hasWord(tokens[k + 1], SAFETY)) return true;
  }
  return false;
}

// Devotion: scripture and the Prophet as the ones who urge ("النصوص … تحث على ذلك", "حث النبي صلى الله عليه وسلم"),
// good deeds and worship as what is urged ("التسابق إلى الخيرات", "الطاعات"), preachers and worshippers as the
// addressees ("دعا الوعاظ إلى", "حث المصلين على"). النصوص counts only before the verb ("تعديل النصوص القانونية" may be
// demanded); الشريعة and المؤمنين are left out ("تطبيق الشريعة" is a political demand, "أمير المؤمنين" a ruler's title).
const DEVOTION_BEFORE_WORDS = wordSet('النبي الرسول رسوله النصوص الخيرات الطاعات');
// "طالبت الدكتورة بالدعاء لرجال الأمن": prayer (الدعاء) asked of the listeners.
const DEVOTION = wordSet(
  'النبي الرسول رسوله الخيرات بالخيرات الطاعات التقوى العبادة العبادات الوعاظ الخطباء المصلين الدعاء بالدعاء',
);
// "إلى الخير", "على الخير": the good as the complement itself, not "ما فيه الخير للشعب" in a political call.
const GOOD = wordSet('الخير');
const GOOD_HEADS = wordSet('الى على عليه');
const DEVOTION_BEFORE = 4;
// "ودعا سماحته، في خطبة الجمعة أمس في جامع الإمام تركي بن عبدالله بالرياض، الوعاظ": a sermon's venue may come first.
const DEVOTION_AFTER = 14;

/** "وقد جاءت النصوص … ترغب في التسابق إلى الخيرات وتحث على ذلك", "ودعا سماحته الوعاظ إلى أن يربوا الشباب على
 * الخير": an Arabic call or denial with scripture or the Prophet as its subject, or good deeds, worship or preachers
 * as its complement (in its sentence), is a sermon's exhortation, not a demand of anyone with power. */
export function devotionalCall(text: string, tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const type = trigger.spec.type;
  if ((type !== 'REQUEST' && type !== 'REJECT') || !tokens[trigger.first]?.isArabic) return false;
  if (wordBefore(tokens, DEVOTION_BEFORE_WORDS, trigger.first, DEVOTION_BEFORE, clauseFirst)) return true;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + DEVOTION_AFTER); k++) {
    if (stopBefore(text, tokens, k)) return false;
    if (hasWord(tokens[k], DEVOTION)) return true;
    if (hasWord(tokens[k], GOOD) && GOOD_HEADS.has(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

const CONFIRM = wordSet('تأكيد');
const DENY = wordSet('نفي');
const OR = wordSet('أو او');
const CONFIRM_WINDOW = 4;

/** "ورفضت المصادر التركية تأكيد أو نفي معلومات", "رفض تأكيد أو نفي إلقاء القبض": declining to confirm or deny is
 * declining to comment; it rejects no claim. Both the refuse verb before the pair and the denial noun inside it
 * ("تأكيد أو نفي") are dropped. */
export function declinedConfirm(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REJECT' || !tokens[trigger.first]?.isArabic) return false;
  const from = Math.max(0, trigger.first - 2);
  for (let k = from; k < Math.min(tokens.length - 2, trigger.end + CONFIRM_WINDOW); k++) {
    const [a, b] = [tokens[k], tokens[k + 2]];
    if (!hasWord(tokens[k + 1], OR)) continue;
    if ((hasWord(a, CONFIRM) && hasWord(b, DENY)) || (hasWord(a, DENY) && hasWord(b, CONFIRM))) return true;
  }
  return false;
}

// A family's plea for a sick relative: treatment of a son or a father ("بعلاج ابنهم", "في علاج ابنه") or a doctor to
// examine him ("للكشف عليه").
const TREATMENT = wordSet('علاج بعلاج لعلاج الكشف للكشف بالكشف');
// "ناشدت والدته علاجه": the treatment word with the patient as its pronoun.
const OWN_TREATMENT = /^[وفبل]?(?:علاج|بعلاج|لعلاج)(?:ه|ها|هم|هما)$/;
const KIN = wordSet(
  'ابنه ابنها ابنهم ابنهما ابني ابنتي ابنته ابنتها ابنتهم ابنهن والده والدته والدها والدتها والدي والدتي ' +
    'زوجته زوجها طفله طفلها طفلهم أخيه أخيها شقيقه شقيقها شقيقهم عليه عليها',
);
const PLEA_WINDOW = 24;

// Asking the police for help: "وطلب من الضباط توفير البنزين له", "وطلبوا من الشرطة الاتصال بالطبيب".
const ASK = wordSet('طلب طلبت طلبوا يطلب تطلب');
const POLICE = wordSet('الشرطة الضباط الدورية الشرطي');

/** "وطلب من الضباط توفير البنزين له", "وطلبوا من الشرطة الاتصال بالطبيب": someone asking the police (right after
 * "من") for help is an anecdote of a police report, not a political request. */
export function askedPolice(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'REQUEST' || !t?.isArabic || !hasWord(t, ASK)) return false;
  return tokens[trigger.end]?.norm === 'من' && hasWord(tokens[trigger.end + 1], POLICE);
}

/** "ناشد ذوو المواطن … خادم الحرمين الشريفين … بعلاج ابنهم في ألمانيا", "أناشد سمو وزير الداخلية بإرسال فريق طبي
 * للكشف عليه": an Arabic appeal, in its sentence, for the treatment of a relative is a family's plea for help, not a
 * political demand, even when a minister or the king is addressed. */
export function medicalPlea(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REQUEST' || !tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.end; k < Math.min(tokens.length - 1, trigger.end + PLEA_WINDOW); k++) {
    if (stopBefore(text, tokens, k)) return false;
    if (OWN_TREATMENT.test(tokens[k].norm)) return true;
    if (hasWord(tokens[k], TREATMENT) && hasWord(tokens[k + 1], KIN)) return true;
  }
  return false;
}

// "إذا دعت الحاجة", "الحاجة تدعو إلى", "حين تدعو الضرورة": need itself as the caller.
const NEED = wordSet('الحاجة الضرورة الحاجه');
// "وتطلب الأمر استمرار العلاج", "تطلب ذلك": تطلّب (it required), written like تطلب (she asks).
const REQUIRED = wordSet('الأمر ذلك');

/** "إن الحاجة تدعو إلى إعادة ضبط العلاقات", "إذا دعت الضرورة", "وتطلب الأمر من الحكومة سلسلة إجراءات": a call verb
 * with need as its subject, or تطلب before "the matter", says something is required; nobody asks anyone. */
export function neededNotAsked(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'REQUEST' || !t?.isArabic || trigger.spec.voice === 'noun') return false;
  if (hasWord(tokens[trigger.end], NEED) || hasWord(tokens[trigger.first - 1], NEED)) return true;
  return /^[وف]?تطلب$/.test(t.norm) && hasWord(tokens[trigger.end], REQUIRED);
}

const VISIT = wordSet('زيارة لزيارة بزيارة');
const SITE = wordSet('الموقع موقع');
const WEB = wordSet('الإلكتروني الالكتروني الرابط الإنترنت الانترنت');
const WEB_WINDOW = 5;

/** "ودعت الوزارة المهتمين زيارة الموقع الإلكتروني", "ودعا المبتعثين لزيارة موقع المؤتمر uksacb": an Arabic call
 * whose complement is a visit to a website is a service notice, not a demand. */
export function websiteNotice(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REQUEST' || !tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.end; k < Math.min(tokens.length - 1, trigger.end + ADVICE_WINDOW); k++) {
    if (stopBefore(text, tokens, k)) return false;
    if (!hasWord(tokens[k], VISIT) || !hasWord(tokens[k + 1], SITE)) continue;
    for (let j = k + 2; j < Math.min(tokens.length, k + 2 + WEB_WINDOW); j++)
      if (hasWord(tokens[j], WEB) || (!tokens[j].isArabic && !tokens[j].isNumber)) return true;
  }
  return false;
}

/** Any of this file's soft-news frames: safety and service advisories, sermons, family pleas, need as the caller,
 * website notices, asking the police, declining to confirm or deny; public appeals (arabic-public-appeals.ts) and
 * prayers for the dead or wounded (arabic-prayer-calls.ts). */
export function softAppeal(text: string, tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  return (
    safetyAdvice(text, tokens, trigger) ||
    devotionalCall(text, tokens, trigger, clauseFirst) ||
    declinedConfirm(tokens, trigger) ||
    medicalPlea(text, tokens, trigger) ||
    neededNotAsked(tokens, trigger) ||
    websiteNotice(text, tokens, trigger) ||
    askedPolice(tokens, trigger) ||
    publicAppeal(text, tokens, trigger) ||
    prayerCall(text, tokens, trigger)
  );
}
