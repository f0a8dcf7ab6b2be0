// Arabic idioms in which a statement word names no statement made: a threat that something "constitutes"
// ("يشكل تهديدا للأمن"), a call that is answered or is duty's ("لبى النداء", "نداء الواجب"), a welcome that
// greets the guests of a ceremony ("رحب بالحضور"), a call that names a feeling ("يدعو للقلق") or says "let us"
// ("دعونا نتحدث"), demands held ("مطالبه"), a call to a strike or rally, and a withdrawal verb that means "applies to"
// ("ينسحب هذا على"). Codebook: characterisations and courtesies are not events.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { hasWord } from '../../text/word-sets';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
// hasWord (word-sets.ts) is the same test as a plain loop: an arrow over `words` here cost a closure per call.
const has = (t: Token | undefined, words: Set<string>): boolean => hasWord(t, words);

// Copulas of a judgement: "يشكل تهديدا", "تمثل تهديدا", "مصدر تهديد", "بمثابة تهديد".
const AR_CONSTITUTES = set(
  'يشكل تشكل شكل شكلت يشكلان تشكلان يشكلون تشكيله يمثل تمثل مثل مثلت يمثلان تمثلان يمثلون مصدر مصادر بمثابة',
);
// Adverbs and intensifiers that may stand between the copula and the noun ("يشكل بالفعل تهديدا").
const AR_COPULA_GAP = set('بالفعل فعلا حقيقيا حقيقة أيضا كذلك اليوم');

/** "الاتفاق يشكل تهديدا خطيرا لإسرائيل", "تمثل تهديدا للأمن القومي": an Arabic threat noun as the complement of a
 * copula (within two words) judges something dangerous; nobody threatens anyone. */
export function characterizedThreat(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.type !== 'THREATEN' || trigger.spec.voice !== 'noun' || !tokens[trigger.first]?.isArabic)
    return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 3); k--) {
    if (has(tokens[k], AR_CONSTITUTES)) return true;
    if (!has(tokens[k], AR_COPULA_GAP)) return false;
  }
  return false;
}

// Answering a call: "لبى النداء", "تلبية نداء الدولة", "يلبوا نداء الواجب".
const AR_ANSWER = set('لبى لبت لبوا يلبي تلبي يلبون يلبوا تلبية لتلبية ملبيا ملبين استجابة');
// Calls no one made: of duty, the homeland, conscience.
const AR_ABSTRACT_CALLERS = set('الواجب الوطن الضمير الإنسانية الحق الجهاد');
const AR_CALL_NOUNS = set('نداء النداء نداءات');

/** "التحالف الذي لبى النداء", "يلبوا نداء الواجب", "تلبية نداء الدولة الشرعية": an Arabic appeal noun answered (one or
 * two words before) or owned by an abstraction (duty, the homeland) reports no appeal made now. */
export function answeredCall(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'REQUEST' || trigger.spec.voice !== 'noun' || !t?.isArabic || !has(t, AR_CALL_NOUNS))
    return false;
  if (has(tokens[trigger.first - 1], AR_ANSWER) || has(tokens[trigger.first - 2], AR_ANSWER)) return true;
  return has(tokens[trigger.end], AR_ABSTRACT_CALLERS);
}

const AR_WELCOME = set('رحب رحبت رحبوا يرحب ترحب مرحبا');
// The guests of a ceremony: "رحب بالحضور", "يرحب بضيوف المملكة", "رحب بكافة المشاركين".
const AR_GUESTS = set(
  'الحضور الحاضرين الضيوف ضيوف ضيف الضيف المشاركين المشاركات المشاركون الزوار زوار الزائرين المدعوين الوفود ' +
    'الوفد المتسابقين الحجاج المعتمرين الجميع',
);
const AR_GUEST_GAP = set('كافة كل جميع');
// "محافظ الطائف فهد بن عبدالعزيز بن معمر": a subject's name links are no object.
const AR_NAME_LINKS = set('بن بنت');
const GUEST_WINDOW = 10;

/** "ورحب محافظ الطائف بكافة المشاركين في الملتقى", "رحب بالحضور": an Arabic welcome whose object (right after the
 * verb, past a subject of up to nine words) is the guests of an occasion greets them; it endorses nothing. */
