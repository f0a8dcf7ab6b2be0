// Small readers behind read-counts.ts: whether a figure counts people, the count a noun carries by itself
// ("استشهد شخص" = 1, "اغتيل القيادي" = 1), compound tolls ("ضابط و3 جنود" = 4) and explicit zeros
// ("لم يسفر عن سقوط قتلى", "no one was killed"), and deaths told without a death word ("خسرنا 11 شخصا").
import { countInNoun, readNumbers, type NumberMention } from '../../numbers/read-numbers';
import { foldWord, type Token } from '../../text/tokenize';
import { hasWord } from '../../text/word-sets';
import {
  ASSASSINATION,
  ATTEMPT,
  DEATH,
  DIED_OF,
  EXECUTION,
  INJURY,
  PEOPLE,
  SUBSET,
  WE_LOST,
  ZERO_HEADS,
  ZERO_NEGATORS,
  ZERO_VERBS,
} from './count-words.data';
import { AGE_BEFORE, LABEL_BEFORE, MONTH_AFTER, NOT_PEOPLE_AFTER } from './count-units.data';
import { DUAL_LINKS } from './count-scope.data';
import { namedVictimsAfter } from './count-named-list-ar';
import { victimSlotAfter } from './count-resumptive-ar';
import { thatDefiniteOneDied } from './count-that-subject-ar';

const PERCENT_WORD = new Set(['المئة', 'المائة'].map(foldWord));
const ONE_WORD = new Set(['واحد', 'واحدة'].map(foldWord));
const PARTICLES = new Set(
  ['في', 'من', 'عن', 'إلى', 'على', 'أو', 'إلا', 'سوى', 'غير', 'حتى', 'مع', 'بين'].map(foldWord),
);

/** "قتل عصفورين بحجر واحد", "في يوم واحد": واحد after a noun that is no person and no casualty word is its adjective
 * (one stone, one day), not a head count. */
function adjectiveOne(tokens: Token[], n: NumberMention): boolean {
  const t = tokens[n.first];
  const before = tokens[n.first - 1];
  if (n.end - n.first !== 1 || !t.isArabic || !ONE_WORD.has(t.norm) || !before?.isArabic) return false;
  if (before.isNumber || PARTICLES.has(before.norm) || before.norm === 'و') return false;
  return !has(before, PEOPLE) && !has(before, DEATH) && !has(before, INJURY) && inNoun(before) === null;
}

/** The token, as written or by one of its stems, is in `words` (text/word-sets.ts, under the name the counts use). */
export const has = hasWord;

export function isCountable(tokens: Token[], n: NumberMention): boolean {
  const next = tokens[n.end];
  if (has(next, NOT_PEOPLE_AFTER)) return false;
  if (tokens[n.first].isNumber && n.value >= 1900 && n.value <= 2100 && !has(next, PEOPLE)) return false;
  // "قتل في 8 يوليو", "killed on 8 July": a day of the month.
  if (tokens[n.first].isNumber && n.end - n.first === 1 && n.value >= 1 && n.value <= 31 && has(next, MONTH_AFTER))
    return false;
  if (next && next.start - tokens[n.end - 1].end <= 1 && /%|٪/.test(next.surface)) return false;
  // "men in their 50s", "the 1990s": a decade, not a head count.
  if (next && next.start === tokens[n.end - 1].end && next.norm === 's' && tokens[n.first].isNumber) return false;
  // "70 في المائة": a percentage written out in two words.
  if (next?.norm === 'في' && has(tokens[n.end + 1], PERCENT_WORD)) return false;
  const before = tokens[n.first - 1];
  if (has(before, SUBSET) || has(tokens[n.first - 2], SUBSET)) return false;
  if (adjectiveOne(tokens, n)) return false;
  if (tokens[n.first].isNumber && has(before, LABEL_BEFORE)) return false;
  // "أطفال دون سن الـ 18", "في سن 15": an age, not a head count.
  const ageAt = before?.norm === 'ال' ? n.first - 2 : n.first - 1;
  if (has(tokens[ageAt], AGE_BEFORE)) return false;
  // "no one was killed": read by explicitZero, not as one.
  if (before?.norm === 'no') return false;
  return true;
}

