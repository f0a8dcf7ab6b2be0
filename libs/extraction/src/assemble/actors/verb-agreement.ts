// "وطالب قوات التحالف بالاستمرار": a verb standing before a plural in -ات (قوات، المنظمات، السلطات) as its subject takes
// the feminine (طالبت قوات); a bare masculine past verb before one has another subject, and the plural is its object.
// So does a definite feminine singular in ة ("وطالب الحكومة الإسرائيلية": the government is asked, not asking); a
// person's name is not read this way (masculine names in ة: حمزة، أسامة).
import type { Token } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';

/** Whether the name right after a masculine singular past verb opens with a plural in -ات or a definite noun in ة. */
export function disagreesWithVerb(text: string, tokens: Token[], trigger: TriggerMatch, a: Span<ActorLike>): boolean {
  if (trigger.spec.voice !== 'verb' || trigger.end - trigger.first !== 1) return false;
  // "ورفض محاولات إيران التدخل": a name owning a plural in -ات in construct right after the verb owns its object.
  const owner = a.first === trigger.end + 1 && constructPlural(tokens[trigger.end]);
  if (a.first !== trigger.end && !owner) return false;
  const verb = tokens[trigger.first];
  if (!verb.isArabic) return false;
  const w = verb.norm.replace(/^[وف](?=.{3})/, '');
  // A past verb of the third masculine singular: no present prefix, no feminine ت, no plural or dual ending.
  if (w.length < 3 || /^[يتن]/.test(w) || /(?:ت|وا|ا)$/.test(w)) return false;
  // "ودعتهن الوزارة", "فرقتهم قوات الجيش": a feminine verb carrying its object pronoun has the name after it as
  // subject (اتهم، التهم end in تهم by their own letters).
  if (/ت(?:هن|ها|هم)$/.test(w) && !/^ال?تهم$/.test(w)) return false;
  if (owner) return true;
  const head = tokens[a.first].norm.replace(/^و?(?:ال)?/, '');
  if (head.length >= 4 && head.endsWith('ات')) return true;
  return (
    a.value.kind !== 'person' &&
    /^[وف]?ال..+ة$/.test(tokens[a.first].surface.replace(/[\u064B-\u0652\u0640]/g, '')) &&
    opensClause(text, tokens, trigger.first)
  );
}

// "طالب مئات المتظاهرين": a count of hundreds or tens agrees with what it counts, not as a plural in -ات (the norm
// folds ئ to ي: مئات → ميات).
const COUNTS = /^[وف]?(?:ميات|عشرات)$/;
/** "محاولات", "تدخلات": an indefinite plural in -ات, the head of a construct (no article), not a count. */
const constructPlural = (t: Token | undefined) =>
  !!t?.isArabic &&
  !/^[وف]?(?:ال|بال|لل)/.test(t.norm) &&
  !COUNTS.test(t.norm) &&
  /^.{2,}ات$/.test(t.norm.replace(/^[وف]/, ''));

// "حيث زار السعودية", "ثم طالب الحكومة": words after which a verb opens its clause.
const CLAUSE_OPENERS = new Set([
  'حيث',
  'ثم',
  'كما',
  'قد',
  'وقد',
  'فقد',
  'لكن',
  'ولكن',
  'فيما',
  'بينما',
  'اذ',
  'وكان',
  'كان',
]);

/** Whether the verb opens its clause (text start, punctuation or a conjunction before it): not the masdar of a
 * construct ("لتلبية طلب الحكومة الفرنسية", "ورفض الحكومة السماح" after a noun: the government's request, refusal). */
function opensClause(text: string, tokens: Token[], k: number): boolean {
  if (k === 0) return true;
  if (/[.،,:؛"«»“”()\-–]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return true;
  return CLAUSE_OPENERS.has(tokens[k - 1].norm);
}
