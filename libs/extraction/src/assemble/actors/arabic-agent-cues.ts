// Arabic phrasings that name the doer of a masdar away from its idafa slot (clash sides: clash-sides.ts):
// - a relative verb carrying the masdar as its object: "غارات شنتها قوات التحالف", "التفجير ... نفذه تنظيم داعش",
//   "قصف قام به الحوثيون";
// - an auxiliary verb whose subject does the act its masdar names: "تمكنت الجهات الأمنية من ضبط", "قامت القوات
//   باعتقال". chooseActor calls them from its Arabic masdar branch.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isGoverned } from '../clause/actor-roles';
import { agentPhraseAt, rawSubject } from '../clause/raw-subject';
import { foldedSet } from '../../text/word-sets';
import { OBJECT_PRONOUN } from './relative-antecedent';
import { fighterHead } from './arabic-fighter-heads';

const SENTENCE_BREAK = /[.؟?!؛;:]/;
// Verbs of carrying out, with the object pronoun that stands for the masdar before them.
// "سيارة مفخخة يقودها انتحاري": who drives the car bomb sets it off.
const CARRIED_OUT = foldedSet([
  ...['شن', 'شنت', 'نفذ', 'نفذت', 'اطلق', 'اطلقت', 'تبني', 'تبنت', 'ارتكب', 'ارتكبت', 'يشن', 'تشن'],
  ...['يقود', 'قاد'],
  // "قذائف أرسلتها أيادي الغدر من ميليشيات الحوثي": who sent the shells fired them.
  ...['ارسل', 'ارسلت'],
  // "طعنات وجهها له مجهولون", "ضربات سددها مسلحون": who dealt the blows.
  ...['وجه', 'وجهت', 'سدد', 'سددت'],
]);
// "أرسلتها أيادي الغدر والعمالة من عصابة ميليشيات الحوثي": the hands of a group named after من.
const HANDS = foldedSet(['أيادي', 'أيدي']);
// "نفذتها مقاتلات تركية", "شنتها طائرات إسرائيلية": the aircraft or forces whose adjective names the doer.
const MEANS = foldedSet([
  'مقاتلات',
  'طائرات',
  'مروحيات',
  'قوات',
  'طيران',
  'المقاتلات',
  'الطائرات',
  'القوات',
  'الطيران',
]);
// Auxiliaries whose subject does the act of the masdar after their preposition.
const AUXILIARIES = foldedSet([
  'تمكن',
  'تمكنت',
  'يتمكن',
  'تتمكن',
  'قام',
  'قامت',
  'يقوم',
  'تقوم',
  'نجح',
  'نجحت',
  'استطاع',
  'استطاعت',
]);
const AUX_PREPS = new Set(['من', 'ب', 'في']);

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** The word is a verb of carrying out with an object pronoun: شنتها، نفذه، تبناه. */
function carriedOut(t: Token): boolean {
  if (!t.isArabic) return false;
  const m = OBJECT_PRONOUN.exec(t.norm);
  // "قادة" (leaders) folds to قاده: a taa marbuta is no object pronoun.
  if (!m || /ة[\u064B-\u0652]*$/.test(t.surface)) return false;
  // وجّه starts with its own و: the word is tried before a conjunction is stripped too ("وجهها", "ووجهها").
  const stem = t.norm.slice(0, t.norm.length - m[0].length);
  // "تبناه", "تبناهما": a verb ending in ى writes it ا before the pronoun (تبنى → تبنا-).
  return [stem, stem.replace(/^[وف]/, '')].some(
    (b) => CARRIED_OUT.has(b) || CARRIED_OUT.has(b.replace(/ت$/, '')) || CARRIED_OUT.has(b.replace(/ا$/, 'ي')),
  );
}

const PLAIN_DOERS = foldedSet([
  ...['انتحاري', 'انتحارية', 'انتحاريان', 'انتحاريتان', 'الانتحاري', 'الانتحارية'],
  ...['مسلحون', 'مسلحين', 'مجهولون', 'مجهولين', 'عناصر', 'مجموعة', 'عصابة'],
  // "في هجوم نفذه ملثمون": masked gunmen.
  ...['ملثمون', 'ملثمين', 'مسلحان'],
]);
// "قصف عشوائي قام به المتمردون": the verb of doing takes the masdar as a pronoun after ب.
const DID = foldedSet(['قام', 'قامت']);
const BY_IT = foldedSet(['به', 'بها', 'بهم', 'بهما']);