/** The count a people noun carries, also definite ("الجندي") and with a conjunction ("وطفل"). */
function inNoun(t: Token | undefined): number | null {
  if (!t) return null;
  const c = countInNoun(t);
  if (c !== null || !t.isArabic) return c;
  const strip = (p: string) => (t.norm.startsWith(p) ? countInNoun({ ...t, norm: t.norm.slice(p.length) }) : null);
  return strip('ال') ?? strip('وال');
}

/** An Arabic word that qualifies the head noun before it: a genitive ("آمر الفوج") or a nisba ("نائب صومالي"). */
const qualifier = (t: Token | undefined) =>
  !!t && t.isArabic && !t.norm.startsWith('و') && (t.norm.startsWith('ال') || t.norm.endsWith('ي'));

/** "مقتل آمر الفوج وجنديين", "قتل نائب صومالي مع حارسيه": the groups joined to a one-person head noun, read
 * across one qualifier of that noun. */
function compoundAfterHead(tokens: Token[], j: number, to: number): number {
  const direct = compoundAfter(tokens, j, to);
  if (direct || !qualifier(tokens[j])) return direct;
  return compoundAfter(tokens, j + 1, to);
}

/** "استشهاد العريف أحمد …، والجندي أول محمد …": one named victim opens a list of others (count-named-list-ar.ts). */
const namedList = (tokens: Token[], c: number, j: number, to: number) =>
  c === 1 ? namedVictimsAfter(tokens, j, to) : 0;

/** "ضابط و3 جنود", "5 جنود وطفلان": the further groups joined by و/and after a figure ending at token j. */
export function compoundAfter(tokens: Token[], j: number, to: number): number {
  let extra = 0;
  let at = j;
  // The figure's own noun ("5 جنود"), not a joined one ("وطفل", whose stem is a people noun too).
  if (has(tokens[at], PEOPLE) && !tokens[at].norm.startsWith('و')) at++;
  for (let step = 0; step < 2 && at < to; step++) {
    const t = tokens[at];
    if (!t) break;
    const joined = t.norm === 'و' || t.norm === 'and';
    if (joined && tokens[at + 1]?.isNumber && has(tokens[at + 2], PEOPLE)) {
      const [n] = readNumbers(tokens.slice(at + 1, at + 3));
      if (!n || !Number.isFinite(n.value)) break;
      extra += n.value;
      at += 3;
      continue;
    }
    // "وثلاثة مدنيين": a number word carrying its own و.
    const [word] = t.isArabic && t.norm.startsWith('و') ? readNumbers(tokens.slice(at, at + 1)) : [];
    if (word && has(tokens[at + 1], PEOPLE)) {
      extra += word.value;
      at += 2;
      continue;
    }
    // "مع حارسيه", "مع ثلاثة من مرافقيه": the victims killed along with the first.
    if (t.norm === 'مع' && inNoun(tokens[at + 1]) !== null) {
      extra += inNoun(tokens[at + 1])!;
      at += 2;
      continue;
    }
    const noun = t.isArabic && t.norm.startsWith('و') ? inNoun({ ...t, norm: t.norm.slice(1) }) : null;
    if (noun !== null && !has(tokens[at + 1], PEOPLE)) {
      extra += noun;
      at++;
      continue;
    }
    break;
  }
  return extra;
}

/** A dual people noun before the cue at k, across at most two linking words (relative pronoun, فقط, لقيا). */
function dualSubjectBefore(tokens: Token[], k: number, from: number): boolean {
  let j = k - 1;
  while (j >= from && k - j <= 2 && has(tokens[j], DUAL_LINKS)) j--;
  return j >= from && inNoun(tokens[j]) === 2 && !tokens[j - 1]?.isNumber;
}

const OBJECT_REACH = 5;
const KANA_VERBS = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'أصبح', 'أصبحت', 'بات', 'باتت', 'ظل', 'ظلت'].map(foldWord));

