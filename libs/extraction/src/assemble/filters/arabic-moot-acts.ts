// Arabic acts that name no happening of their own: an act someone ruled out ("استبعد استقالة الحكومة"), an act put as
// the subject of a forecast consequence ("إن رفض الكونغرس الاتفاق سيسبب له إحراجا"), the aim of efforts ("رغم الجهود
// لإطلاق محادثات السلام"), a request refused or granted ("رفضت المحكمة طلب الدفاع"), charges that were dropped
// ("وأسقطت الاتهامات"), an act backed down from ("تراجع عن التلويح بالاستقالة"), a phone call that is a newspaper's interview ("في اتصال هاتفي لـ«الشرق الأوسط»") and plans
// in the future ("سيعملون على إعادة فتح", "سترفضه"). Codebook: hypotheticals, aims and background are not events; an
// interview is no consultation.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet, wordBefore } from '../../text/word-sets';

const RULED_OUT = wordSet('استبعد استبعدت استبعدوا يستبعد تستبعد يستبعدون مستبعدا مستبعدة');
const RULED_OUT_REACH = 10;

/** "استبعد النائب استقالة الحكومة": an act noun that someone rules out (within ten words after the verb) is not
 * reported as happening. */
export function ruledOutAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'noun' || !tokens[trigger.first].isArabic) return false;
  return wordBefore(tokens, RULED_OUT, trigger.first, RULED_OUT_REACH, clauseFirst);
}

const BACKED_DOWN = wordSet('تراجع تراجعت تراجعوا يتراجع تتراجع عدل عدلت تخلى تخلت تخلوا يتخلى تتخلى');
const BACKED_DOWN_REACH = 8;

const NEGATIONS = wordSet('لن لم لا ما');

/** "تراجع رئيس الحكومة عن التلويح بتقديم استقالته", "تخلت الحكومة عن فرض الضريبة": an act (a masdar: only nouns follow
 * عن) right after the عن of backing down from it (the verb within eight words before) is what was given up, not an
 * act reported. Not when the backing down is negated: "لن يتراجع عن قصف المواقع" goes on shelling. */
export function abandonedAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first].isArabic || tokens[trigger.first - 1]?.norm !== 'عن') return false;
  for (let k = trigger.first - 2; k >= Math.max(clauseFirst, trigger.first - 1 - BACKED_DOWN_REACH); k--)
    if (hasWord(tokens[k], BACKED_DOWN)) return !hasWord(tokens[k - 1], NEGATIONS);
  return false;
}

const THAT = wordSet('إن أن وأن لأن');
// Future predicates of a clause whose subject is the act noun: "سيسبب", "سيؤدي إلى", "سيكون", "سوف".
const FORECAST = wordSet(
  'سيسبب ستسبب سيؤدي ستؤدي سيكون ستكون سيشكل ستشكل سيمثل ستمثل سيعني سيضعف ستضعف سيضر سيقوض ستقوض سيجعل ستجعل ' +
    'سيفتح ستفتح سيعرض ستعرض سيزيد ستزيد سوف',
);
const FORECAST_REACH = 10;

/** "إن رفض الكونغرس الاتفاق سيسبب له إحراجا": an act noun that opens an إن/أن clause whose predicate (within ten
 * words in the clause) is a future verb is a hypothetical whose consequence is forecast, not an act reported. */
export function forecastSubject(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (trigger.spec.voice !== 'noun' || !tokens[trigger.first].isArabic) return false;
  if (!THAT.has(tokens[trigger.first - 1]?.norm ?? '')) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + FORECAST_REACH); k++)
    if (FORECAST.has(tokens[k].norm)) return true;
  return false;
}

const EFFORTS = wordSet('الجهود جهود جهودا المساعي مساعي مسعى المسعى الجهد جهد');
const AIMED = wordSet('الرامية الرامي الهادفة الهادف الساعية');
const EFFORT_REACH = 3;

/** "رغم الجهود لإطلاق محادثات السلام", "الجهود الرامية إلى وقف القتال": an act named as the aim of efforts (the
 * efforts noun followed by a ل purpose word or الرامية, the trigger within three words) has not happened. */
export function aimOfEfforts(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first].isArabic) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - EFFORT_REACH); k--) {
    if (!hasWord(tokens[k], EFFORTS)) continue;
    const next = tokens[k + 1];
    return /^ل/.test(next.norm) || AIMED.has(next.norm);
  }
  return false;
}

const DROP = wordSet('أسقطت أسقط أسقطوا إسقاط يسقط تسقط');

/** "وأسقطت الاتهامات بعد ذلك", "قررت المحكمة إسقاط التهم": charges dropped (the verb within two words before) are
 * the end of a case, not an accusation made. */
export function droppedCharges(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.type !== 'ACCUSE' || trigger.spec.voice !== 'noun') return false;
  return wordBefore(tokens, DROP, trigger.first, 2, clauseFirst);
}

const TO_OR_WITH = wordSet('مع ل لـ');
// News outlets whose names are ordinary words: "الشرق الأوسط" (the Middle East), "الجزيرة", "العربية".
const OUTLET_HEADS = wordSet('الجزيرة العربية رويترز عكاظ الحياة');
const EAST = wordSet('الشرق');
const MIDDLE = wordSet('الأوسط');