// "هجوم انتحاري نسب إلى تنظيم داعش", "التفجيرات تنسب إلى", "الهجوم المنسوب الى": the group an act is attributed to.
const ASCRIBED = foldedSet(['نسب', 'نسبت', 'ينسب', 'تنسب', 'منسوب', 'منسوبه', 'المنسوب', 'المنسوبه']);
const TO = foldedSet(['إلى', 'الى']);

// "طعنات وجهها له مجهولون", "رصاصات أطلقها عليه مسلحون": the victim's pronoun between the verb and its subject.
const TO_HIM = foldedSet(['له', 'لها', 'لهم', 'إليه', 'إليها', 'إليهم', 'عليه', 'عليها', 'عليهم']);

/** Tokens the relative verb at k spans (شنتها: 1, وجهها له: 2, قام به: 2, نسب إلى: 2), or 0 when there is none. */
function relativeVerb(tokens: Token[], k: number): number {
  if (carriedOut(tokens[k])) return TO_HIM.has(tokens[k + 1]?.norm ?? '') ? 2 : 1;
  const t = tokens[k];
  if (t.isArabic && ASCRIBED.has(t.norm.replace(/^[وف]/, '')) && TO.has(tokens[k + 1]?.norm ?? '')) return 2;
  return t.isArabic && DID.has(t.norm.replace(/^[وف]/, '')) && BY_IT.has(tokens[k + 1]?.norm ?? '') ? 2 : 0;
}

/** The farthest the agent readers look from a trigger for a name: the relative verb and its "hands of" (≤ 28
 * tokens after), the ascribing إلى (≤ 32), the sides after بين and مع (≤ 22), the auxiliary's subject (≤ 12
 * before). */
const REACH_BEFORE = 13;
const REACH_AFTER = 40;

/** The names the agent readers of this file, clash-sides.ts and talk-sides.ts can reach from the trigger. Filtering by
 * position first keeps the per-name tests (eligibility, addressee) to the trigger's neighbourhood instead of every
 * name of the article for every trigger, which made long articles quadratic. */
export function reachableNames(actors: Span<ActorLike>[], trigger: TriggerMatch): Span<ActorLike>[] {
  const from = trigger.first - REACH_BEFORE;
  const to = trigger.end + REACH_AFTER;
  return actors.filter((a) => a.end >= from && a.first <= to);
}

/** "غارات شنتها قوات التحالف", "التفجير الذي أوقع ... نفذه تنظيم داعش": the subject right after the relative verb. */
/** The actor right after the relative verb's pronoun (at `at`), or one word later after a fighter or means head
 * ("نفذه عناصر داعش"). Not an arrow in relativeAgent's loop: one over the loop's locals made every word it walks
 * allocate a scope. */
function agentAfter(tokens: Token[], actors: Span<ActorLike>[], at: number): Span<ActorLike> | undefined {
  for (const a of actors)
    if (a.first === at || (a.first === at + 1 && (fighterHead(tokens[at]) || MEANS.has(tokens[at].norm)))) return a;
  return undefined;
}

export function relativeAgent(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  const limit = Math.min(tokens.length, Math.max(clauseEnd, trigger.end + 1) + 12, trigger.end + 20);
  for (let k = trigger.end; k < limit; k++) {
    if (k > trigger.end && SENTENCE_BREAK.test(gap(text, tokens[k - 1], tokens[k]))) return null;
    const n = relativeVerb(tokens, k);
    if (!n) continue;
    const named = agentAfter(tokens, actors, k + n);
    if (named || k + n >= tokens.length) return named ?? null;
    if (HANDS.has(tokens[k + n].norm)) return handsOwner(tokens, actors, k + n);
    // "يقودها انتحاري", "نفذه مسلحون": people the dictionary has no name for (forces and aircraft, "نفذتها
    // طائرات القوة الجوية العراقية", are left to the rules that read their owner).
    if (!PLAIN_DOERS.has(tokens[k + n].norm)) return null;
    return agentPhraseAt(text, tokens, k + n, Math.min(tokens.length, k + n + 5));
  }
  return null;
}

