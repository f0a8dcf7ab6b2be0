// Frames that make a trigger a topic, a wish or a name rather than a reported happening: a noun governed by a
// topic head ("حول مسألة الإغاثة", "احترام الهدنة", "إنهاء القتال", "بعد الهجوم"), an action someone is asked to
// take ("دعا إسرائيل إلى تجميد"), a necessity or opinion ("لا بد من نشر قوات", "يجب"), a negative-polarity "أي"
// ("لم يسمح بشن أي طلعات قصف"), and a verb form that is really part of a name or a count ("علي بن أبي طالب",
// "60 ألف طالب"). Codebook: opinions, analysis, forecasts and background are not events.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { atATimeWhen } from '../text/at-a-time-when';
import { hasWord } from '../text/word-sets';
import { articleWithoutConjunction, hasArabicArticle } from '../text/arabic-article';
import { foldedSet } from '../text/word-sets';
import { metCounterpart, talksWithParties } from './reported-meeting';
import { MONTHS } from './background-words';

// Heads whose complement is a subject of talk, an aim or an aftermath, never a new happening.
const TOPIC_HEADS = foldedSet([
  'حول',
  'بشأن',
  'بخصوص',
  'مسألة',
  'ملف',
  'قضية',
  'احترام',
  'إنهاء',
  'سريان',
  'إدخال',
  'تقديم',
  'إيصال',
  'جهود',
  'منفذي',
  'منفذ',
  'لجنة',
  'أماكن',
  'خرق',
  'خروقات',
  'انتهاك',
  'تثبيت',
  'المتضررين',
  'متضرري',
  'ضحايا',
  'تجميد',
  'مجالات',
  'تفعيل',
  // Names of commands and operation rooms: "قيادة العمليات المشتركة", "غرفة عمليات فتح حلب".
  'قيادة',
  'غرفة',
  // Prices of goods: "ارتفاع أسعار المواد الغذائية" is a market, not aid.
  'أسعار',
  'سعر',
  'prices',
  'about',
  'regarding',
  'over',
  'perpetrators',
  'victims',
]);
// Time heads point back to a happening only before a definite noun ("بعد الهجوم", "وقت المواجهات", "after the raid").
const AFTER_HEADS = foldedSet(['بعد', 'إثر', 'عقب', 'وقت', 'قبل', 'after', 'since', 'before']);
const OPERATION = foldedSet(['عملية', 'عمليات', 'operation']);
// "بعد حادث تفجير ...": an incident word between a time head and its noun points back like a definite article.
const INCIDENT = foldedSet(['حادث', 'حادثة', 'حادثه']);
// Quantifiers between a head and its noun ("تجميد جميع عمليات الهدم") and the preposition of a participle head
// ("المتضررين من حصار") leave the noun a complement of the head.
const QUANTIFIERS = foldedSet(['جميع', 'كل', 'كافة', 'all']);
const HEAD_PREPOSITIONS = foldedSet(['من', 'عن']);
// Words that ask someone to act: what follows "إلى / to" is the request's content, not a happening.
const REQUEST_WORDS = foldedSet([
  'دعا',
  'دعت',
  'دعوا',
  'يدعو',
  'تدعو',
  'داعيا',
  'داعين',
  'داعية',
  'دعوة',
  'طالب',
  'طالبت',
  'مطالبا',
  'مطالبين',
  'حث',
  'حثت',
  'ناشد',
  'ناشدت',
  'urged',
  'called',
  'calls',
  'urging',
  'asked',
  'appealed',
]);
const TO = foldedSet(['إلى', 'الى', 'to']);
// Necessity and opinion: what "must" or "should" happen has not happened.
const NECESSITY = foldedSet(['بد', 'يجب', 'ينبغي', 'يتعين', 'ضرورة', 'بضرورة', 'must', 'should']);
const ANY = foldedSet(['أي', 'أية', 'any']);
const KINDS = foldedSet(['نوع', 'شكل', 'صورة', 'kind', 'form', 'sort', 'type']);
const KIND_OF = foldedSet(['من', 'of']);
// A verb form right after these is a name or a counted noun: "بن أبي طالب", "ألف طالب" (students).
const NOMINAL_BEFORE = foldedSet(['أبي', 'ابن', 'بن', 'أبو', 'ألف', 'آلاف', 'مئات', 'عشرات']);
const EN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);
const EN_OF_HEADS = new Set(['site', 'scene', 'aftermath', 'wake', 'anniversary', 'victims', 'perpetrators', 'memory']);

/** An indefinite Arabic noun annexed to a definite one ("توقيع الاتفاق", "قصف الطائرات"): definite by idafa. */
function idafaDefinite(tokens: Token[], first: number): boolean {
  const next = tokens[first + 1];
  // "والاتفاق" after the noun is a coordinated noun, not its genitive.
  return !!next && next.isArabic && articleWithoutConjunction(next.norm);
}

