// Attaches casualty and size counts to a clause: numbers next to death words (قتلى، استشهد، مقتل، killed) and
// injury words (جرحى، أصيب، wounded); "ارتفع عدد الشهداء إلى 5" reads 5; "استشهد شخص" reads 1; a figure after
// بينهم / including is a subset and never overrides the total; years, percentages and durations are not counts.
import { countInNoun, readNumbers, type NumberMention } from '../numbers/read-numbers';
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';

const set = (words: string[]) => new Set(words.map(foldWord));

const DEATH = set([
  'قتلى',
  'قتيل',
  'قتيلا',
  'قتيلين',
  'قتيلان',
  'شهيد',
  'شهيدا',
  'شهداء',
  'شهيدين',
  'استشهد',
  'استشهدت',
  'استشهدوا',
  'استشهاد',
  'مقتل',
  'قتل',
  'قتلوا',
  'مصرع',
  'حتفه',
  'حتفهم',
  'حتفها',
  'حتفهما',
  'مصرعه',
  'مصرعهم',
  'وفاة',
  'توفي',
  'توفيت',
  'ضحايا',
  'جثث',
  'جثة',
  'اعدام',
  'اعدم',
  'killed',
  'dead',
  'died',
  'deaths',
  'death',
  'killing',
  'fatalities',
  'lives',
  'bodies',
  'executed',
  'toll',
]);
const INJURY = set([
  'جرحى',
  'جريح',
  'جريحا',
  'جريحين',
  'اصابة',
  'اصابات',
  'اصيب',
  'اصيبت',
  'اصيبوا',
  'مصاب',
  'مصابين',
  'مصابا',
  'بجروح',
  'بجراح',
  'جروح',
  'جراح',
  'اصابه',
  'wounded',
  'injured',
  'injuring',
  'injuries',
  'hurt',
  'wounding',
]);
const SUBSET = set(['بينهم', 'منهم', 'بينهن', 'بينهما', 'including', 'among']);
const NOT_PEOPLE_AFTER = set([
  'ساعه',
  'ساعات',
  'يوم',
  'ايام',
  'يوما',
  'اسبوع',
  'اسابيع',
  'شهر',
  'اشهر',
  'شهرا',
  'عام',
  'عاما',
  'اعوام',
  'سنه',
  'سنوات',
  'سنة',
  'دقيقه',
  'دقائق',
  'كيلومتر',
  'كيلومترات',
  'كم',
  'متر',
  'مترا',
  'امتار',
  'بالمئه',
  'بالمائه',
  'في المئه',
  'دولار',
  'ريال',
  'مليار',
  'جهات',
  'اتجاهات',
  'طن',
  'اطنان',
  'قذائف',
  'صواريخ',
  'غارات',
  'غاره',
  'مرات',
  'منازل',
  'hours',
  'hour',
  'days',
  'day',
  'weeks',
  'years',
  'year',
  'months',
  'minutes',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'percent',
  'dollars',
  'tons',
  'times',
  'rockets',
  'shells',
  'airstrikes',
  'homes',
  'houses',
]);
const PEOPLE = set([
  'شخص',
  'شخصا',
  'اشخاص',
  'جندي',
  'جنديا',
  'جنود',
  'عنصر',
  'عناصر',
  'مقاتل',
  'مقاتلا',
  'مقاتلين',
  'مسلح',
  'مسلحا',
  'مسلحين',
  'متظاهر',
  'متظاهرا',
  'متظاهرين',
  'مدني',
  'مدنيا',
  'مدنيين',
  'مواطن',
  'مواطنا',
  'مواطنين',
  'طفل',
  'طفلا',
  'اطفال',
  'امراه',
  'نساء',
  'لاجي',
  'لاجيا',
  'لاجيين',
  'نازح',
  'نازحين',
  'معتقل',
  'معتقلين',
  'سجين',
  'سجينا',
  'سجناء',
  'اسير',
  'اسرى',
  'people',
  'persons',
  'soldiers',
  'troops',
  'fighters',
  'militants',
  'protesters',
  'demonstrators',
  'civilians',
  'children',
  'women',
  'men',
  'prisoners',
  'detainees',
  'refugees',
  'members',
  'policemen',
  'officers',
  'rebels',
  'gunmen',
  'personnel',
]);
const TOLL_WORDS = set(['الي', 'to']);

export interface ClauseCounts {
  killed: number | null;
  injured: number | null;
  size: number | null;
  cues: string[];
}

const has = (t: Token | undefined, words: Set<string>) =>
  !!t && (words.has(t.norm) || t.stems.some((s) => words.has(s)));

