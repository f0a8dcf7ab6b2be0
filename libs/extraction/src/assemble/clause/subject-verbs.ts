// Verbs around a mention that decide whether it is the doer of a trigger: a verb of undergoing makes its subject the
// one hit ("شهدت تركيا هجوما", "تعرضت القوات لكمين", "witnessed"); a light verb gives its subject the act of its
// object masdar ("تلقى X اتصالاً", "أجرى X مباحثات"). chooseActor reads both.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { rawSubject } from './raw-subject';

// Verbs whose subject undergoes what follows: "شهدت تركيا هجوما" (Turkey witnessed an attack), "تعرضت القوات لكمين".
const UNDERGO = new Set(
  [
    ...['شهد', 'شهدت', 'تشهد', 'يشهد', 'تعرض', 'تعرضت', 'يتعرض', 'تتعرض', 'تعرضوا', 'تعرضا', 'تعرضتا'],
    // "بعد تعرضهم لهجوم": the masdar with its owner's pronoun.
    ...['تعرضه', 'تعرضها', 'تعرضهم', 'تعرضهما'],
    ...['witnessed', 'suffered', 'saw'],
  ].map(foldWord),
);

// How far back from a mention the verb of undergoing may stand when the mention ends its subject phrase ("تعرضت
// دورية للجيش العراقي لهجوم", "تعرضت قرى محافظتي الطوال والحرث جنوب جازان أمس إلى سقوط مقذوفات").
const UNDERGONE_PHRASE = 6;
// Punctuation that closes the subject phrase of a verb of undergoing.
const PHRASE_BREAK = /[.؟?!؛;:،,«»"]/;

/** A verb of undergoing: شهدت, تعرضت, تعرضهم, witnessed. */
export const isUndergoVerb = (t: Token | undefined): boolean =>
  !!t && (UNDERGO.has(t.norm) || t.stems.some((x) => UNDERGO.has(x)));

/** A verb of undergoing (شهدت, تعرضت, witnessed) right before the mention or between it and the trigger, or
 * opening the phrase the mention ends, with the trigger its object: the subject phrase of such a verb (the patrol and
 * the army it belongs to) was hit, whoever is named inside it. */
export function undergoes(tokens: Token[], a: Span<ActorLike>, trigger: TriggerMatch, text?: string): boolean {
  if (a.end > trigger.first) return false;
  const hit = isUndergoVerb;
  if (hit(tokens[a.first - 1])) return true;
  for (let k = a.end; k < trigger.first; k++) if (hit(tokens[k])) return true;
  if (text === undefined || trigger.first - a.end > UNDERGONE_PHRASE) return false;
  // The phrase from the verb to the trigger holds no break: the mention sits in the verb's subject.
  if (PHRASE_BREAK.test(text.slice(tokens[a.first].start, tokens[trigger.first].start))) return false;
  for (let k = a.first - 1; k >= Math.max(0, a.first - UNDERGONE_PHRASE); k--) {
    if (PHRASE_BREAK.test(text.slice(tokens[k].start, tokens[k + 1].start))) return false;
    if (hit(tokens[k])) return tokens[k].isArabic;
  }
  return false;
}

// Light verbs whose subject does the act their object masdar names: "تلقى X اتصالاً", "أجرى X مباحثات", "أعرب X عن",
// "واصلت X مطالبتها".
const LIGHT_VERBS = new Set(
  ['تلقي', 'اجري', 'قدم', 'اعرب', 'وجه', 'بعث', 'استقبل', 'عقد', 'ابدي', 'بحث', 'واصل']
    .flatMap((w) => [w, w + 'ت', 'ي' + w.replace(/^ا/, ''), 'ت' + w.replace(/^ا/, '')])
    .map(foldWord),
);

/** "تلقى صاحب السمو الملكي الأمير محمد بن سلمان ... ولي ولي العهد ... اتصالاً هاتفياً": a long title keeps the
 * subject of a light verb far from its masdar; the first actor right after the verb (before the masdar) is it. */
export function lightVerbSubject(
  tokens: Token[],
  trigger: TriggerMatch,
  before: Span<ActorLike>[],
  clauseFirst: number,
  subj: (a: Span<ActorLike>) => boolean,
): Span<ActorLike> | null {
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 25); k--) {
    const t = tokens[k];
    if (!t.isArabic || !t.stems.some((s) => LIGHT_VERBS.has(s))) continue;
    const first = before.filter((a) => a.first > k).at(-1);
    return first && first.first - k <= 5 && subj(first) ? first : null;
  }
  return null;
}

/** "وجه ناشطون فلسطينيون نداء", "عقد مجلس الشؤون السياسية اجتماعاً": the plain subject phrase of the light verb
 * before a masdar when the dictionary names none (raw-subject.ts). */
export function lightVerbText(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  clauseFirst: number,
): Span<ActorLike> | null {
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 8); k--) {
    const t = tokens[k];
    if (!t.isArabic || !t.stems.some((s) => LIGHT_VERBS.has(s))) continue;
    const verb = { ...trigger, first: k, end: k + 1, spec: { ...trigger.spec, voice: 'verb' as const } };
    return rawSubject(text, tokens, verb, clauseFirst, trigger.first, true);
  }
  return null;
}

