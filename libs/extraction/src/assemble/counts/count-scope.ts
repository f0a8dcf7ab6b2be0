// Which casualty figures of a clause count which happening: a trigger that is no casualty word takes the figures of
// its own conjunct ("قصفت الطائرات بغداد، فيما قتل 27 في بيجي"); tolls counted over a span ("منذ بدء الحرب",
// "since October 2023") are cumulative war tolls, and a casualty word after غداة / بعد counts an earlier happening.
import { foldWord, type Token } from '../../text/tokenize';
import { atATimeWhen } from '../../text/at-a-time-when';
import { has } from './count-parts';
import { readNumbers } from '../../numbers/read-numbers';
import {
  ALONE,
  CONJUNCT_OPENERS,
  LONG_PERIODS,
  PERIODS,
  PRIOR,
  RANKING,
  RATE,
  SHORT_SPAN,
  SPAN_DURING,
  SPAN_FILLERS,
  SPAN_START,
  WAR_NOUNS,
} from './count-scope.data';

const PERFECT = new Set(['has', 'have']);
const PERFECT_ADVERBS = new Set(['already', 'so', 'far', 'since', 'now', 'reportedly']);

const SPAN_REACH = 8;

/** A toll counted over a span ("منذ تولي بخاري الرئاسة ... مقتل 570", "killed 54,000 since October 2023"): a
 * منذ / since before the casualty word in its clause, or a few words after it, unless the span is of hours or days. */
export function cumulative(tokens: Token[], k: number, from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, k + SPAN_REACH); j++)
    if (
      has(tokens[j], SPAN_START) &&
      !has(tokens[j + 1], SHORT_SPAN) &&
      !anotherBetween(tokens, j, k) &&
      !rankedSince(tokens, j, from)
    )
      return true;
  for (let j = k + 1; j < Math.min(to, k + SPAN_REACH); j++) if (has(tokens[j], RATE)) return true;
  return warTotal(tokens, k, from) || overLongSpan(tokens, k, to) || periodAlone(tokens, k, to);
}

const RANK_REACH = 4;

/** "the deadliest attack since 2019", "the first deaths since the truce": an English superlative up to four words
 * before the since at j. */
function rankedSince(tokens: Token[], j: number, from: number): boolean {
  for (let i = j - 1; i >= Math.max(from, j - RANK_REACH); i--) if (RANKING.has(tokens[i].norm)) return true;
  return false;
}

/** "منذ أكثر من عامين، في وقت أقدمت النصرة على إعدام محام": a conjunct opener (فيما, بينما, "في وقت", "في الوقت
 * الذي") between a منذ and the casualty word after it starts another happening: the span dates the first one. The
 * opener is matched as written: "منذ ذلك الحين" (since then) holds حين only as a stem. */
function anotherBetween(tokens: Token[], j: number, k: number): boolean {
  for (let i = j + 1; i < k; i++) if (CONJUNCT_OPENERS.has(tokens[i].norm) || atATimeWhen(tokens, i)) return true;
  return false;
}

/** "أودت بحياة 300 شخص الشهر الحالي وحده", "killed 200 people this month alone": a period named right after the toll
 * and closed by "alone" (its modifier between them). */
function periodAlone(tokens: Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < Math.min(to, k + 6); j++) {
    if (!has(tokens[j], PERIODS)) continue;
    return has(tokens[j + 1], ALONE) || (j + 2 < to && has(tokens[j + 2], ALONE));
  }
  return false;
}

/** A toll in the tens of thousands ("مقتل أكثر من 230 ألف شخص") counts a war, never one happening. */
export const warScale = (value: number) => value >= 10000;

const DURING_REACH = 12;

/** A figure word, also definite ("الأربعة"). */
function isFigure(t: Token): boolean {
  const bare = t.isArabic && t.norm.startsWith('ال') ? { ...t, norm: t.norm.slice(2) } : t;
  return readNumbers([bare]).length > 0;
}

/** "750 شخصا قتلوا في معارك عدن خلال ثلاثة أشهر", "killed over the past two years": a span word up to a dozen words
 * after the casualty word whose period is weeks, months or years, across a figure and fillers ("خلال الأربعة الأشهر
 * الماضية"). A span before it ranks the strike ("أحدث الضربات خلال الأسابيع الماضية وأنها تسببت في مقتل اثنين"). */
function overLongSpan(tokens: Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < Math.min(to, k + DURING_REACH); j++) {
    if (!has(tokens[j], SPAN_DURING)) continue;
    let i = j + 1;
    for (let step = 0; step < 3 && i < to; step++) {
      if (!has(tokens[i], SPAN_FILLERS) && !isFigure(tokens[i])) break;
      i++;
    }
    if (i < to && has(tokens[i], LONG_PERIODS)) return true;
  }
  return false;
}

