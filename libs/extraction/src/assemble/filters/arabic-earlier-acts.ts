// Arabic mentions of an earlier or pictured happening inside a report about something else: what the news "comes
// after" ("ويأتي الهجوم بعد يومين على تفجير سروج") and the pictures of an attack that a court or censor acts on
// ("حجب تويتر لمنع تداول صور تفجير سروج"). Codebook: background history is not an event; the earlier happening,
// when it is news, is reported in its own words elsewhere.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { hasWord } from '../../text/word-sets';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
// hasWord (word-sets.ts) is the same test as a plain loop: an arrow over `words` here cost a closure per call.
const has = (t: Token | undefined, words: Set<string>): boolean => hasWord(t, words);

// "ويأتي ذلك", "وتأتي هذه الهجمات", "وجاء التفجير": the news placed against what went before.
const COMES = set('يأتي تأتي ويأتي وتأتي جاء جاءت وجاء وجاءت');
// "بعد يومين على", "غداة مقتل", "عقب", "إثر": what follows is earlier.
const AFTER = set('بعد عقب غداة إثر اثر أعقاب');
// How far the subject of يأتي may run before بعد ("ويأتي تبادل إطلاق النار هذا بعد"), and how far the earlier
// happening may stand after it ("بعد أقل من أسبوع من مقتل").
const SUBJECT_SPAN = 6;
// "ويأتي استئناف جمع النفايات بعد اتفاق مؤقت": an agreement or meeting the news follows from is often the news itself.
const SETTLEMENTS = new Set(['AGREE', 'CONSULT']);
const AFTER_SPAN = 12;

/** "ويأتي الهجوم بعد أسابيع من نشر تركيا قوات", "وتأتي هذه الهجمات غداة مقتل 23 شخصا في تفجيرين": an Arabic trigger
 * standing after بعد / غداة / عقب that follows "يأتي / جاء" (the news comes after …) names an earlier happening the
 * report sets its news against. The subject of يأتي itself (the news) stays. */
export function comesAfterAct(tokens: Token[], trigger: TriggerMatch, sentenceFirst: number): boolean {
  if (!tokens[trigger.first]?.isArabic || SETTLEMENTS.has(trigger.spec.type)) return false;
  for (let a = trigger.first - 1; a >= Math.max(sentenceFirst, trigger.first - AFTER_SPAN); a--) {
    if (!has(tokens[a], AFTER)) continue;
    for (let c = a - 1; c >= Math.max(sentenceFirst, a - SUBJECT_SPAN); c--) if (has(tokens[c], COMES)) return true;
    return spanBefore(tokens, a, trigger.first);
  }
  return false;
}

// "يعيد إلى الأذهان رفض البرلمان التركي … عام 2003", "يستحضر في الذاكرة": what is brought back to mind is earlier.
const MIND = set('الأذهان الاذهان بالأذهان بالاذهان الذاكرة بالذاكرة');
const MIND_REACH = 2;

/** "بما يعيد إلى الأذهان رفض البرلمان التركي استخدام القاعدة": an Arabic trigger up to two words after "to mind"
 * names an earlier happening the news recalls. */
export function recalledAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - MIND_REACH); k--)
    if (has(tokens[k], MIND)) return true;
  return false;
}

// "بعد يومين على", "بعد أيام من", "بعد أسبوع من": a span of days or more counted back from the news. Hours are
// left out: "بعد ربع ساعة من مصرع ثمانية في كمين" is the same day's fighting, reported with it.
const SPANS = set('يوم يومين أيام ايام أسبوع اسبوع أسبوعين أسابيع شهر شهرين أشهر');
const OF = set('من على');
const SPAN_REACH = 4;

/** "بعد يومين على هجوم", "بعد أسبوع من أعمال عنف سقط فيها قتلى واتهمت السلطات التنظيمين": after بعد, a span of days
 * and then من / على before the trigger (within twelve words of بعد) date the trigger before the news. */
function spanBefore(tokens: Token[], after: number, trigger: number): boolean {
  if (!has(tokens[after + 1], SPANS)) return false;
  for (let k = after + 2; k < Math.min(trigger, after + 2 + SPAN_REACH); k++) if (OF.has(tokens[k].norm)) return true;
  return false;
}

// "صور تفجير سروج", "مشاهد القتل", "فيديو الهجوم": pictures of an attack.
const PICTURES = set('صور صورة مشاهد لقطات فيديو مقطع مقاطع تسجيل تسجيلات');

const RELATIVE = set('الذي التي والذي والتي');
const TOLL_REACH = 8;

/** "بمنع تداول صور تفجير بلدة سروج", "لمنع نشر صور التفجير": an Arabic attack noun right after a word for pictures
 * or footage names what is shown or banned from being shown, not an attack reported now (and the censor or
 * publisher near it is no attacker). So does a relative clause about those pictures' attack ("صور تفجير سروج
 * والذي أسفر عن مقتل 32 شخصا"). */
export function picturedAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || trigger.spec.type !== 'ASSAULT') return false;
  if (trigger.spec.voice === 'noun' && has(tokens[trigger.first - 1], PICTURES)) return true;
  let relative = false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst + 1, trigger.first - TOLL_REACH); k--) {
    if (has(tokens[k], RELATIVE)) relative = true;
    else if (relative && has(tokens[k - 1], PICTURES)) return true;
  }
  return false;
}

// "بعد أن", "بعدما", "عقب أن": the clause after them tells what came first.
const AFTER_THAT = set('بعدما وبعدما');
const THAT = set('أن ان');
// Statements that prompted the news: a refusal, accusation, threat or call that came first.
const PROMPTING = new Set(['REJECT', 'ACCUSE', 'THREATEN', 'REQUEST']);

/** "أضرموا النار في المنازل بعدما اتهمونا بإبلاغ الجنود", "بعد أن رفض اليمنيون انقلابهم", "بعد أن هددهم المحققون":
 * an Arabic statement verb right after "بعد أن" / "بعدما" (a pronoun or one word between) is the earlier statement
 * the news follows from, told as its cause; when it is news itself, it is reported in its own sentence. */
export function statementBefore(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || trigger.spec.voice === 'noun' || !PROMPTING.has(trigger.spec.type)) return false;
  const k = trigger.first - 1;
  if (has(tokens[k], AFTER_THAT)) return true;
  return has(tokens[k], THAT) && has(tokens[k - 1], AFTER);
}

// "لأن", "لان", "لأنه", "لأنها", "لأنهم": because.
const BECAUSE = set('لأن لان لأنه لانه لأنها لانها لأنهم لانهم');
const BECAUSE_REACH = 3;
// لأن without a pronoun: the only form that can be لِأَنْ ("for … to").
const BARE_THAT = set('لأن لان');

/** "عودة الحكومة إلى عدن تأخرت لأن الميليشيا دمرت كل المواقع الأساسية": an Arabic verb up to three words after
 * "because" (its subject between) gives the cause of a state the sentence reports, an earlier happening told as
 * explanation. */
export function explainedAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first]?.isArabic || trigger.spec.voice === 'noun') return false;
  // "حان الوقت لأن يطالب المرضى": لِأَنْ right before a present verb is "for … to", an aim, not a cause.
  const subjunctive = /^[يتن]/.test(tokens[trigger.first].norm);
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - BECAUSE_REACH); k--)
    if (has(tokens[k], BECAUSE)) return !(subjunctive && k === trigger.first - 1 && BARE_THAT.has(tokens[k].norm));
  return false;
}