/** A noun trigger governed by a topic head ("مسألة الإغاثة", "إنهاء القتال", "بعد الهجوم"): the head word or null. */
export function topicHead(tokens: Token[], first: number, clauseFirst: number): string | null {
  const t = tokens[first];
  let k = first - 1;
  // "بعد توقيع الاتفاق": an Arabic masdar is definite through the definite noun it is annexed to.
  let definite = t.isArabic ? hasArabicArticle(t.norm) || idafaDefinite(tokens, first) : tokens[k]?.norm === 'the';
  if (!t.isArabic && k > clauseFirst && EN_DETERMINERS.has(tokens[k].norm)) k--;
  if (t.isArabic && k >= clauseFirst && hasWord(tokens[k], INCIDENT)) {
    definite = true;
    k--;
  }
  if (k >= clauseFirst && hasWord(tokens[k], OPERATION)) k--;
  if (k >= clauseFirst && hasWord(tokens[k], QUANTIFIERS)) k--;
  const head = tokens[k];
  if (k < clauseFirst || !head) return null;
  if (hasWord(head, TOPIC_HEADS)) return head.norm;
  if (t.isArabic && HEAD_PREPOSITIONS.has(head.norm) && k - 1 >= clauseFirst && hasWord(tokens[k - 1], TOPIC_HEADS))
    return tokens[k - 1].norm;
  if (definite && hasWord(head, AFTER_HEADS)) return head.norm;
  // "the site of the attack", "in the aftermath of the bombing": an English place or time named after a happening.
  if (!t.isArabic && head.norm === 'of' && EN_OF_HEADS.has(tokens[k - 1]?.norm ?? '')) return tokens[k - 1].norm;
  return null;
}

/** An English past form ("accused", "condemned"): never the bare verb of an infinitive. */
const pastForm = (t: Token | undefined): boolean => !!t && !t.isArabic && t.norm.length > 4 && t.norm.endsWith('ed');

/** Words after an English "to" that make it a preposition, not an infinitive: "called for an end to the raids". */
const EN_NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'all']);

/** "called on allies to tighten sanctions", "urged them to send more aid": an English noun trigger that is the object
 * of the verb a request asks for (one or two words after the infinitive's "to"); the index of that "to", or -1. */
function requestedObjectTo(tokens: Token[], first: number, clauseFirst: number): number {
  for (let k = first - 2; k >= Math.max(clauseFirst, first - 3); k--) {
    if (!hasWord(tokens[k], TO)) continue;
    const verb = tokens[k + 1];
    return /^[a-z]+$/.test(verb.surface) && !EN_NOUN_OPENERS.has(verb.norm) ? k : -1;
  }
  return -1;
}

/** "دعا إسرائيل إلى تجميد", "urged Congress to reject": the trigger is the content of a request. */
export function requestedAction(tokens: Token[], first: number, clauseFirst: number, noun = false): string | null {
  let to = first - 1;
  if (noun && !tokens[first].isArabic && !hasWord(tokens[to], TO)) {
    const object = requestedObjectTo(tokens, first, clauseFirst);
    if (object >= 0) to = object;
  }
  // "urged them to halt the attacks and withdraw": an English verb coordinated with the requested one.
  if (!tokens[first].isArabic && tokens[to]?.norm === 'and')
    while (to > Math.max(clauseFirst, first - 6) && !hasWord(tokens[to], TO)) to--;
  if (to < clauseFirst || !hasWord(tokens[to], TO)) return null;
  // "asked Kabul to stop militants … and accused the Taliban of sheltering": a past form after "and" is not the bare
  // verb that "to" asks for, but the subject's own second act.
  if (to < first - 1 && pastForm(tokens[first]) && !pastForm(tokens[to + 1])) return null;
  for (let k = to - 1; k >= clauseFirst; k--) if (hasWord(tokens[k], REQUEST_WORDS)) return tokens[k].norm;
  return null;
}

// Arabic words that open a new statement between a necessity and the trigger: a complement clause ("وأن السلطات
// اعتقلت") or a speech verb or participle ("أكد ضرورة احترام الهدنة، مؤكدا خلال لقائه"). What follows them is
// reported, not prescribed.
const AR_COMPLEMENTIZERS = foldedSet(['أن', 'إن', 'أنه', 'أنها', 'إنه', 'إنها']);
const AR_SPEECH = foldedSet([
  'قال',
  'قالت',
  'أكد',
  'أكدت',
  'أضاف',
  'أضافت',
  'أوضح',
  'أوضحت',
  'أشار',
  'أشارت',
  'مؤكدا',
  'مؤكدة',
  'مشيرا',
  'مشيرة',
  'مضيفا',
  'مضيفة',
  'موضحا',
  'موضحة',
  'لافتا',
  'لافتة',
  'مبينا',
  'معتبرا',
]);

