// Framing that makes a trigger background, intention or question rather than a reported happening: the Arabic
// pluperfect "وكان ... قد" without a recent-day marker, "سبق أن", durations "منذ عام 2013 / since March", past
// years and months ("في 1985", "last year", "مارس الماضي"), announced intentions ("يعتزم", "plans to"), schedules,
// hopes and fears ("من المقرر أن", "مخاوف من أن": moot-clauses.ts) and questions. Codebook: background history,
// forecasts and opinions are not events.
import type { Token } from '../text/tokenize';
import { genericCue } from './generic-cues';
import { MONTHS, LAST, LONG_UNITS, AR_RELATIVE, RELATIVE, EN_PAST, INTENT, YEAR_BEFORE } from './background-words';
import { earlierThisPeriod, openingPast, pastPhrase } from './past-phrases';
import { pastFullDate } from './full-dates';
import { pastEntryDate } from './dated-entries';
import { isPastYearToken } from './past-year';
import { relativeBackdrop } from './relative-backdrop';
import { insideClosedAside, originAside, relativeAside } from './relative-aside-en';
import { groupAnaphorPast } from './group-anaphors';
import { foldedSet, hasWord } from '../text/word-sets';
import { firstSince } from './first-since';
import { qualifiesLaterNoun } from './since-qualifier';
import { namedWeekday } from './named-weekday';
import { fearedClause, hopedClause, scheduledClause, THAT } from './moot-clauses';