/** The group named after "من" a few words past the hands noun at h ("أيادي الغدر والعمالة من عصابة ميليشيات الحوثي"),
 * or null. */
function handsOwner(tokens: Token[], actors: Span<ActorLike>[], h: number): Span<ActorLike> | null {
  for (let j = h + 1; j < Math.min(tokens.length, h + 6); j++)
    if (tokens[j].norm === 'من') return actors.find((a) => a.first > j && a.first - j <= 2) ?? null;
  return null;
}

const ASCRIBING = foldedSet(['نسب', 'نسبت', 'ينسب', 'تنسب']);
const ASCRIBED_REACH = 8;

/** The group named right after the إلى at or past token j (within a few words, "«" may open it), or null. */
function afterTo(tokens: Token[], actors: Span<ActorLike>[], j: number, limit: number): Span<ActorLike> | null {
  for (let k = j; k < Math.min(limit, j + ASCRIBED_REACH); k++) {
    if (!TO.has(tokens[k].norm)) continue;
    return actors.find((a) => a.first === k + 1) ?? null;
  }
  return null;
}

/** "ونسب رئيس الوزراء احمد داود اوغلو بوضوح الهجوم": the masdar is the object of نسب a few words before it, whose
 * subject only ascribes the act. */
export function ascribedByVerbBefore(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - ASCRIBED_REACH); k--)
    if (tokens[k].isArabic && ASCRIBING.has(tokens[k].norm.replace(/^[وف]/, ''))) return true;
  return false;
}

/** "ونسب رئيس الوزراء بوضوح الهجوم الى التنظيم", "هجوما انتحاريا ... نسبته الحكومة الى تنظيم داعش": who the act is
 * ascribed to, past the speaker who ascribes it (the subject of نسب, never the doer). */
export function ascribedTo(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
  clauseEnd: number,
): Span<ActorLike> | null {
  // The masdar as the object of نسب before it: the إلى phrase follows the masdar.
  if (ascribedByVerbBefore(tokens, trigger, clauseFirst)) return afterTo(tokens, actors, trigger.end, clauseEnd);
  // The masdar as the pronoun on نسب after it ("نسبته الحكومة الى"), within the sentence.
  const limit = Math.min(tokens.length, trigger.end + 3 * ASCRIBED_REACH);
  for (let k = trigger.end; k < limit; k++) {
    if (k > trigger.end && SENTENCE_BREAK.test(gap(text, tokens[k - 1], tokens[k]))) return null;
    const t = tokens[k];
    const m = t.isArabic ? OBJECT_PRONOUN.exec(t.norm) : null;
    if (m && ASCRIBING.has(t.norm.slice(0, t.norm.length - m[0].length).replace(/^[وف]/, '')))
      return afterTo(tokens, actors, k + 1, limit);
  }
  return null;
}

/** "تمكنت الجهات الأمنية في وادي الدواسر من ضبط", "قامت القوات باعتقال": the subject of the auxiliary before the
 * masdar (a dictionary mention right after it, else a plain agent phrase). */
export function auxiliarySubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  const prep = tokens[trigger.first - 1];
  const glued = /^(?:و|ف)?(?:ب|من|في)/.test(tokens[trigger.first].norm) && tokens[trigger.first].norm.length > 4;
  if (!(prep && AUX_PREPS.has(prep.norm)) && !glued) return null;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 12); k--) {
    if (SENTENCE_BREAK.test(gap(text, tokens[k], tokens[k + 1]))) return null;
    const t = tokens[k];
    if (!t.isArabic || !(AUXILIARIES.has(t.norm) || t.stems.some((s) => AUXILIARIES.has(s)))) continue;
    const mention = actors.find((a) => a.first > k && a.first - k <= 3 && a.end <= trigger.first);
    if (mention) return mention;
    // "المقاومة قامت ب": the subject before the auxiliary.
    const before = actors.find((a) => a.end === k && !isGoverned(tokens, a));
    if (before) return before;
    const verb = { ...trigger, first: k, end: k + 1, spec: { ...trigger.spec, voice: 'verb' as const } };
    return rawSubject(text, tokens, verb, clauseFirst, trigger.first, true);
  }
  return null;
}
