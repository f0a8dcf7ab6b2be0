// More frames in which a trigger word reports no happening of its own (codebook: background, plans, fears, states
// and side remarks are not events), in both languages unless marked: a happening dated as the start of a span
// ("بعد أسبوع من مطالبة", "days after the attack"), what a protest demands, advice to the public, charges someone
// faces or is held on, future passives ("سيتم إدخال المساعدات"), what is feared ("تخوفا من عمليات انتحارية"),
// eased sanctions, conditions endured, statements as a backdrop ("وسط إشادة"), praise of relations, deals someone
// refuses, meeting nouns naming a venue, calls with a news outlet, what a document provides for and
// pretexts. English-only frames: english-non-events.ts; acts only possible or dated tomorrow: unrealized-acts.ts.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { englishNonEvent } from './english-non-events';
import { softAppeal } from './arabic-soft-appeals';
import { attemptedControl } from './arabic-attempted-control';
import { deniedArabicAct } from './arabic-denied-acts';
import { withoutArabicAct } from './arabic-without-acts';
import { possibleAct } from './unrealized-acts';
import { documentProvision } from './document-provisions';
import { pretextAim } from './pretext-frames';
import { futurePassive, futureVerb } from './future-frames';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { negatingParticle } from '../../patterns/context-cues';
import { hasWord } from '../../text/word-sets';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
// hasWord (word-sets.ts) is the same test as a plain loop: an arrow over `words` here cost a closure per call.
const has = (t: Token | undefined, words: Set<string>): boolean => hasWord(t, words);

// Units of a span counted from an earlier happening: "بعد أسبوع من", "a week after".
const SPAN_UNITS = set(
  'ساعة ساعات ساعتين يوم أيام يومين أسبوع أسابيع أسبوعين شهر أشهر شهور شهرين سنة سنوات عام أعوام عامين ' +
    'hours days weeks months years week month year decades',
);
const AR_SPAN_HEADS = set('بعد وبعد عقب وعقب قبل وقبل إثر');
// "بعد عام على الهجوم" dates from the happening as "بعد عام من" does; "تقريبا" may close the span.
const AR_SPAN_PREPS = set('من على');
const AR_APPROX = set('تقريبا نحو حوالي قرابة فقط');
const AR_SPAN_COUNTS = set(
  'ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة بضع بضعة عدة',
);
const EN_SPAN_HEADS = set('after before since');

/** "بعد أسبوع من مطالبة الإدارة", "قبل أيام من الهجوم", "days after the bombing": the trigger dates the start of a
 * span; it is an earlier happening the article looks back on, not the news. */
export function spanStart(tokens: Token[], first: number, clauseFirst: number): boolean {
  const t = tokens[first];
  let k = first - 1;
  if (t.isArabic) {
    if (!AR_SPAN_PREPS.has(tokens[k]?.norm ?? '')) return false;
    k--;
    if (has(tokens[k], AR_APPROX)) k--;
    if (k < clauseFirst || !has(tokens[k], SPAN_UNITS)) return false;
    k--;
    if (tokens[k]?.isNumber || has(tokens[k], AR_SPAN_COUNTS)) k--;
    if (has(tokens[k], AR_APPROX)) k--;
    return k >= clauseFirst && has(tokens[k], AR_SPAN_HEADS);
  }
  if (tokens[k]?.norm === 'the') k--;
  return k - 1 >= clauseFirst && EN_SPAN_HEADS.has(tokens[k].norm) && SPAN_UNITS.has(tokens[k - 1].norm);
}

// Words of a street protest, before what the crowd demands.
const AR_PROTEST = set(
  'احتجاج احتجاجات احتجاجا محتجين المحتجين المحتجون متظاهرين المتظاهرين المتظاهرون مظاهرة مظاهرات تظاهرة ' +
    'تظاهرات تظاهر اعتصام اعتصامات معتصمين المعتصمين مسيرة مسيرات إضراب مضربين',
);

