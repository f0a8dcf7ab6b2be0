// More ways an Arabic or English clause dates a trigger to before the news: "في وقت سابق" (earlier, unless
// "today / yesterday" follows), "آنذاك / حينها / في حينه" (at that time), "الأشهر القليلة الماضية / الأسابيع
// الأخيرة / الآونة الأخيرة" (over the past months, lately), a month before the article's own month ("في أبريل" in
// a July story), and a conditional ("في حال وافق", "إذا", "لو") that describes no happening at all.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { hasWord } from '../text/word-sets';
import { foldedSet } from '../text/word-sets';
import { agoAt } from './ago-phrases';
import { isPastYearToken } from './past-year';

const THEN = foldedSet(['آنذاك', 'انذاك', 'حينذاك', 'وقتذاك', 'سابقا', 'سابقاً']);
const RECENT = foldedSet(['اليوم', 'امس', 'أمس', 'الليلة', 'صباح', 'مساء', 'today', 'yesterday']);
// "في الآونة الأخيرة" (lately): a span, like "the past months".
const SPANS = foldedSet([
  'الأشهر',
  'الشهور',
  'الأسابيع',
  'السنوات',
  'الأعوام',
  'العقود',
  'الآونة',
  'months',
  'years',
  'decades',
]);
const RECENTLY_PAST = foldedSet(['الماضية', 'الماضي', 'الأخيرة', 'المنصرمة', 'past', 'last']);
const FEW = foldedSet(['القليلة', 'few', 'several']);
const CONDITIONAL = foldedSet(['إذا', 'اذا', 'لو', 'ولو', 'وإذا', 'فإذا', 'unless']);
const MONTH_INDEX = new Map<string, number>(
  [
    ['يناير', 1],
    ['فبراير', 2],
    ['مارس', 3],
    ['أبريل', 4],
    ['ابريل', 4],
    ['مايو', 5],
    ['يونيو', 6],
    ['يوليو', 7],
    ['أغسطس', 8],
    ['سبتمبر', 9],
    ['أكتوبر', 10],
    ['نوفمبر', 11],
    ['ديسمبر', 12],
    ['شباط', 2],
    ['آذار', 3],
    ['نيسان', 4],
    ['أيار', 5],
    ['حزيران', 6],
    ['تموز', 7],
    ['january', 1],
    ['february', 2],
    ['march', 3],
    ['april', 4],
    ['june', 6],
    ['july', 7],
    ['august', 8],
    ['september', 9],
    ['october', 10],
    ['november', 11],
    ['december', 12],
  ].map(([w, m]) => [foldWord(String(w)), Number(m)]),
);
const MONTH_BEFORE = foldedSet([
  'في',
  'منذ',
  'خلال',
  'مطلع',
  'منتصف',
  'أواخر',
  'أوائل',
  'شهر',
  'in',
  'since',
  'during',
]);
const FUTURE_AFTER = foldedSet(['المقبل', 'القادم', 'next']);
// Constant words of pastPhrase, folded once rather than per token.
const HAL = foldWord('حال');
const HALA = foldWord('حالة');
const FI = foldWord('في');
const HINAH = foldWord('حينه');
const WAQT = foldWord('وقت');
const SABIQ = foldWord('سابق');

/** "في أبريل" (or "نيسان") in a story from a later month of the same year: a month already past. */
function pastMonth(tokens: Token[], k: number, articleMonth: number | null): boolean {
  const m = MONTH_INDEX.get(tokens[k].norm);
  if (!m || !articleMonth || m >= articleMonth) return false;
  const prev = tokens[k - 1];
  if (!prev || !(MONTH_BEFORE.has(prev.norm) || prev.stems.some((s) => MONTH_BEFORE.has(s)))) return false;
  // "أبريل (نيسان)", a day number or a year after it are fine; "المقبل" makes it the future.
  return !hasWord(tokens[k + 1], FUTURE_AFTER);
}