/** "Israel's offensive has killed more than 43,000", "a 15-year insurgency that has killed 40,000": a war noun as
 * the subject of a perfect "has/have killed" counts the whole war, not one happening. */
function warTotal(tokens: Token[], k: number, from: number): boolean {
  let j = k - 1;
  while (j >= from && PERFECT_ADVERBS.has(tokens[j].norm)) j--;
  if (j < from || !PERFECT.has(tokens[j].norm)) return false;
  for (let i = j - 1; i >= Math.max(from, j - 4); i--) if (has(tokens[i], WAR_NOUNS)) return true;
  return false;
}

/** Where the clause's further conjuncts start: an opener word after the clause's first token. */
export function conjunctBreaks(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from + 1; k < to; k++)
    if (has(tokens[k], CONJUNCT_OPENERS) || asClause(tokens, k) || atATimeWhen(tokens, k)) out.push(k);
  return out;
}

/** Determiners opening the subject of an English "as" clause: "as the paramilitary group shelled the city". */
const AS_SUBJECTS = new Set(['the', 'its', 'their', 'his', 'her', 'rival', 'government', 'rebel']);
/** Words before "as" that make it a comparison or a description: "such as the", "described as the worst". */
const NOT_CLAUSE = new Set(['such', 'described', 'seen', 'regarded', 'known', 'same', 'much', 'many', 'just', 'so']);

/** "the army killed dozens of fighters, as the paramilitary group shelled the city, killing 12": an English "as"
 * opening a clause with its own subject starts another happening. */
function asClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.isArabic || t.norm !== 'as' || NOT_CLAUSE.has(tokens[k - 1]?.norm ?? '')) return false;
  return AS_SUBJECTS.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm !== 'same';
}

/** The casualty words of the conjunct holding token `at`, or all of them when the clause has one conjunct. */
export function conjunctTally<T extends { at: number }>(tally: T[], breaks: number[], at: number): T[] {
  if (!breaks.length) return tally;
  const start = Math.max(-1, ...breaks.filter((b) => b <= at));
  const stop = Math.min(Infinity, ...breaks.filter((b) => b > at));
  return tally.filter((t) => t.at >= start && t.at < stop);
}

/** "يأتي غداة مقتل 21", "بدأت الاشتباكات بعد مقتل أحد أفراد القبيلة": the casualty word at k counts an earlier happening. */
export function countsEarlier(tokens: Token[], k: number, from: number, isCue: (j: number) => boolean): boolean {
  return (k > from && has(tokens[k - 1], PRIOR)) || afterPriorAttack(tokens, k, from, isCue);
}

/** Arabic attack nouns that a toll right after them may describe ("تفجير انتحاري قتل 32"). */
const ATTACK_NOUNS_AR = new Set(
  ['تفجير', 'هجوم', 'انفجار', 'غاره', 'قصف', 'اعتداء', 'هجوما', 'تفجيرا', 'انفجارا'].map(foldWord),
);
/** How far the attack noun (with its adjective and a relative pronoun) may sit before the casualty word. */
const PRIOR_NOUN_REACH = 3;

/** "جندي قتل … وذلك بعد تفجير انتحاري قتل 32 شخصا": once the clause has told its own dead, a casualty word
 * describing an attack noun that follows بعد / غداة / عقب tells that earlier happening's toll. (Alone, "بعد قصف عنيف
 * قتل 4" may be the reported shelling's own toll.) */
function afterPriorAttack(tokens: Token[], k: number, from: number, isCue: (j: number) => boolean): boolean {
  if (!tokens[k].isArabic) return false;
  for (let j = k - 1; j > Math.max(from, k - 1 - PRIOR_NOUN_REACH); j--) {
    if (!has(tokens[j], ATTACK_NOUNS_AR) || !has(tokens[j - 1], PRIOR)) continue;
    for (let c = from; c < j - 1; c++) if (isCue(c)) return true;
    return false;
  }
  return false;
}

const YEAR_WORDS = new Set(['عام', 'العام', 'سنة', 'السنة', 'في', 'وفي'].map(foldWord));
const YEAR_REACH = 12;

/** "هجوم في عام 2009 على قاعدة فورت هود أدى إلى قتل 13": an Arabic toll whose clause dates its happening by a year
 * (after عام / في) a few words before the casualty word recalls an earlier happening, not the one reported. */
export function datedByYear(tokens: Token[], k: number, from: number): boolean {
  if (!tokens[k].isArabic) return false;
  for (let j = k - 1; j >= Math.max(from, k - YEAR_REACH); j--) {
    const t = tokens[j];
    if (!t.isNumber || !/^(?:19|20)\d\d$/.test(t.norm)) continue;
    if (has(tokens[j - 1], YEAR_WORDS)) return true;
  }
  return false;
}