/** "احتجاج سكان محليين يطالبون بتوفير فرص العمل", "خرج المتظاهرون مطالبين": an Arabic imperfect or participle
 * demand after protest words in its clause is what the protest is about; the protest is the event. */
export function arabicProtestDemand(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.type !== 'REQUEST' || !/^[وف]?(?:[يت]|م[^ن])/.test(t.norm)) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 12); k--)
    if (has(tokens[k], AR_PROTEST)) return true;
  return false;
}

// The general public, to whom authorities give advice ("دعا المواطنين إلى", "urged residents to").
const PUBLIC = set(
  'الجميع المواطنين المواطنات المقيمين السكان الأهالي الزوار المتنزهين الجمهور المسافرين أولياء الحجاج ' +
    'المستهلكين الطلاب الناس الآباء الأسر سائقي السائقين',
);
const INDIVIDUALS = set('شرطي رجل امرأة شخص مواطن شاب فتاة طفل سائق موظف عامل جندي');

/** "ودعا المتنزهين إلى التقيد بالتعليمات", "ندعو الجميع إلى التحلي بالقيم": an Arabic request whose addressee
 * (right after the verb) is the general public is advice, not a political demand. */
export function publicAdvice(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.type !== 'REQUEST' || trigger.spec.voice === 'noun') return false;
  const next = tokens[trigger.end];
  if (has(next, PUBLIC)) return true;
  // "وطلب من سائقي السيارات إبراز بطاقاتهم": the addressee after من.
  if (next?.norm === foldWord('من') && has(tokens[trigger.end + 1], PUBLIC)) return true;
  // "وطلب شرطي تفتيشه": an anonymous individual asking is an anecdote, not a political request.
  return has(next, INDIVIDUALS);
}

const FACE = set('يواجه تواجه يواجهون يواجهان تواجهان مواجهة face faces facing faced');

/** "يواجهون اتهامات بقتل", "faces charges of fraud": charges someone faces are a standing case, reported with its
 * arrest or trial, not a new accusation. */
export function facesCharges(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'ACCUSE' || trigger.spec.voice !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 8); k--) if (has(tokens[k], FACE)) return true;
  return false;
}

// "مما دعا الحكومة إلى", "ما يدعو إلى الشك": a call verb right after the relative ما names what prompts something.
const AR_PROMPT_HEADS = set('ما مما');
const AR_CALL_VERBS = set('دعا دعت يدعو تدعو');

/** "وهو ما يدعو إلى التفاؤل", "مما دعا السكان إلى النزوح": the call verb means "gives cause to", a comment on a
 * situation rather than one party's demand. */
export function promptedBy(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REQUEST') return false;
  return has(tokens[trigger.first], AR_CALL_VERBS) && AR_PROMPT_HEADS.has(tokens[trigger.first - 1]?.norm ?? '');
}

// Statements withheld: "رفض التعليق", "refused to comment".
const COMMENT = set('التعليق تعليق الإدلاء الادلاء الكشف الإفصاح comment comments elaborate');
const COMMENT_GAP = set('to on عن على');

// A dash opening or closing an aside: "ورفض المسؤولون - الذين طلبوا عدم الكشف عن أسمائهم - الإفصاح عن التفاصيل".
const ASIDE_DASH = /\s[-–—]\s/;
const ASIDE_REACH = 12;

/** The first token after a dash-bounded aside opening before tokens[k] (closed within twelve words), or k. */
function pastAside(text: string, tokens: Token[], k: number): number {
  if (k === 0 || k >= tokens.length || !ASIDE_DASH.test(text.slice(tokens[k - 1].end, tokens[k].start))) return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + ASIDE_REACH); j++)
    if (ASIDE_DASH.test(text.slice(tokens[j - 1].end, tokens[j].start))) return j;
  return k;
}

/** "ورفض ممثلو الأمن العام التعليق", "refused to comment on the report": declining to comment (within three words
 * of a refuse verb, a dash-bounded aside about the speakers not counted) rejects no claim and no demand. */