/** The necessity word right before an Arabic complementizer ("يجب أن", "لا بد أن", "ضرورة أن"), or null. */
function necessityBefore(tokens: Token[], k: number): string | null {
  const t = tokens[k];
  if (!t || (t.norm === foldWord('بد') && tokens[k - 1]?.norm !== foldWord('لا'))) return null;
  return hasWord(t, NECESSITY) ? t.norm : null;
}

/** "لا بد من", "يجب", "ينبغي", "must" earlier in the clause: the trigger is a prescription. */
export function necessityCue(tokens: Token[], first: number, clauseFirst: number): string | null {
  for (let k = first - 1; k >= clauseFirst; k--) {
    const t = tokens[k];
    if (t.isArabic && k < first - 1 && hasWord(t, AR_SPEECH)) return null;
    if (t.isArabic && hasWord(t, AR_COMPLEMENTIZERS))
      return k - 1 >= clauseFirst ? necessityBefore(tokens, k - 1) : null;
    if (t.norm === foldWord('بد') && tokens[k - 1]?.norm !== foldWord('لا')) continue;
    if (hasWord(t, NECESSITY)) return t.norm;
  }
  return null;
}

/** A negative-polarity "أي / any" up to two words before a noun trigger ("أي طلعات قصف", "any attack"). */
export function anyCue(tokens: Token[], first: number, clauseFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 2); k--) if (hasWord(tokens[k], ANY)) return true;
  // "أي نوع من المساعدات", "any kind of aid": a kind word and its preposition between.
  const kind = tokens[first - 2];
  return (
    first - 3 >= clauseFirst &&
    hasWord(tokens[first - 1], KIND_OF) &&
    hasWord(kind, KINDS) &&
    hasWord(tokens[first - 3], ANY)
  );
}

/** An Arabic verb trigger right after a number or a name link ("ألف طالب", "بن أبي طالب"): not a verb at all. A
 * year counts nothing: "اغتيالهم رابين في عام 1995، وهددوه بالقتل" is a verb after the date of another clause. */
export function nominalVerb(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || !tokens[first].isArabic) return false;
  if (prev.isNumber) return !namedYear(tokens, first - 1);
  return NOMINAL_BEFORE.has(prev.norm);
}

const YEAR_WORDS = foldedSet(['عام', 'العام', 'سنة', 'السنة']);

/** Token k is a year after a year word or a month ("عام 1995", "يوليو 2014"). */
function namedYear(tokens: Token[], k: number): boolean {
  const head = tokens[k - 1];
  return /^(19|20)\d\d$/.test(tokens[k].norm) && (hasWord(head, YEAR_WORDS) || hasWord(head, MONTHS));
}

const UTTERED_NECESSITY = new Set(['REQUEST', 'THREATEN']);

/** Why a trigger is a topic, request content, prescription or name rather than a happening, or null. Nouns with
 * their own toll ("بعد اشتباكات قتل فيها 35") still report. */
export function frameCue(
  tokens: Token[],
  trigger: { first: number; end?: number; spec: { voice: string; type: string; mode?: string | null } },
  clauseFirst: number,
  counted: boolean,
): string | null {
  const { first } = trigger;
  const noun = trigger.spec.voice === 'noun';
  if (noun && !counted) {
    const head = topicHead(tokens, first, clauseFirst);
    const talks = trigger.spec.type === 'CONSULT';
    const reported =
      (talks && trigger.spec.mode === 'meet' && metCounterpart(tokens, first)) ||
      (talks && trigger.end !== undefined && talksWithParties(tokens, trigger.end));
    if (head && !(reported && hasWord(tokens[first - 1], AFTER_HEADS))) return `topic:${head}`;
    if (anyCue(tokens, first, clauseFirst)) return 'any';
  }
  // "بعد سريان الهدنة": an Arabic phrase listed as a verb is a masdar after a time head (a verb would need أن);
  // a toll in the clause belongs to the fighting, not to the truce.
  const prev = tokens[first - 1];
  const tolled = counted && trigger.spec.type === 'ASSAULT';
  if (
    !noun &&
    !tolled &&
    tokens[first].isArabic &&
    first - 1 >= clauseFirst &&
    hasWord(prev, AFTER_HEADS) &&
    !atATimeWhen(tokens, first - 1)
  )
    return `topic:${prev.norm}`;
  const asked = requestedAction(tokens, first, clauseFirst, noun);
  if (asked) return `requested:${asked}`;
  // A demand and an ultimatum state what must happen ("must disband, or Turkey will do what is necessary"): the
  // necessity is their content, not a prescription that keeps them from being said.
  const must = UTTERED_NECESSITY.has(trigger.spec.type) ? null : necessityCue(tokens, first, clauseFirst);
  if (must) return `necessity:${must}`;
  if (!noun && nominalVerb(tokens, first)) return 'nominal';
  return null;
}