// Masdars and verbs of foiling an act: "من إحباط محاولة هجوم", "في إبطال عملية الاغتيال". (Repelling an attack, "صد
// الهجوم", is a fight of its own: both sides take part.)
const FOIL = new Set(['احباط', 'احبطت', 'احبط', 'افشال', 'افشلت', 'ابطال', 'اجهاض'].map(foldWord));
// Words between the stopping word and the act: a demonstrative or the attempt itself.
const FOIL_GAP = new Set(['هذا', 'هذه', 'محاوله', 'عمليه', 'محاولات'].map(foldWord));

/** The masdar is the object of a word of foiling it ("إحباط محاولة هجوم"): whoever foiled it, the subject before,
 * did not do it. */
export function foiled(tokens: Token[], trigger: TriggerMatch): boolean {
  let k = trigger.first - 1;
  while (k >= 0 && trigger.first - k <= 3 && FOIL_GAP.has(tokens[k].norm)) k--;
  const t = tokens[k];
  return !!t?.isArabic && (FOIL.has(t.norm) || t.stems.some((x) => FOIL.has(x)));
}

// "عن قلقها إزاء تجدد الاشتباكات", "تحقيقات بشأن مقتل": a masdar after these is what a statement is about.
const ABOUT = new Set(['ازاء', 'حيال', 'تجاه', 'بشان'].map(foldWord));
const ABOUT_GAP = new Set(['تجدد', 'استمرار', 'تصاعد', 'تزايد', 'وقوع'].map(foldWord));

/** The masdar is the topic of a statement or inquiry ("إزاء تجدد الاشتباكات"): the speaker before did not do it. */
export function spokenAbout(tokens: Token[], trigger: TriggerMatch): boolean {
  let k = trigger.first - 1;
  if (tokens[k] && ABOUT_GAP.has(tokens[k].norm)) k--;
  return !!tokens[k] && ABOUT.has(tokens[k].norm);
}

// Verbs of doing or starting that take their act through ب: "قام الجيش بقصف", "شرع المسلحون بمداهمة", "بدأت إيران
// بزج".
const DO_VERBS = new Set(
  ['قام', 'شرع', 'بدأ', 'باشر']
    .flatMap((w) => [w, w + 'ت', w + 'وا', 'ي' + w, 'ت' + w, 'ي' + w + 'ون'])
    .concat(['يقوم', 'تقوم', 'يقومون'])
    .map(foldWord),
);

/** "ندّد X بالهجوم", "رحب X بالقبض على": a masdar behind a glued ب is the object of the verb before it (condemn,
 * welcome), so that verb's subject did not do it, unless the verb is one of doing ("قام X بقصف"). */
export function masdarAfterBa(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.voice !== 'noun' || !t?.isArabic || !/^ب/.test(t.norm)) return false;
  if (!t.norm.startsWith('بال') && !t.stems.some((x) => 'ب' + x === t.norm)) return false;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 6); k--) {
    const w = tokens[k];
    if (w.isArabic && (DO_VERBS.has(w.norm) || w.stems.some((x) => DO_VERBS.has(x)))) return false;
  }
  return true;
}

// "أصدرت بيانا دعت فيه X", "ألقى كلمة طالب خلالها X": a pronoun right after the verb stands for the statement or
// meeting the verb sits in; the verb's subject is that statement's author, told earlier.
export const STATEMENTS = new Set(
  ['بيان', 'بيانا', 'رسالة', 'رساله', 'كلمة', 'كلمه', 'خطاب', 'خطابا', 'تصريح', 'تصريحات', 'تغريدة', 'برقية', 'مذكرة']
    .concat(['لافتات', 'مقابلة', 'حديث', 'اتصال', 'اتصالا', 'مؤتمر', 'قرار', 'قرارا', 'تقرير', 'تقريرا', 'بلاغ'])
    .map(foldWord),
);
export const RESUMPTIVE = new Set(['فيه', 'فيها', 'فيهما', 'خلاله', 'خلالها', 'بموجبه', 'بموجبها'].map(foldWord));

/** An Arabic verb of a relative clause on a statement ("بيانا دعت فيه حزب الله"): the names after it are its
 * objects, never its subject. */
export function resumesStatement(tokens: Token[], trigger: TriggerMatch): boolean {
  const next = tokens[trigger.end];
  const prev = tokens[trigger.first - 1];
  if (trigger.spec.voice !== 'verb' || !next?.isArabic || !RESUMPTIVE.has(next.norm)) return false;
  // Only right after a statement noun: "غزة التي دمرت فيها المقاتلات" names its subject after the pronoun.
  return !!prev?.isArabic && prev.stems.some((x) => STATEMENTS.has(x));
}

/** "برقية تهنئة للسلطان قابوس", "دعوة لوزير الخارجية X": after a verbal masdar a ل-phrase names who is addressed, so
 * the mention right after it (or glued to the ل) received the act rather than did it. */
export function addressedByLam(text: string, tokens: Token[], trigger: TriggerMatch, a: Span<ActorLike>): boolean {
  if (trigger.spec.voice !== 'noun' || a.first < trigger.end || a.first - trigger.end > 2) return false;
  const own = tokens[a.first];
  if (own.start < a.start && /^[وف]?ل/.test(text.slice(own.start, a.start))) return true;
  for (let k = trigger.end; k < a.first; k++) if (/^لل/.test(tokens[k].norm)) return true;
  // "تهنئة لجلالة السلطان قابوس": a ل glued to an honorific or title right after the masdar.
  const first = tokens[trigger.end];
  return a.first > trigger.end && first.isArabic && first.stems.some((x) => 'ل' + x === first.norm);
}
