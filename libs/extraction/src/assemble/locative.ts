// Whether a mention is where something happens rather than who acts: a preposition or place noun in front of it
// ("في سوريا", "بمحافظة عمران", "in central Tripoli", "south of Damascus", "aid for Ukraine").
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { foldedSet, hasWord } from '../text/word-sets';
import { AR_COMPASS_WORDS, EN_COMPASS_WORDS } from '../text/compass-words';

const LOCATIVE = new Set(
  [
    'في',
    'الي',
    'نحو',
    'قرب',
    'داخل',
    ...AR_COMPASS_WORDS,
    'مدينه',
    'بلده',
    'قريه',
    'محافظه',
    'ولايه',
    'منطقه',
    'حي',
    'مخيم',
    'ريف',
    'من',
    'عبر',
    'ضواحي',
    'اطراف',
    'محيط',
    'العاصمه',
    'عاصمه',
    'in',
    'at',
    'near',
    'to',
    'into',
    'across',
    // "marched through Beirut": a route is where the march happened, not the government it names.
    'through',
    'throughout',
    'outside',
    'from',
    'inside',
    'around',
    'city',
    'town',
    'village',
    'province',
    'capital',
  ].map(foldWord),
);

/** English position words between a preposition and a name: "in central Tripoli", "in the occupied West Bank". */
const EN_POSITION = new Set(
  [
    'central',
    'northern',
    'southern',
    'eastern',
    'western',
    'northeastern',
    'northwestern',
    'southeastern',
    'southwestern',
    'north',
    'south',
    'east',
    'west',
    'downtown',
    'rural',
    'occupied',
    'neighbouring',
    'neighboring',
    'the',
  ].map(foldWord),
);
/** English heads of "of" that place what follows: "south of Damascus", "the outskirts of Khiam", "the city of X". */
const EN_OF_HEADS = new Set(
  [
    ...EN_COMPASS_WORDS,
    'outskirts',
    'suburbs',
    'suburb',
    'centre',
    'center',
    'heart',
    'edge',
    'parts',
    'countryside',
    'city',
    'town',
    'village',
    'province',
    'region',
    'governorate',
    'district',
    'capital',
    'port',
    // "took to the streets of Caracas": the city whose streets are marched through is the scene, not its government.
    'streets',
  ].map(foldWord),
);

const CAPITAL = new Set(['العاصمه', 'بالعاصمه', 'للعاصمه', 'والعاصمه', 'عاصمه'].map(foldWord));

/** English verbs of serving or standing for a side: the country after their "for" is the side, not a place. */
const SERVING = /^(?:spying|spied|spy|working|worked|fighting|fought|campaigning|voting|voted|collaborating|lobbying)$/;

/** Nouns that name a settlement or district before its name ("منطقة الزيارة", "مديرية حيس"). */
export const AR_SETTLEMENT_NOUNS = foldedSet([
  'منطقة',
  'بلدة',
  'قرية',
  'مدينة',
  'حي',
  'ناحية',
  'مديرية',
  'قضاء',
  'مخيم',
]);
/** Place nouns that keep their locative reading behind a glued و, ف or ب: settlements, provinces, countryside. */
// "مواقع للحوثيين بالعاصمة صنعاء": the capital noun with a glued ب or و is a place noun too (bare العاصمة is in
// LOCATIVE), so the capital after it is the scene, not the government it would otherwise name.
const PLACE_NOUNS = new Set([...AR_SETTLEMENT_NOUNS, ...foldedSet(['محافظة', 'ولاية', 'ريف', 'العاصمة', 'عاصمة'])]);

/** True when a preposition or place noun precedes the span (or is glued on as ب/في): "في سوريا", "بحلب". */
export function isLocative(tokens: Token[], first: number, start: number): boolean {
  const prev = tokens[first - 1];
  if (prev && LOCATIVE.has(prev.norm)) return true;
  // "بمحافظة عمران", "ومديرية حيس": a place noun with a glued preposition or conjunction.
  if (prev?.isArabic && /^[وفب]/.test(prev.norm) && hasWord(prev, PLACE_NOUNS)) return true;
  // "aid for Ukraine", "a deposit for Pakistan": the country a thing is for is where it goes.
  // Not after a verb of serving: "convicted of spying for Israel", "working for Russia".
  if (
    prev?.norm === 'for' &&
    tokens[first - 2]?.norm !== 'responsibility' &&
    !SERVING.test(tokens[first - 2]?.norm ?? '')
  )
    return true;
  if (prev && !prev.isArabic) {
    // "in central Tripoli", "in the occupied West Bank", "south of Damascus", "the outskirts of Khiam".
    let k = first - 1;
    while (k >= first - 2 && k >= 0 && EN_POSITION.has(tokens[k].norm)) k--;
    if (k < first - 1 && k >= 0 && LOCATIVE.has(tokens[k].norm)) return true;
    if (prev.norm === 'of' && EN_OF_HEADS.has(tokens[first - 2]?.norm ?? '')) return true;
  }
  // "العاصمة الإيرانية طهران", "the Iranian capital Tehran": an adjective between the capital word and the name.
  if (prev && CAPITAL.has(tokens[first - 2]?.norm ?? '') && /(?:يه|ي|an|i|ese)$/.test(prev.norm)) return true;
  // A preposition glued to the name (بحلب, وفي) shows as a clitic before the mention start inside its token.
  const own = tokens[first];
  // لليمن: ل + the article's ل (ال loses its alif after ل).
  return !!own && own.start < start && /^[وف]?(?:[بل]|لل)$/.test(own.norm.slice(0, start - own.start));
}