// "وقالت قيادات في المقاومة، في اتصال هاتفي، إن": the call is the channel of the statement that follows it.
const CHANNEL_IN = wordSet('في خلال');
const SAID_THAT = wordSet('إن أن ان');

/** "أوضح المحافظ في اتصال هاتفي لـ«الشرق الأوسط»", "في اتصال هاتفي مع العربية": a phone call to a newspaper or
 * channel is an interview, not a consultation. So is one that only carries a statement, with no party named:
 * "وقال المتحدث في اتصال هاتفي، إن ..." (a call between two parties names the other: "في اتصال هاتفي مع نظيره"). */
export function interviewCall(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'CONSULT' || trigger.spec.mode !== 'phone') return false;
  const k = trigger.end;
  if (hasWord(tokens[trigger.first - 1], CHANNEL_IN) && hasWord(tokens[k], SAID_THAT)) return true;
  if (!TO_OR_WITH.has(tokens[k]?.norm ?? '')) return false;
  const name = tokens[k + 1];
  if (!name) return false;
  if (OUTLET_HEADS.has(name.norm)) return true;
  return EAST.has(name.norm) && MIDDLE.has(tokens[k + 2]?.norm ?? '');
}

// "سيعملون على إعادة فتح المطار", "ستسعى إلى": a future verb of working or striving towards what follows.
const WILL_WORK = wordSet('سيعمل ستعمل سيعملون سنعمل ستعملون سيسعى ستسعى سنسعى سيسعون');
const WILL_WORK_REACH = 8;

/** "سيعملون على إعادة فتح مطار عدن لاستقبال المساعدات": an act up to eight words after a future verb of working or
 * striving is a plan, not a happening (a threat is about the future by nature and stays). */
export function plannedWork(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first].isArabic || trigger.spec.type === 'THREATEN') return false;
  return wordBefore(tokens, WILL_WORK, trigger.first, WILL_WORK_REACH, clauseFirst);
}

const OBJECT_PRONOUN = /^(?:ه|ها|هم|هما|هن|كم|نا)$/;

/** "سترفضه بقية الأطراف", "ستدعمها الدول": a future verb carrying an object pronoun (the lexicon word after سـ,
 * then the pronoun) is a forecast, not a happening. THREATEN is exempt: a threat is about the future by nature. */
export function futureWithPronoun(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.voice === 'noun' || trigger.spec.type === 'THREATEN') return false;
  const bare = /^[وف]?س([يتن].{2,})$/.exec(t.norm)?.[1];
  const word = trigger.spec.words[0];
  return !!bare && bare.startsWith(word) && OBJECT_PRONOUN.test(bare.slice(word.length));
}

// Answers to a request: refusing, accepting, granting or meeting it.
const ANSWER = wordSet(
  'رفض رفضت رفضوا يرفض ترفض قبل قبلت يقبل تقبل وافق وافقت يوافق توافق استجاب استجابت يستجيب تستجيب لبى لبت ' +
    'أجاب أجابت قوبل قوبلت',
);
const REQUEST_NOUNS = wordSet('طلب طلبات مطالب مطالبة');
const ANSWER_REACH = 6;

/** "رفضت محكمة ميونيخ الألمانية، أمس، طلب المحامين", "وافقت الحكومة على طلب النقابة": a bare request noun that someone
 * refuses or grants (the verb within six words before, past its subject) is the answer's object; the answer is the
 * event reported, not the request. */
export function answeredRequest(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  // طلب is also the verb (requested): only a bare form, with no و or ف opening a clause of its own, is the object.
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'REQUEST') return false;
  if (possessedRequest(t)) return hasWord(tokens[trigger.first - 1], ANSWER);
  if (!REQUEST_NOUNS.has(t.norm)) return false;
  return wordBefore(tokens, ANSWER, trigger.first, ANSWER_REACH, clauseFirst);
}

// Before a pronoun the final ى of a claim noun is written ا: دعواه (his lawsuit), شكواها (her complaint), which the
// lexicon would otherwise read as the plural verb دعوا (they called).
const POSSESSED_REQUEST_STEMS = new Set([...REQUEST_NOUNS, ...wordSet('دعوا شكوا')]);
const POSSESSIVE = /(ه|ها|هم|هما)$/;

/** "رفض دعواه", "قوبل طلبه بالرفض": a request or claim noun with a possessive pronoun right after the verb that answers
 * it is that verb's object; the answer is reported, the request is background. طلبه is also the verb "asked him",
 * so only the word right after the answer counts. */
function possessedRequest(t: Token): boolean {
  const m = POSSESSIVE.exec(t.norm);
  return !!m && t.isArabic && POSSESSED_REQUEST_STEMS.has(t.norm.slice(0, -m[1].length));
}

/** True when one of this file's frames makes the Arabic trigger no happening of its own. */
export function mootArabicAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number, clauseEnd: number): boolean {
  return (
    ruledOutAct(tokens, trigger, clauseFirst) ||
    abandonedAct(tokens, trigger, clauseFirst) ||
    forecastSubject(tokens, trigger, clauseEnd) ||
    aimOfEfforts(tokens, trigger, clauseFirst) ||
    droppedCharges(tokens, trigger, clauseFirst) ||
    interviewCall(tokens, trigger) ||
    plannedWork(tokens, trigger, clauseFirst) ||
    futureWithPronoun(tokens, trigger) ||
    answeredRequest(tokens, trigger, clauseFirst)
  );
}