const OF = foldedSet(['من']);
const PERIODS = foldedSet(['العام', 'السنة', 'الشهر', 'عام', 'هذا', 'هذه', 'year', 'month']);

/** "(من) هذا العام", "من الشهر الجاري" right after "في وقت سابق": a period longer than the news cycle. */
export function earlierThisPeriod(tokens: Token[], k: number): boolean {
  const period = hasWord(tokens[k], OF) ? tokens[k + 1] : tokens[k];
  return hasWord(period, PERIODS) && !hasWord(period, RECENT);
}

/** A past-time or conditional phrase in [trigger-6, trigger+8) of the clause, or null. */
export function pastPhrase(
  tokens: Token[],
  trigger: number,
  clause: { first: number; end: number },
  articleMonth: number | null,
): string | null {
  for (let k = trigger - 1; k >= Math.max(clause.first, trigger - 4); k--) {
    if (CONDITIONAL.has(tokens[k].norm)) return `if:${tokens[k].norm}`;
    // "في حال" and "في حالة": in case.
    const inCase = tokens[k].norm === HAL || tokens[k].norm === HALA;
    if (inCase && tokens[k - 1]?.norm === FI) return 'if:في حال';
  }
  const from = Math.max(clause.first, trigger - 6);
  const to = Math.min(clause.end, trigger + 8);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (hasWord(t, THEN)) return `then:${t.norm}`;
    const ago = agoAt(tokens, k, trigger, clause);
    if (ago) return ago;
    if (t.norm === HINAH && tokens[k - 1]?.norm === FI) return 'then:في حينه';
    // "في وقت سابق من هذا العام" (earlier this year); a bare "في وقت سابق" is earlier in the same news cycle, as
    // in "وكانت السلطات قالت في وقت سابق إنها لن تسمح بمسيرة", and reports.
    if (t.norm === WAQT && next?.norm === SABIQ && earlierThisPeriod(tokens, k + 2)) return 'earlier';
    // English "earlier this year" ("expelled 12 diplomats earlier this year", "a package announced earlier this
    // year"): months before the news; "earlier this week" stays the news cycle.
    if (t.norm === 'earlier' && next?.norm === 'this' && tokens[k + 2]?.norm === 'year' && k + 2 < clause.end)
      return 'earlier';
    if (hasWord(t, SPANS)) {
      const a = k + 1 < clause.end ? next : undefined;
      const b = k + 2 < clause.end ? tokens[k + 2] : undefined;
      if (hasWord(a, RECENTLY_PAST) || (hasWord(a, FEW) && hasWord(b, RECENTLY_PAST))) return `span:${t.norm}`;
    }
    // English order: "over the past (few) months", "in the last two years".
    if (!t.isArabic && RECENTLY_PAST.has(t.norm) && k + 2 < clause.end) {
      const unit = hasWord(next, SPANS) ? next : tokens[k + 2];
      if (hasWord(unit, SPANS) && (unit === next || hasWord(next, FEW) || next.isNumber)) return `span:${unit.norm}`;
    }
    if (pastMonth(tokens, k, articleMonth) && !inRelativeClause(tokens, k, trigger, clause.first))
      return `month:${t.norm}`;
  }
  // English puts the date last: "signed a separate peace agreement in Washington in June".
  if (!tokens[trigger]?.isArabic)
    for (let k = trigger + 1; k < Math.min(clause.end, trigger + EN_MONTH_REACH); k++) {
      if (RELATIVE_WORDS.has(tokens[k].norm)) break;
      if (k >= to && pastMonth(tokens, k, articleMonth)) return `month:${tokens[k].norm}`;
    }
  return null;
}

/** English relative pronouns that open a clause about a noun before the trigger: "The journalist, who was arrested
 * in March, was released on Tuesday". Not "that" or "when", which also open the trigger's own time or complement
 * ("said that in March it had…", "when they met in March, they agreed"). */