/** A singular people noun with the accusative's tanween alif: "شخصا", "مدنيا", "قياديا" (قيادي + ا). */
function accusativeOne(t: Token): boolean {
  if (!t.isArabic || !t.norm.endsWith('ا') || t.norm.length < 4) return false;
  return countInNoun(t) === 1 || countInNoun({ ...t, norm: t.norm.slice(0, -1) }) === 1;
}

// "لقي شاب عربي مصرعه", "لقيت امرأة حتفها": the singular pronoun of the death word after لقي is one dead person.
const MET = new Set(['لقي', 'لقيت', 'ولقي', 'ولقيت'].map(foldWord));
const HIS_DEATH = new Set(['مصرعه', 'مصرعها', 'حتفه', 'حتفها'].map(foldWord));
const MET_REACH = 5;

/** One for "لقي X مصرعه" with no figure between the verb and the death word, else null. */
function metHisDeath(tokens: Token[], k: number, from: number): number | null {
  if (!HIS_DEATH.has(tokens[k].norm)) return null;
  for (let j = k - 1; j >= Math.max(from, k - MET_REACH); j--) {
    if (tokens[j].isNumber) return null;
    if (MET.has(tokens[j].norm)) return 1;
  }
  return null;
}

// "إن رجلا قُتل", "أن جنرالا كبيرا في الجيش ... قتل اليوم": after إن / أن the accusative singular person is the
// subject of the death verb that follows, one dead. Armed nouns are left out: "أن مسلحا قتل" names the killer.
const THAT = new Set(['إن', 'أن', 'ان', 'بأن', 'وأن', 'وإن'].map(foldWord));
const KILLERS = new Set(['مسلحا', 'انتحاريا', 'مهاجما', 'قناصا'].map(foldWord));
const THAT_REACH = 12;

function thatOneDied(tokens: Token[], k: number, from: number): boolean {
  if (!has(tokens[k], DEATH)) return false;
  for (let j = k - 1; j >= Math.max(from, k - THAT_REACH); j--) {
    if (tokens[j].isNumber || isCueWord(tokens[j])) return false;
    if (!THAT.has(tokens[j].norm)) continue;
    const subject = tokens[j + 1];
    return j + 1 < k && accusativeOne(subject) && !KILLERS.has(subject.norm);
  }
  return false;
}
const isCueWord = (t: Token) => has(t, DEATH) || has(t, INJURY);

/** The count of a singular or dual people noun next to the cue at k, or 1 for an assassination. */
export function nounCount(tokens: Token[], k: number, from: number, to: number): number | null {
  const assassination = has(tokens[k], ASSASSINATION) || tokens[k].norm.endsWith('اغتيال');
  if (assassination) for (let j = Math.max(from, k - 3); j < k; j++) if (has(tokens[j], ATTEMPT)) return null;
  // "سقوط قتيلين", "أوقع جريحين": a dual casualty word counts two by itself.
  if (tokens[k].isArabic && inNoun(tokens[k]) === 2) return 2;
  // "شخصين قتلا", "الشرطيين اللذين قتلا", "عنصرين فقط لقيا حتفهما": a dual subject agrees with the death verb after it.
  if (tokens[k].isArabic && dualSubjectBefore(tokens, k, from)) return 2;
  const met = tokens[k].isArabic ? metHisDeath(tokens, k, from) : null;
  if (met !== null) return met;
  // "هجوم قتل فيه ضابط": the victim noun stands past the resumptive pronoun (count-resumptive-ar.ts).
  for (const j of tokens[k].isArabic ? [victimSlotAfter(tokens, k)] : [k - 1, k - 2, k - 3]) {
    if (j < from || j >= to) continue;
    const c = inNoun(tokens[j]) ?? (j > from && demonymOne(tokens, j) ? 1 : null);
    // "قتيل وجريحين": the wounded joined to the death word are not its victims.
    if (c !== null && !has(tokens[j - 1], SUBSET) && !tokens[j - 1]?.isNumber && !has(tokens[j], INJURY))
      return c + (tokens[k].isArabic ? compoundAfterHead(tokens, j + 1, to) || namedList(tokens, c, j, to) : 0);
  }
  // "قتلت غارة جوية شخصا", "قتلت قياديا ميدانيا كبيرا": a singular person in the accusative (its tanween alif) after
  // the verb, past the verb's subject, is its one victim.
  if (tokens[k].isArabic) {
    for (let j = k + 1; j < Math.min(to, k + OBJECT_REACH); j++) {
      // A comma or a kana-type verb ("وقبيل مصرعه كان مسؤولا"): what follows is no object of the cue.
      if (tokens[j].start - tokens[j - 1].end > 1 || has(tokens[j], KANA_VERBS)) break;
      if (tokens[j].isNumber || has(tokens[j], DEATH) || has(tokens[j], INJURY)) break;
      if (accusativeOne(tokens[j])) return 1;
    }
  }
  if (tokens[k].isArabic && thatOneDied(tokens, k, from)) return 1;
  if (tokens[k].isArabic && thatDefiniteOneDied(tokens, k, from, isCueWord, inNoun)) return 1;
  if (has(tokens[k], EXECUTION)) {
    const executed = executedCount(tokens, k, from, to);
    if (executed !== null) return executed;
  }
  // "اغتيل برصاص مجهولين", "اغتيال القيادي": one person; the bare noun needs the person it names after it.
  const named = k + 1 < to && !!tokens[k + 1]?.norm.startsWith('ال');
  return has(tokens[k], ASSASSINATION) || (assassination && named) ? 1 : null;
}