export function declinedComment(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REJECT' || trigger.spec.voice === 'noun') return false;
  let seen = 0;
  for (let k = trigger.end; k < tokens.length && seen < 4; k++, seen++) {
    k = pastAside(text, tokens, k);
    if (k >= tokens.length) break;
    if (has(tokens[k], COMMENT)) return true;
    if (k > trigger.end && has(tokens[k], COMMENT_GAP)) return false;
  }
  return false;
}

const FEAR = set('تخوفا خوفا خشية تحسبا تفاديا مخاوف مخافة fear fears feared amid');
const FEAR_GAP = set('من عمليات عملية أي of possible further new');

/** "تخوفا من عمليات انتحارية", "fears of further attacks": what is feared has not happened. */
export function fearedAct(tokens: Token[], first: number, clauseFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 4); k--) {
    if (has(tokens[k], FEAR) && tokens[k].norm !== 'amid') return true;
    if (!has(tokens[k], FEAR_GAP)) return false;
  }
  return false;
}

const EASE = set('تخفيف رفع إلغاء ease eases eased easing lift lifts lifted lifting relief removal remove removed');
const EASE_GAP = new Set('the of on some all its their economic international'.split(' '));

/** "مقابل تخفيف العقوبات", "its decision to ease sanctions on Syria": easing sanctions is a concession, no sanction. */
export function easedSanction(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.type !== 'SANCTION') return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 3); k--) {
    if (has(tokens[k], EASE)) return true;
    if (!EASE_GAP.has(tokens[k].norm)) return false;
  }
  return false;
}

const SUFFER = set('يعاني تعاني يعانون يعانين معاناة suffer suffers suffering suffered');

/** "يعاني المواطنون من تهديدات", "suffering from attacks": a condition endured, not a reported happening. */
export function endured(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'noun') return false;
  const from = trigger.first - 1;
  if (!['من', 'from'].includes(tokens[from]?.norm ?? '')) return false;
  for (let k = from - 1; k >= Math.max(clauseFirst, from - 8); k--) if (has(tokens[k], SUFFER)) return true;
  return false;
}

const VERBAL_TYPES = new Set(['SUPPORT', 'ACCUSE', 'REJECT', 'REQUEST', 'THREATEN']);
const AMID = set('وسط amid');

/** "وسط إشادة المسؤولين", "amid international condemnation": a statement noun framed as the backdrop of another
 * act is a side remark. */
export function amidStatement(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'noun' || !VERBAL_TYPES.has(trigger.spec.type)) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 2); k--)
    if (has(tokens[k], AMID)) return true;
  return false;
}

const RELATIONS = set('العلاقات علاقات relations ties');

/** "وثمن العلاقات الاستراتيجية بين البلدين", "praised bilateral ties": courtesy about relations, not support. */
export function praisedRelations(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'SUPPORT') return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + 2); k++)
    if (has(tokens[k], RELATIONS)) return true;
  return false;
}

const REFUSE = set(
  'رفض رفضت يرفض ترفض رفضوا يرفضون يعرقل يعرقلون تعرقل عرقلة تتقاعس يتقاعس يتقاعسون refused refuses refusing ' +
    'obstruct obstructing obstructed',
);
const REFUSABLE = new Set(['AGREE', 'CONSULT', 'RETREAT', 'AID', 'COOPERATE', 'CONCEDE']);

/** "رفضت جماعة متطرفة تسيطر على العاصمة توقيع الاتفاق", "يعرقلون التوصل إلى اتفاق": a deal, talk or release that
 * someone refuses or obstructs (within eight words earlier in the clause) did not happen. */
export function refusedAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'noun' || !REFUSABLE.has(trigger.spec.type)) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 8); k--)
    if (has(tokens[k], REFUSE)) return true;
  return false;
}

/** "ولم يؤكد أو ينفي الأنباء" (neither confirmed nor denied), "لم يرفض العرض": an Arabic verb of rejection under a
 * negating particle rejects nothing. Not after ما, which is mostly the relative "what" ("وهو ما رفضته الحكومة"). */