const RELATIVE_BEFORE = new Set(['who', 'whose', 'which']);

/** The month at token k stands in an English relative clause of its own, between the trigger and it: "released the
 * journalist, who was arrested in March", "The journalist, who was arrested in March, was released". Its time is
 * the clause's, not the trigger's. Before the trigger the pronoun is looked for from the clause's start, as a long
 * relative clause opens well before the month: "a bank director who was kidnapped in Tripoli in August was released
 * on Thursday". */
function inRelativeClause(tokens: Token[], k: number, trigger: number, from: number): boolean {
  if (tokens[k].isArabic) return false;
  if (k > trigger) {
    for (let j = trigger + 1; j < k; j++) if (RELATIVE_WORDS.has(tokens[j].norm)) return true;
    return false;
  }
  for (let j = from; j < k; j++) if (RELATIVE_BEFORE.has(tokens[j].norm)) return true;
  return false;
}

/** How far after an English trigger a past month still dates it. */
const EN_MONTH_REACH = 14;
/** A relative clause after the trigger has times of its own. */
const RELATIVE_WORDS = new Set(['which', 'who', 'whose', 'that', 'when', 'where']);

const OPENING_WINDOW = 5;
const LAST_WORDS = foldedSet(['الماضي', 'الماضية', 'المنصرم', 'last']);
const YEAR_WORDS = foldedSet(['العام', 'السنة', 'year']);
// Words that put a year as the time of the sentence: "في عام 1964،", "وفي 1981", "مطلع 2011", "In 2010,". Not "منذ"
// (since 2011 runs up to the news).
const OPENING_YEAR_HEADS = foldedSet(['في', 'عام', 'العام', 'سنة', 'مطلع', 'نهاية', 'أواخر', 'أوائل', 'بداية', 'in']);

/** "في عام 1964، بعث الرئيس جونسون رسالة يهدد فيها", "وفي عام 1981 عاد ... وتعرض لاعتقالات": a year before the
 * article's own, after a word that makes it the sentence's time. */
function openingYear(tokens: Token[], k: number, articleYear: number | null): boolean {
  const t = tokens[k];
  if (!isPastYearToken(t, articleYear)) return false;
  // "Under a March 2023 security pact, Iraq agreed …": an English month naming the year's time.
  return (
    hasWord(tokens[k - 1], OPENING_YEAR_HEADS) ||
    (!!tokens[k - 1] && !tokens[k - 1].isArabic && MONTH_INDEX.has(tokens[k - 1].norm))
  );
}

/** "ففي منتصف يونيو قتل ...", "Last year, the army seized ...", "في عام 1964، بعث ...": a past time opening the
 * sentence (its first five words, the trigger's clause being the first) dates every trigger of that clause, however
 * far. */
export function openingPast(
  tokens: Token[],
  trigger: number,
  clause: { first: number; end: number },
  sentenceFirst: number,
  articleMonth: number | null,
  articleYear: number | null = null,
): string | null {
  if (clause.first !== sentenceFirst) return null;
  const to = Math.min(trigger, clause.end, sentenceFirst + OPENING_WINDOW);
  for (let k = sentenceFirst; k < to; k++) {
    if (pastMonth(tokens, k, articleMonth)) return `opening:${tokens[k].norm}`;
    if (k > sentenceFirst && openingYear(tokens, k, articleYear)) return `opening:${tokens[k].norm}`;
    const a = tokens[k];
    const b = tokens[k + 1];
    if (
      k + 1 < clause.end &&
      ((hasWord(a, YEAR_WORDS) && hasWord(b, LAST_WORDS)) || (a.norm === 'last' && b?.norm === 'year'))
    )
      return `opening:${a.norm} ${b.norm}`;
    // "Earlier this year, the two countries each expelled 12 diplomats".
    if (a.norm === 'earlier' && b?.norm === 'this' && tokens[k + 2]?.norm === 'year') return 'opening:earlier';
  }
  return null;
}
