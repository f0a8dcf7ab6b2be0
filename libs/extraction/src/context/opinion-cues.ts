// Opinion columns and essays: the writer argues ("لماذا نظن...؟!", "we must") and attributes nothing to anyone
// (no "قال / أعلن / بحسب / said / according to"). Their events are analysis or background (codebook: not events).
import type { Token } from '../text/tokenize';
import { RANK_UNSET } from '../text/tokenize';
import { AR_WEEKDAYS } from '../dates/weekday-names';
import { foldedSet, hasWord, wordSet } from '../text/word-sets';
import { opensWithNewsLead } from './news-lead';

const REPORTING = wordSet(
  'قال قالت أعلن أعلنت أفاد أفادت ذكر ذكرت أوضح أوضحت أكد أكدت أضاف أضافت صرح صرحت بحسب وفقا مصادر مصدر بيان ' +
    'وكالة المتحدث مراسل said says told according statement spokesman spokeswoman reported added announced',
);
const FIRST_PERSON = wordSet('أنا نحن إننا إنني لنا علينا أعتقد أظن برأيي لماذا فلماذا ألسنا i we our my me us why');

// Days that date an Arabic report ("أمس", "اليوم", a weekday). A long Arabic piece that names none of them and
// attributes almost nothing is an essay (a biography, a social column, an analysis) even when it never says "I" or
// asks. (English agency and UN reports date by "11 May" and are left to the argued-piece test.)
const NEWS_DAYS = foldedSet(['أمس', 'اليوم', 'الليلة', ...AR_WEEKDAYS]);
const ESSAY_WORDS = 230;

// Words of fighting as it is reported: a roundup of clashes, shelling and raids ("كما دارت اشتباكات … بينما قصف
// الطيران …") may attribute once and name no day, like a column, yet is a string of happenings. Columns about
// terrorism argue with "الإرهاب" and "داعش", not with these: in the train-day corpus no piece the tests below call
// opinion holds more than 3 of them per 100 words except such a roundup (7.5).
const FIGHTING = wordSet(
  'اشتباك اشتباكات قصف غارة غارات قذيفة قذائف قتلى جرحى مقتل انفجار تفجير هجوم الطيران استهدف استهدفت ' +
    'مسلحين مسلحون',
);
const FIGHTING_PER_100 = 4;

const REPORTING_WORD = 1;
const VOICE_WORD = 2;
const DAY_WORD = 3;
const FIGHTING_WORD = 4;

/** Which list a word counts for, the first one winning (memoised per surface in the token's slots). */
function cueClass(t: Token): number {
  let k = t.slots.opinionClass;
  if (k === RANK_UNSET)
    t.slots.opinionClass = k = hasWord(t, REPORTING)
      ? REPORTING_WORD
      : hasWord(t, FIRST_PERSON)
        ? VOICE_WORD
        : hasWord(t, NEWS_DAYS)
          ? DAY_WORD
          : hasWord(t, FIGHTING)
            ? FIGHTING_WORD
            : 0;
  return k;
}

/** True for an undated Arabic essay: ≥ 230 words, mostly Arabic, under 0.3 reporting words per 100, no news day. */
function undatedEssay(total: number, arabic: number, reporting: number, days: number): boolean {
  return total >= ESSAY_WORDS && arabic * 2 > total && reporting * 1000 < total * 3 && days === 0;
}

// A column may name a day or two ("أمس" in passing) yet attribute almost nothing and count almost nothing: reports
// quote someone or give figures (tolls, dates, sums) every few lines.
const COLUMN_WORDS = 300;
const COLUMN_DAYS = 2;

/** True for a quiet Arabic column: ≥ 300 words, mostly Arabic, under 0.5 reporting words and under 2 numbers per 100
 * words, and at most two news days. */
function quietColumn(total: number, arabic: number, reporting: number, days: number, numbers: number): boolean {
  return (
    total >= COLUMN_WORDS &&
    arabic * 2 > total &&
    reporting * 200 < total &&
    numbers * 50 < total &&
    days <= COLUMN_DAYS
  );
}

/** True for an undated essay, a quiet column, or an argued piece: ≥ 100 words, under 0.5 reporting words per 100,
 * and ≥ 6 first-person words, question or exclamation marks. Never for a roundup of fighting (≥ 4 such words per
 * 100). */
export function isOpinion(text: string, tokens: Token[]): boolean {
  let total = 0;
  let reporting = 0;
  let voice = 0;
  let days = 0;
  let arabic = 0;
  let numbers = 0;
  let fighting = 0;
  for (const t of tokens) {
    if (t.isNumber) {
      numbers++;
      continue;
    }
    total++;
    if (t.isArabic) arabic++;
    const k = cueClass(t);
    if (k === REPORTING_WORD) reporting++;
    else if (k === VOICE_WORD) voice++;
    else if (k === DAY_WORD) days++;
    else if (k === FIGHTING_WORD) fighting++;
  }
  if (fighting * 100 >= total * FIGHTING_PER_100) return false;
  // A report of record that quotes nobody and names no day is still a report (news-lead.ts).
  if (
    (undatedEssay(total, arabic, reporting, days) || quietColumn(total, arabic, reporting, days, numbers)) &&
    !opensWithNewsLead(tokens)
  )
    return true;
  if (total < 100 || reporting * 200 >= total) return false;
  const marks = text.match(/[!؟?]/g)?.length ?? 0;
  return voice + marks >= 6;
}
