// Places a meeting or a deal is ABOUT, not where it is held: "discussed the situation in Gaza", "an agreement under
// which the SDF hands over Deir Hafer", "بحث الأوضاع في اليمن", "مباحثات حول سوريا". Talks and signings happen at a
// venue (a capital, a palace, the dateline city); the places of their agenda are elsewhere.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** Nouns whose "in/of X" complement is a subject of discussion: "the situation in", "الأوضاع في". */
const TOPIC_NOUN = foldedSet([
  'situation',
  'developments',
  'war',
  'crisis',
  'conflict',
  'future',
  'ceasefire',
  'truce',
  'reconstruction',
  'issue',
  'question',
  'file',
  'الاوضاع',
  'والاوضاع',
  'الوضع',
  'والوضع',
  'التطورات',
  'وتطورات',
  'تطورات',
  'الازمه',
  'ازمه',
  'الحرب',
  'ملف',
  'الملف',
  'قضيه',
  'مستقبل',
  'الاستقرار',
]);
/** Prepositions and purpose verbs that take the agenda of talks right after them ("on" is left out: "met him on
 * İmralı Island"): "talks over Syria", "met to discuss Yemen", "مباحثات حول اليمن", "بشأن ليبيا", "لبحث". */
const TOPIC_PREP = foldedSet([
  'over',
  'about',
  'regarding',
  'concerning',
  'discuss',
  'discussed',
  'حول',
  'بشان',
  'ازاء',
  'تجاه',
  'عن',
  'لبحث',
  'لمناقشه',
]);
/** Words that may stand between a topic noun or preposition and the place: "the situation in the Gaza Strip". */
const TOPIC_LINK = foldedSet(['in', 'of', 'the', 'في', 'ب', 'داخل']);
/** Words that open the terms of a deal: every place after them is what the deal is about ("an agreement under which
 * the rebels leave X", "اتفاق يقضي بانسحاب المسلحين من X"). */
const CONTENT_OPENER = foldedSet(['whereby', 'بموجبه', 'بموجبها', 'يقضي', 'تقضي', 'ينص', 'تنص']);

/** The word governing the place, skipping at most two link words ("in", "the", "في"). */
function governorAt(tokens: Token[], p: Span<PlaceLike>, lowest: number): number {
  let k = p.first - 1;
  for (let skipped = 0; k >= lowest && skipped < 2 && TOPIC_LINK.has(tokens[k].norm); skipped++) k--;
  return k;
}

/** How far back from "and" the first conjunct's topic word may stand ("the situation in the Gaza Strip and"). */
const CONJUNCT_REACH = 6;

/** English "the situation in Gaza and the West Bank", "developments in Sudan and Libya": a place joined by "and" to
 * a topic's place is part of the same topic (the first conjunct's governor, within a few words before "and"). */
function conjoinedTopic(tokens: Token[], and: number, lowest: number): boolean {
  for (let k = and - 1; k >= Math.max(lowest, and - CONJUNCT_REACH); k--) {
    const w = tokens[k].norm;
    if (w === 'in' || w === 'of') return TOPIC_NOUN.has(tokens[k - 1]?.norm ?? '');
    if (TOPIC_PREP.has(w)) return true;
  }
  return false;
}

/** "the situation in Gaza", "talks on Syria", "الأوضاع في اليمن": the place completes a topic noun or preposition. */
function governedByTopic(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const k = governorAt(tokens, p, lowest);
  if (k < lowest) return false;
  const w = tokens[k].norm;
  if (TOPIC_NOUN.has(w) || TOPIC_PREP.has(w)) return true;
  if (w === 'and' && !tokens[k].isArabic && conjoinedTopic(tokens, k, lowest)) return true;
  // English "the Gaza ceasefire", "the Ukraine war": the place names the topic noun right after it.
  const next = tokens[p.end];
  return !!next && !next.isArabic && TOPIC_NOUN.has(next.norm);
}

/** A content opener stands between the trigger and the place: "signed a deal under which …". */
function afterContentOpener(tokens: Token[], p: Span<PlaceLike>, triggerEnd: number): boolean {
  for (let k = triggerEnd; k < p.first; k++) {
    const w = tokens[k].norm;
    if (CONTENT_OPENER.has(w)) return true;
    if (w === 'under' && tokens[k + 1]?.norm === 'which') return true;
  }
  return false;
}

/** True when a meeting's or deal's place is only its subject matter. */
export function isVenueTopic(tokens: Token[], p: Span<PlaceLike>, lowest: number, triggerEnd: number): boolean {
  return governedByTopic(tokens, p, lowest) || (p.first >= triggerEnd && afterContentOpener(tokens, p, triggerEnd));
}