// "عشرات القتلى", "dozens were killed": a size, not a toll; the codebook counts only given numbers.
const VAGUE = set(['عشرات', 'مئات', 'الاف', 'dozens', 'scores', 'hundreds', 'thousands', 'tens']);

function isCountable(tokens: Token[], n: NumberMention): boolean {
  const next = tokens[n.end];
  if (has(next, NOT_PEOPLE_AFTER)) return false;
  if (tokens[n.first].isNumber && n.value >= 1900 && n.value <= 2100 && !has(next, PEOPLE)) return false;
  if (next && next.start - tokens[n.end - 1].end <= 1 && /%|٪/.test(next.surface)) return false;
  const before = tokens[n.first - 1];
  if (has(before, SUBSET) || has(tokens[n.first - 2], SUBSET)) return false;
  return true;
}

function cueBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (has(tokens[j], DEATH) || has(tokens[j], INJURY)) return true;
  return false;
}

function isVague(tokens: Token[], n: NumberMention): boolean {
  for (let k = n.first; k < n.end; k++) if (has(tokens[k], VAGUE)) return true;
  return false;
}

/** The count attached to the cue at token k: "5 قتلى", "مقتل 5", "killed 12", "12 people were killed", "toll rose to 5". */
function countNear(tokens: Token[], numbers: NumberMention[], k: number, from: number, to: number): number | null {
  let best: { v: number; d: number } | null = null;
  for (const n of numbers) {
    if (n.first < from || n.end > to || !isCountable(tokens, n) || isVague(tokens, n)) continue;
    const after = n.first > k;
    const d = after ? n.first - k : k - (n.end - 1);
    const limit = after ? 3 : 4;
    // "killed 5 and 30 wounded": a figure after a conjunction belongs to the next cue.
    if (after && ['and', 'و', 'or', 'او'].includes(tokens[n.first - 1]?.norm ?? '')) continue;
    // "لقي 7 مصرعهم وأصيب 54": another casualty word between the cue and the figure owns the figure.
    if (cueBetween(tokens, after ? k + 1 : n.end, after ? n.first : k)) continue;
    if (d <= limit && (!best || d < best.d)) best = { v: n.value, d };
  }
  if (best) return best.v;
  // عدد الشهداء ... إلى 5 / the death toll rose to 5: a figure after إلى/to within the next dozen tokens.
  for (const n of numbers) {
    if (n.first <= k || n.first - k > 12 || n.end > to) continue;
    if (has(tokens[n.first - 1], TOLL_WORDS) && isCountable(tokens, n) && !isVague(tokens, n)) return n.value;
  }
  // A singular or dual people noun right after the cue: استشهد شخص = 1, قتل طفلان = 2, a soldier was killed.
  for (const j of tokens[k].isArabic ? [k + 1] : [k - 1, k - 2, k - 3]) {
    if (j < from || j >= to) continue;
    const t = tokens[j];
    // "استشهد الشاب", "مقتل الجندي": a definite singular is one named person.
    const c =
      countInNoun(t) ?? (t.isArabic && t.norm.startsWith('ال') ? countInNoun({ ...t, norm: t.norm.slice(2) }) : null);
    if (c !== null && !has(tokens[j - 1], SUBSET) && !tokens[j - 1]?.isNumber) return c;
  }
  return null;
}

/** Reads killed / injured / size counts in tokens [from, to) (one clause). */
export function readCounts(tokens: Token[], from: number, to: number, sizeAnchor: number | null = null): ClauseCounts {
  const numbers = readNumbers(tokens.slice(from, to)).map((n) => ({ ...n, first: n.first + from, end: n.end + from }));
  let killed: number | null = null;
  let injured: number | null = null;
  const cues: string[] = [];
  for (let k = from; k < to; k++) {
    const isDeath = has(tokens[k], DEATH);
    const isInjury = !isDeath && has(tokens[k], INJURY);
    if (!isDeath && !isInjury) continue;
    const v = countNear(tokens, numbers, k, from, to);
    if (v === null) continue;
    cues.push(tokens[k].norm);
    if (isDeath) killed = Math.max(killed ?? 0, v);
    else injured = Math.max(injured ?? 0, v);
  }
  let size: number | null = null;
  if (sizeAnchor !== null) {
    for (const n of numbers) {
      const near = Math.abs(n.first - sizeAnchor) <= 6;
      if (near && isCountable(tokens, n) && (has(tokens[n.end], PEOPLE) || has(tokens[n.end + 1], PEOPLE))) {
        size = n.value;
        break;
      }
    }
  }
  return { killed, injured, size, cues };
}
