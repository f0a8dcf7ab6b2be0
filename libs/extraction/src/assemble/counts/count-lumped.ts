// Figures that count the dead together with the wounded or the captured: "سقط 250 شخصا بين قتيل وجريح", "خلف 15
// قتيلا وجريحا", "مقتل وإصابة 20 شخصا", "بين قتيل وأسير". Such a figure is neither a death toll nor an injury count
// (the codebook gives numbers for one fate only), so read-counts.ts keeps it from both casualty words.
import type { Token } from '../../text/tokenize';
import { has } from './count-parts';
import { set } from './count-words.data';

const BETWEEN = set(['بين']);

// Nouns and masdars only: finite verbs ("قتلوا وأصيب اثنان") each take their own subject and figure.
const DEATH_NOUNS = set(['قتيل', 'قتيلا', 'قتلى', 'مقتل', 'شهيد', 'شهيدا', 'شهداء', 'ضحايا', 'ضحية']);
/** Other fates a death noun can be lumped with: wounded, captured, missing, displaced. */
const OTHER_FATES = set([
  'جريح',
  'جريحا',
  'جرحى',
  'مصاب',
  'مصابا',
  'مصابين',
  'اصابة',
  'اصابات',
  'اسير',
  'اسيرا',
  'اسرى',
  'مفقود',
  'مفقودا',
  'مفقودين',
  'شريد',
]);

/** The word is "و" glued to one of the words ("وجريح", "والجرحى"), not a word that starts with و ("وفاة"). */
function joinedTo(t: Token | undefined, words: Set<string>): boolean {
  if (!t?.isArabic || !t.norm.startsWith('و') || t.norm.length < 4) return false;
  const rest = t.norm.slice(1);
  return words.has(rest) || (rest.startsWith('ال') && words.has(rest.slice(2)));
}

interface Figure {
  first: number;
  end: number;
}

/** The index of the pair's first word when the casualty word at k is one half of "قتيل وجريح" / "مقتل وإصابة" /
 * "جرحى وقتلى", else -1. */
function pairStart(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t?.isArabic) return -1;
  const death = has(t, DEATH_NOUNS);
  // The first half: a death word joined to another fate, or a wound word joined to a death word.
  if (death ? joinedTo(tokens[k + 1], OTHER_FATES) : joinedTo(tokens[k + 1], DEATH_NOUNS)) return k;
  // The second half: this word carries the و and the word before is the other fate.
  const prev = tokens[k - 1];
  if (!prev?.isArabic || prev.norm.startsWith('و')) return -1;
  const second = death
    ? joinedTo(t, DEATH_NOUNS) && has(prev, OTHER_FATES)
    : joinedTo(t, OTHER_FATES) && has(prev, DEATH_NOUNS);
  return second ? k - 1 : -1;
}

/** The casualty word at k counts two fates at once. "5 قتلى وإصابة 20" gives each word its own figure, so a pair
 * with a figure on both sides is two counts, not one. */
export function lumpedFate(tokens: Token[], figures: Figure[], k: number): boolean {
  const first = pairStart(tokens, k);
  if (first < 0) return false;
  const before = figures.some((n) => n.end <= first && first - n.end <= 3);
  const after = figures.some((n) => n.first > first + 1 && n.first - (first + 1) <= 2);
  // "بين قتيل وجريح" alone is a lump too; "سقوط قتيل وجريحين" without a figure counts each noun itself.
  return before || after ? !(before && after) : has(tokens[first - 1], BETWEEN);
}