const CAPITAL = /^[A-Z]/;
/** English demonyms used as nouns: "a Palestinian", "an Israeli", "a Syrian", "an American". */
const DEMONYM = /^[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)$/;

/** "A Palestinian was killed", "killed an Israeli": one person named by a demonym after "a"/"an". */
export function demonymOne(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && !t.isArabic && DEMONYM.test(t.surface) && /^an?$/.test(tokens[j - 1]?.norm ?? '');
}

/** "he was hanged" = 1, "Ali and Hassan were executed" = 2, "أعدم التنظيم رجلا" = 1: the executed, counted. */
function executedCount(tokens: Token[], k: number, from: number, to: number): number | null {
  if (tokens[k].isArabic) {
    for (let j = k + 2; j <= Math.min(k + 3, to - 1); j++) {
      if (tokens[j].isNumber) return null;
      const c = inNoun(tokens[j]);
      if (c !== null) return c;
    }
    return null;
  }
  const aux = tokens[k - 1]?.norm;
  if (aux === 'was') return 1;
  if (aux !== 'were' || k - 2 < from) return null;
  // Named subjects joined by "and" / commas, read backwards from the auxiliary.
  let names = 0;
  let inName = false;
  for (let j = k - 2; j >= from; j--) {
    const t = tokens[j];
    if (CAPITAL.test(t.surface) && !t.isNumber) {
      if (!inName) names++;
      inName = true;
    } else if (t.norm === 'and' || t.surface === ',') inName = false;
    else break;
  }
  return names >= 2 ? names : null;
}

/** "لم يسفر عن سقوط قتلى", "دون وقوع إصابات", "no one was killed", "no casualties": the cue at k reads 0. */
export function explicitZero(tokens: Token[], k: number, from: number): { value: number; total: boolean } | null {
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
    const t = tokens[j];
    if (t.isNumber) return null;
    if (t.norm === 'no' && (j === k - 1 || has(tokens[j + 1], ZERO_HEADS))) return { value: 0, total: false };
    if (t.norm === 'nobody') return { value: 0, total: false };
    if (has(t, ZERO_NEGATORS) && (k - j <= 2 || has(tokens[j + 1], ZERO_VERBS))) return { value: 0, total: false };
  }
  return null;
}

/** "توفي متأثرا بجراحه", "sustained fatal injuries": the wound word at k names the cause of a death. */
export function diedOf(tokens: Token[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) if (has(tokens[j], DIED_OF)) return true;
  return false;
}

/** "خسرنا 11 شخصا": a speaker's loss verb directly before a figure of people. */
export function weLost(tokens: Token[], k: number): boolean {
  if (!has(tokens[k], WE_LOST)) return false;
  const [n] = readNumbers(tokens.slice(k + 1, k + 4));
  return !!n && n.first === 0 && has(tokens[k + 1 + n.end], PEOPLE);
}