const KANA = foldedSet(['كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'وكانوا', 'فكان', 'فكانت']);
// A same-day marker keeps a "وكان ... قد" sentence: Saudi dailies use it for what happened earlier that day.
const RECENT = foldedSet(['امس', 'اليوم', 'الليله', 'مساء', 'صباح', 'ظهر', 'فجر', 'today', 'yesterday', 'tonight']);
// سبق أن (had already); not السابق, which is "former" (الرئيس السابق) and says nothing about when.
const ALREADY = foldedSet(['سبق', 'وسبق', 'previously', 'formerly']);
const SINCE = foldedSet(['منذ', 'since']);
const PAST_SPAN = foldedSet([
  'عام',
  'العام',
  'سنوات',
  'سنه',
  'اشهر',
  'شهور',
  'بدايه',
  'نهايه',
  'مطلع',
  'اندلاع',
  'الاطاحه',
  'سقوط',
  'اواخر',
  'اوائل',
  'the',
  'early',
  'late',
  'last',
  'years',
  'months',
]);
function isPastYear(tokens: Token[], k: number, articleYear: number | null): boolean {
  const t = tokens[k];
  if (!isPastYearToken(t, articleYear)) return false;
  const prev = tokens[k - 1];
  return !!prev && (YEAR_BEFORE.has(prev.norm) || prev.stems.some((s) => YEAR_BEFORE.has(s)) || MONTHS.has(prev.norm));
}

/** "in 2023", "in late 2023": a year as the time adverbial of the clause, not a label ("the 1974 agreement"). */
function inYear(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.norm;
  return prev === 'in' || (['late', 'early', 'mid'].includes(prev ?? '') && tokens[k - 2]?.norm === 'in');
}

const is = hasWord;

// "بينما كانت الطائرات تقصف": كان after "while / when" is a past progressive running alongside the news.
const WHILE = foldedSet(['بينما', 'وبينما', 'فيما', 'وفيما', 'حين', 'حينما', 'عندما', 'وعندما']);

function pluperfect(
  tokens: Token[],
  trigger: number,
  clauseFirst: number,
  clauseEnd: number,
  sentenceFirst: number,
): string | null {
  let kana = -1;
  for (let k = trigger - 1; k >= Math.max(sentenceFirst, trigger - 8); k--) if (KANA.has(tokens[k].norm)) kana = k;
  if (kana < 0 && KANA.has(tokens[sentenceFirst]?.norm ?? '')) kana = sentenceFirst;
  if (kana < 0 || !tokens[trigger].isArabic || WHILE.has(tokens[kana - 1]?.norm ?? '')) return null;
  for (let k = clauseFirst; k < clauseEnd; k++) if (RECENT.has(tokens[k].norm) || earlierToday(tokens, k)) return null;
  if (weekdayAfter(tokens, trigger, clauseEnd)) return null;
  return tokens[kana].norm;
}

// "وكان الوزير قد التقى نظيره الخميس": a weekday just after the pluperfect verb dates it within the past week. One
// before the trigger dates another verb ("وكانت الميليشيا وزعت الخميس بيانا زعمت فيه أنهم دعوا"), not the trigger.
const WEEKDAY_REACH = 8;
function weekdayAfter(tokens: Token[], trigger: number, clauseEnd: number): boolean {
  for (let k = trigger + 1; k < Math.min(clauseEnd, trigger + 1 + WEEKDAY_REACH); k++)
    if (namedWeekday(tokens, k)) return true;
  return false;
}

const TIME = foldedSet(['وقت']);
const EARLIER = foldedSet(['سابق']);

/** "وكانت السلطات قالت في وقت سابق": "في وقت سابق" (earlier) without "من هذا العام / هذا الشهر" after it is the same
 * news cycle, like a same-day marker; "في وقت سابق من هذا العام" is background. */
function earlierToday(tokens: Token[], k: number): boolean {
  return EARLIER.has(tokens[k].norm) && TIME.has(tokens[k - 1]?.norm ?? '') && !earlierThisPeriod(tokens, k + 1);
}

// "سبق أن", "سبق للجيش أن", "previously": the Arabic verb must open its frame; a bare "سبق" is also the daily Sabq
// ("سبق- وكالات: قصفت …"), whose name heads its reports.
function alreadyFrame(tokens: Token[], k: number): boolean {
  if (!tokens[k].isArabic) return true;
  const next = tokens[k + 1];
  return !!next && next.start - tokens[k].end <= 1 && (THAT.has(next.norm) || /^ل/.test(next.norm));
}

// "to mark five years since the blast", "a year since the war began": a span counted up to today dates an
// anniversary, not the trigger (English only: Arabic منذ after a count is a duration of the happening itself).
const ELAPSED = foldedSet(['years', 'year', 'months', 'month', 'weeks', 'decades', 'decade', 'anniversary']);
const SPAN_DETERMINERS = foldedSet(['the', 'recent', 'past', 'those', 'these', 'many', 'several']);
function anniversary(tokens: Token[], since: number): boolean {
  const prev = tokens[since - 1];
  if (!prev || prev.isArabic || tokens[since].isArabic || !ELAPSED.has(prev.norm)) return false;
  // "in the months since the war began, ... killed": a cumulative span is still background.
  return !SPAN_DETERMINERS.has(tokens[since - 2]?.norm ?? '');
}

const SPEECH = foldedSet(['said', 'says', 'told', 'announced', 'added', 'stated', 'confirmed']);
const EN_RELATIVE = foldedSet(['which', 'who', 'whose']);

/** "Algeria, which severed ties in 2021, said it had opened its airspace": an English past time inside a relative
 * clause about the subject, closed before the speech verb that introduces the trigger, dates that relative clause. */
function inSubjectRelative(tokens: Token[], k: number, trigger: number, clauseFirst: number): boolean {
  if (tokens[trigger].isArabic) return false;
  let speech = false;
  for (let j = k + 1; j < trigger; j++) if (SPEECH.has(tokens[j].norm)) speech = true;
  for (let j = k - 1; j >= Math.max(clauseFirst, k - 12); j--)
    if (EN_RELATIVE.has(tokens[j].norm)) return speech || ownVerb(tokens, j + 1, k);
  return false;
}

/** Finite verbs English relative clauses about a subject open with ("which took power in 2023", "who was elected
 * in 2021"), besides any past form in -ed. */
const RELATIVE_VERBS = foldedSet(
  'took seized won was were had has led fought came began became ruled held lost left broke'.split(' '),
);

/** "Niger's junta, which took power in 2023, accused …": the relative clause has a verb of its own before the past
 * time, so the time dates that clause, not the main verb after it. */
function ownVerb(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (RELATIVE_VERBS.has(tokens[j].norm) || /^[a-z]{3,}ed$/.test(tokens[j].norm)) return true;
  return false;
}

/** A past-time phrase near the trigger, not crossing a relative pronoun: [trigger-6, trigger+10] within the clause.
 * Before the trigger it looks no further back than its own stretch (`lowest`): "صور مفبركة، كما فعلوا في عام 1995،
 * وهددوه بالقتل" — the year ends the clause before the comma, and the threat after ", و" is today's. */
function pastTime(
  tokens: Token[],
  trigger: number,
  clauseFirst: number,
  clauseEnd: number,
  articleYear: number | null,
  lowest = clauseFirst,
): string | null {
  let from = trigger;
  while (from > Math.max(lowest, trigger - 6) && !RELATIVE.has(tokens[from - 1].norm)) from--;
  let to = trigger + 1;
  while (to < Math.min(clauseEnd, trigger + 11) && !RELATIVE.has(tokens[to].norm)) to++;
  // English puts the date last: "factions fired dozens of rockets at bases in Iraq and Syria in late 2023".
  let far = to;
  if (!tokens[trigger].isArabic && to === trigger + 11)
    while (far < Math.min(clauseEnd, trigger + 20) && !RELATIVE.has(tokens[far].norm)) far++;
  for (let k = to; k < far; k++) {
    if (inYear(tokens, k) && isPastYear(tokens, k, articleYear)) return tokens[k].norm;
    // "seized Goma ... in lightning offensives early last year".
    if (tokens[k].norm === 'last' && LONG_UNITS.has(tokens[k + 1]?.norm ?? '') && k + 1 < far)
      return `last ${tokens[k + 1].norm}`;
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (k < trigger && inSubjectRelative(tokens, k, trigger, clauseFirst)) continue;
    // "مع الحزب الحاكم منذ 2002": the span and its year say how long another noun has been so.
    if (is(t, SINCE) && qualifiesLaterNoun(tokens, trigger, k)) {
      k++;
      continue;
    }
    if (k + 1 >= clauseEnd) {
      if (isPastYear(tokens, k, articleYear)) return t.norm;
      continue;
    }
    if (
      is(t, SINCE) &&
      k + 1 < clauseEnd &&
      (next.isNumber || is(next, PAST_SPAN) || is(next, MONTHS)) &&
      !anniversary(tokens, k) &&
      !firstSince(tokens, k, clauseFirst)
    )
      return `${t.norm} ${next.norm}`;
    if (is(t, MONTHS) && k + 1 < clauseEnd && LAST.has(next.norm)) return `${t.norm} ${next.norm}`;
    if (LONG_UNITS.has(t.norm) && k + 1 < clauseEnd && LAST.has(next.norm)) return `${t.norm} ${next.norm}`;
    if (t.norm === 'last' && k + 1 < clauseEnd && LONG_UNITS.has(next.norm)) return `last ${next.norm}`;
    if (isPastYear(tokens, k, articleYear)) return t.norm;
    for (const p of EN_PAST) if (phraseAt(tokens, k, p, clauseEnd)) return p.join(' ');
  }
  return null;
}

/** The words of `phrase` stand at tokens k, k + 1, … inside the clause. */
function phraseAt(tokens: Token[], k: number, phrase: readonly string[], clauseEnd: number): boolean {
  for (let i = 0; i < phrase.length; i++) if (k + i >= clauseEnd || tokens[k + i]?.norm !== phrase[i]) return false;
  return true;
}

/** "والذي تطلب", "التي تمنع وترفض": a relative pronoun with و before the verb, or a verb coordinated with و to the
 * verb right after a relative pronoun. */
const isRelative = (t: Token) => AR_RELATIVE.has(t.norm) || (/^و/.test(t.norm) && AR_RELATIVE.has(t.norm.slice(1)));

function relativeWithConjunction(tokens: Token[], trigger: number, clauseFirst: number): boolean {
  const prev = tokens[trigger - 1];
  if (isRelative(prev)) return true;
  return (
    trigger - 2 >= clauseFirst &&
    /^و[يت]/.test(tokens[trigger].norm) &&
    /^[يت]/.test(prev.norm) &&
    isRelative(tokens[trigger - 2])
  );
}

/** "الاتفاق الذي أبرمته", "المناطق التي سيطروا عليها": a verb right after a relative pronoun describes a thing
 * the article mentions, not the happening it reports (unless the clause names a recent day). */
function relativeVerb(
  tokens: Token[],
  trigger: number,
  clauseFirst: number,
  clauseEnd: number,
  nameEnds: Set<number>,
): string | null {
  const prev = tokens[trigger - 1];
  if (!prev || trigger - 1 < clauseFirst || !tokens[trigger].isArabic) return null;
  if (!AR_RELATIVE.has(prev.norm) && !relativeWithConjunction(tokens, trigger, clauseFirst)) return null;
  // "التحالف الذي شن 15 غارة", "تدمر التي انسحب منها": a relative clause about a named actor or place reports.
  if (nameEnds.has(trigger - 1) || nameEnds.has(trigger - 2)) return null;
  // "التنظيم الذي فرض حظرا للتجوال": a definite noun standing for an armed group named before reports as its name does
  // when its verb is past; "التنظيم الذي يسيطر على المدينة" (present) describes the group.
  if (trigger >= 2 && groupAnaphorPast(tokens[trigger - 2], tokens[trigger])) return null;
  for (let k = clauseFirst; k < clauseEnd; k++) if (RECENT.has(tokens[k].norm)) return null;
  return prev.norm;
}

/** Why the trigger at token `trigger` is background or intention, or null when it reads as a reported happening. */
export function backgroundCue(
  tokens: Token[],
  trigger: number,
  clause: { first: number; end: number; stretchFirst?: number },
  sentenceFirst: number,
  articleYear: number | null,
  nameEnds: Set<number> = new Set(),
  articleMonth: number | null = null,
): string | null {
  const plu = pluperfect(tokens, trigger, clause.first, clause.end, sentenceFirst);
  if (plu) return `pluperfect:${plu}`;
  const rel = relativeVerb(tokens, trigger, clause.first, clause.end, nameEnds);
  if (rel) return `relative:${rel}`;
  if (relativeBackdrop(tokens, trigger, clause.first, clause.end)) return 'relative:backdrop';
  if (relativeAside(tokens, trigger, clause.end)) return 'relative:aside';
  if (!tokens[trigger].isArabic && originAside(tokens, trigger, sentenceFirst)) return 'relative:origin';
  for (let k = trigger - 1; k >= Math.max(clause.first, trigger - 4); k--) {
    if (is(tokens[k], ALREADY) && alreadyFrame(tokens, k)) return `already:${tokens[k].norm}`;
    if (INTENT.has(tokens[k].norm) && !insideClosedAside(tokens, k, trigger)) return `intent:${tokens[k].norm}`;
  }
  const hoped = hopedClause(tokens, trigger, clause.first);
  if (hoped) return hoped;
  const scheduled = scheduledClause(tokens, trigger, clause.first);
  if (scheduled) return scheduled;
  const generic = genericCue(tokens, trigger, clause);
  if (generic) return generic;
  const past =
    pastTime(tokens, trigger, clause.first, clause.end, articleYear, clause.stretchFirst) ??
    pastPhrase(tokens, trigger, clause, articleMonth) ??
    openingPast(tokens, trigger, clause, sentenceFirst, articleMonth, articleYear) ??
    pastEntryDate(tokens, sentenceFirst, articleYear);
  if (past) return `past:${past}`;
  const dated = pastFullDate(tokens, trigger, clause, articleYear, articleMonth);
  if (dated) return `past:${dated}`;
  return fearedClause(tokens, trigger, clause.first);
}

/** True when the sentence is a question (ends with ? or ؟). */
export function isQuestion(sentenceText: string): boolean {
  return /[?؟]\s*["»”']?\s*$/.test(sentenceText);
}
