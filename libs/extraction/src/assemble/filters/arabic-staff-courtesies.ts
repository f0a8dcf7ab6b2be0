// Courtesies of Arabic institutional news: an official urging his own staff ("طالب أمين منطقة عسير ... منسوبي الأمانة
// بتعميق روح العمل الجماعي", "وحث الوزير ... جميع الموظفين على مواصلة العمل") and the praise and calls of a staff Eid
// greeting party ("حفل المعايدة الذي أقامته الأمانة لمنسوبيها", "وقد بادل سمو الأمير الجميع التهنئة"). A head exhorting his employees or thanking them at a
// feast asks nothing of a political actor and backs no one (codebook: such courtesies are not events).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { stopBefore } from '../../text/word-sets';

// Staff in the accusative or genitive, as addressees: "منسوبي الأمانة", "لمنسوبيها", "الموظفين", "موظفي الوزارة",
// "العاملين". The nominative ("طالب الموظفون بصرف رواتبهم") is the subject of a labour demand and stays.
const STAFF = /^(?:[وفبل]|لل)?(?:ال)?(?:منسوبي|منسوبات|موظفي|موظفين|عاملين)/;
// The complement opens after the addressee: "على مواصلة", "إلى", "بأن", "بتعميق"; "بن" and "بنت" are names.
const COMPLEMENT_HEADS = new Set(['على', 'علي', 'الى', 'إلى', 'الي', 'بان', 'بأن', 'ان', 'أن']);
const NAME_WORDS = new Set(['بن', 'بنت']);
const ADDRESSEE_WINDOW = 10;

// Sentence ends: the addressee and its call share a sentence (tokens hold words only, so the gap before one is read).
const STOP = /[.؟?!؛;:]/;

const opensComplement = (t: Token) =>
  COMPLEMENT_HEADS.has(t.norm) || (/^ب/.test(t.norm) && t.norm.length > 3 && !NAME_WORDS.has(t.norm));

// "حاثًا إياهم على": the addressee as a pronoun, staff named earlier in the sentence.
const THEM = new Set(['اياهم', 'اياهن', 'اياه']);

/** "طالب أمين منطقة عسير صالح بن عبد الله القاضي منسوبي الأمانة بتعميق روح العمل", "حث الوزير جميع الموظفين على
 * مواصلة العمل": an Arabic call verb whose addressee (after its subject, before its complement, in its sentence) is
 * staff is an official exhorting his own employees; so is "حاثًا إياهم" after staff in its sentence. */
export function staffExhortation(text: string, tokens: Token[], trigger: TriggerMatch, sentenceFirst = 0): boolean {
  if (trigger.spec.type !== 'REQUEST' || trigger.spec.voice === 'noun' || !tokens[trigger.first]?.isArabic)
    return false;
  if (THEM.has(tokens[trigger.end]?.norm ?? ''))
    for (let k = trigger.first - 1; k >= sentenceFirst; k--) if (STAFF.test(tokens[k].norm)) return true;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + ADDRESSEE_WINDOW); k++) {
    if (stopBefore(text, tokens, k, STOP)) return false;
    if (STAFF.test(tokens[k].norm)) return true;
    if (opensComplement(tokens[k])) return false;
  }
  return false;
}

// "حفل المعايدة", "معايدة منسوبي": the feast greeting of a ministry or municipality.
const GREETING_PARTY = /^(?:[وفبل]|لل)?(?:ال)?معايد/;
// "وقد بادل سمو الأمير الجميع التهنئة", "وتبادل الجميع التهاني والتبريكات": greetings exchanged at the feast.
const EXCHANGE = /^[وف]?(?:بادل|تبادل|يتبادل|تبادلوا)$/;
const GREETINGS = /^(?:ال)?(?:تهنيه|تهنئه|تهاني|تبريكات)$/;
const EXCHANGE_REACH = 8;
const COURTESY_TYPES = new Set(['REQUEST', 'SUPPORT']);

/** A greeting-party word, or an exchange verb with greetings within eight words after it. */
function greetingAt(tokens: Token[], k: number): boolean {
  if (GREETING_PARTY.test(tokens[k].norm)) return true;
  if (!EXCHANGE.test(tokens[k].norm)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + EXCHANGE_REACH); j++)
    if (GREETINGS.test(tokens[j].norm)) return true;
  return false;
}

/** "جاء ذلك خلال حفل المعايدة الذي أقامته الأمانة لمنسوبيها ... وأشاد", "وحث الوزير خلال حفل المعايدة", "وقد بادل
 * سمو الأمير الجميع التهنئة": a call or praise in a sentence about an Eid greeting party or an exchange of greetings
 * is a courtesy of the feast. */
export function greetingPartyCourtesy(text: string, tokens: Token[], trigger: TriggerMatch, sentenceFirst: number) {
  if (!COURTESY_TYPES.has(trigger.spec.type) || !tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.first - 1; k >= sentenceFirst; k--) if (greetingAt(tokens, k)) return true;
  for (let k = trigger.first; k < tokens.length && (k === trigger.first || !stopBefore(text, tokens, k, STOP)); k++)
    if (greetingAt(tokens, k)) return true;
  return false;
}

// A body's own officials: "وكلاء الوزارة", "وكلاء إمارة المنطقة", "مديري الإدارات", "مديري العموم".
const DEPUTIES = /^و?(?:وكلاء|مديري)$/;
const OFFICES = /^(?:[وبل])?(?:ال)?(?:وزاره|اماره|امانه|اداره|ادارات|عموم|هيئه)$/;
const MEETING_REACH = 12;

/** "عقد وزير الثقافة اجتماعاً مع وكلاء الوزارة ومديري الإدارات", "ناقش وزير الحج مع وكلاء الوزارة ومستشاريها",
 * "استقبل أمير المنطقة وكلاء الإمارة ... والموظفين": an Arabic meeting whose partners (within twelve words after it,
 * in its sentence) are the body's own deputies, department heads or staff is internal administration, not a
 * consultation between actors. */
export function staffMeeting(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'CONSULT' || !tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + MEETING_REACH); k++) {
    if (stopBefore(text, tokens, k, STOP)) return false;
    const w = tokens[k].norm;
    if (STAFF.test(w)) return true;
    if (DEPUTIES.test(w) && OFFICES.test(tokens[k + 1]?.norm ?? '')) return true;
    // Another partner first ("لقائه بوزير الخارجية الإيطالي ... اختطاف الموظفين"): an outside meeting.
    if (/^ب/.test(w) && w.length > 3 && !NAME_WORDS.has(w)) return false;
  }
  return false;
}

/** Any courtesy: an exhortation of one's own staff, a call or praise at a staff greeting party, a staff meeting. */
export function staffCourtesy(text: string, tokens: Token[], trigger: TriggerMatch, sentenceFirst: number): boolean {
  return (
    staffExhortation(text, tokens, trigger, sentenceFirst) ||
    greetingPartyCourtesy(text, tokens, trigger, sentenceFirst) ||
    staffMeeting(text, tokens, trigger)
  );
}