export function negatedRejection(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.type !== 'REJECT' || trigger.spec.voice === 'noun' || !tokens[trigger.first].isArabic) return false;
  const particle = negatingParticle(tokens, trigger.first, clauseFirst);
  return !!particle && particle !== 'ما';
}

// Suspected involvement is a charge too: "يشتبه بتورطهم في اعتداءات", "المتورطين في الهجوم".
const CHARGE_HEADS = set(
  'المتهم متهم المتهمين متهمين المتهمون متهمون بتهمة تهمة بتهم تهم بتهمه بتورطهم بتورطه بتورطها تورطهم تورطه ' +
    'المتورطين متورطين المتورطون متورطون',
);

/** "والمتهم بإثارة الشغب", "بتهمة تمويل الإرهاب": what someone is charged with is alleged, not reported here. */
export function chargedWith(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first].isArabic || trigger.spec.voice !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 3); k--)
    if (has(tokens[k], CHARGE_HEADS)) return true;
  return false;
}

const VENUES = set('مراكز مركز قاعة قاعات صالة صالات مكتب مكاتب');

/** "مراكز الاستقبال", "قاعة الاجتماعات": a meeting noun naming a venue or office. */
export function venueName(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'CONSULT' || trigger.spec.voice !== 'noun') return false;
  return has(tokens[trigger.first - 1], VENUES);
}

const MEDIA = set('وكالة وكالات صحيفة جريدة قناة تلفزيون إذاعة مراسل reuters newspaper agency channel');

/** "في اتصال هاتفي مع وكالة رويترز": a call with a news outlet is an interview, not a consultation. */
export function mediaCall(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'CONSULT') return false;
  return ['مع', 'with'].includes(tokens[trigger.end]?.norm ?? '') && has(tokens[trigger.end + 1], MEDIA);
}

/** Arabic-only frames: soft-news appeals (arabic-soft-appeals.ts), protest demands, public advice, future passives and
 * verbs, prompts, charges, venues, acts a speaker denies (arabic-denied-acts.ts), acts told as not done beside
 * another ("دون أن تشن غارات", arabic-without-acts.ts), control only attempted (arabic-attempted-control.ts). */
function arabicNonEvent(text: string, tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  return (
    softAppeal(text, tokens, trigger, clauseFirst) ||
    arabicProtestDemand(tokens, trigger, clauseFirst) ||
    publicAdvice(tokens, trigger) ||
    futurePassive(tokens, trigger.first, clauseFirst) ||
    futureVerb(tokens, trigger) ||
    possibleAct(tokens, trigger) ||
    promptedBy(tokens, trigger) ||
    chargedWith(tokens, trigger, clauseFirst) ||
    venueName(tokens, trigger) ||
    documentProvision(text, tokens, trigger, clauseFirst) ||
    pretextAim(tokens, trigger, clauseFirst) ||
    deniedArabicAct(tokens, trigger, clauseFirst) ||
    withoutArabicAct(tokens, trigger, clauseFirst) ||
    attemptedControl(tokens, trigger, clauseFirst)
  );
}

/** True when any frame of this file or english-non-events.ts makes the trigger no reported happening. */
export function inNonEventFrame(text: string, tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const { first } = trigger;
  const shared =
    spanStart(tokens, first, clauseFirst) ||
    facesCharges(tokens, trigger) ||
    fearedAct(tokens, first, clauseFirst) ||
    easedSanction(tokens, trigger, clauseFirst) ||
    endured(tokens, trigger, clauseFirst) ||
    amidStatement(tokens, trigger, clauseFirst) ||
    praisedRelations(tokens, trigger) ||
    refusedAct(tokens, trigger, clauseFirst) ||
    declinedComment(text, tokens, trigger) ||
    negatedRejection(tokens, trigger, clauseFirst) ||
    mediaCall(tokens, trigger);
  if (shared) return true;
  return tokens[first].isArabic
    ? arabicNonEvent(text, tokens, trigger, clauseFirst)
    : englishNonEvent(text, tokens, trigger, clauseFirst);
}