export function greetedGuests(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'SUPPORT' || !t?.isArabic || !has(t, AR_WELCOME)) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + GUEST_WINDOW); k++) {
    const w = tokens[k];
    // The object of رحب takes ب ("بالحضور", "بكافة المشاركين"); "في بداية الاجتماع" may come before it.
    if (!/^[وف]?ب/.test(w.norm) || has(w, AR_NAME_LINKS)) continue;
    if (has(w, AR_GUESTS) || (has(w, AR_GUEST_GAP) && has(tokens[k + 1], AR_GUESTS))) return true;
  }
  return false;
}

// What a state of affairs "gives cause for": "يدعو للقلق", "أمر يدعو إلى التفاؤل", "تدعو للفخر".
const AR_GROUNDS = set(
  'القلق قلق التفاؤل تفاؤل الفخر فخر الاعتزاز الأسى الحزن الدهشة الاستغراب الغرابة الشك الريبة التأمل ' +
    'الاهتمام الارتياح الأمل التساؤل السخرية الضحك الخجل',
);

/** "الوضع الأمني يدعو للقلق", "أمر يدعو إلى التفاؤل": a call verb whose complement (right after it, or after إلى) is
 * a feeling says that something gives cause for it; nobody calls on anyone. */
export function groundsForFeeling(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REQUEST' || trigger.spec.voice === 'noun' || !tokens[trigger.first]?.isArabic)
    return false;
  const next = tokens[trigger.end];
  if (has(next, AR_GROUNDS)) return true;
  return next?.norm === 'الي' && has(tokens[trigger.end + 1], AR_GROUNDS);
}

/** "دعونا نتحدث بصراحة", "دعنا نستمع": the imperative "let us" before a first-person verb; a column's turn of phrase,
 * not a call made. */
export function letUs(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'REQUEST' || !t?.isArabic || !/^و?(دعونا|دعنا)$/.test(t.norm)) return false;
  return /^ن/.test(tokens[trigger.end]?.norm ?? '');
}

/** "يتنازل كل طرف عن بعض مطالبه", "استجاب لعدد من مطالبه": written with a final ه, مطالبه is "his demands" (a plural
 * noun with its owner), which folds like the masdar مطالبة; it names demands held, not one made now. */
export function heldDemands(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  return trigger.spec.type === 'REQUEST' && !!t?.isArabic && /^[وفبل]*(?:ال)?مطالبه$/.test(t.surface);
}

// What a union or party calls its people out to: a strike, a rally, a sit-in (the protest is its own event).
const AR_TURNOUTS = set(
  'إضراب الإضراب لإضراب للإضراب الإضرابات تجمع التجمع تظاهرة التظاهر للتظاهر مظاهرة مظاهرات المظاهرات مسيرة ' +
    'مسيرات اعتصام الاعتصام احتجاجات الاحتجاجات العصيان',
);
const TURNOUT_WINDOW = 10;

/** "ودعا اتحاد العاملين بالطيران المدني لإضراب مدته 24 ساعة", "دعا حزب كردي إلى تجمع ضخم": an Arabic call whose
 * complement (within ten words, in its clause) is a strike or rally turns people out; it asks nothing of another
 * party. */
export function turnoutCall(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (trigger.spec.type !== 'REQUEST' || trigger.spec.mode !== 'call' || !tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + TURNOUT_WINDOW); k++)
    if (has(tokens[k], AR_TURNOUTS)) return true;
  return false;
}

// The withdrawal verb in its sense of "applies to": "وينسحب هذا الأمر على ملاعب الغولف", "انسحب هذا المشهد على ريف
// إدلب". A withdrawal is from somewhere (من) or to somewhere (إلى); على (unless على الرغم, "despite") is the idiom.
const AR_WITHDRAW_VERBS = set('انسحب انسحبت ينسحب تنسحب');
const AR_FROM_TO = set('من إلى الى');

/** "ينسحب هذا الكلام على كثير من الدول": the verb of withdrawal followed within three words by على, before any من or
 * إلى, says that something holds for something else; nobody withdrew. */
export function appliesTo(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (trigger.spec.type !== 'RETREAT' || trigger.end - trigger.first !== 1) return false;
  if (!has(tokens[trigger.first], AR_WITHDRAW_VERBS)) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + 3); k++) {
    const t = tokens[k];
    if (has(t, AR_FROM_TO)) return false;
    if (t.norm === 'علي') return tokens[k + 1]?.norm !== 'الرغم';
  }
  return false;
}
