// Arabic mastheads that are ordinary words: العربية is also the adjective "Arab" (الدول العربية, جامعة نايف
// العربية), الشرق الأوسط the region, الجزيرة the peninsula or an island, المسيرة a march, الأناضول Anatolia. Such a
// name is the outlet only where the text marks it as one: after an outlet noun (قناة، موقع، وكالة أنباء), inside
// quotes («الشرق الأوسط»), or after the tatweel lam or ba of a source (لـ الشرق الأوسط). English mastheads are
// capitalised names: a lower-case "guardian" is the word, not the paper.
import { normalizeKey } from '@marsad/contracts';
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { Span } from './phrase-match';

// "مراسل الشرق الأوسط" (a Middle East correspondent) and "أنباء الشرق الأوسط" (news of the region) are left out:
// only the outlet itself is named by these nouns; أنباء counts after وكالة ("وكالة أنباء الأناضول").
const OUTLET_NOUNS = new Set(
  ['قناة', 'قنوات', 'صحيفة', 'جريدة', 'مجلة', 'موقع', 'وكالة', 'تلفزيون', 'شبكة', 'فضائية', 'إذاعة'].map(normalizeKey),
);
const NEWS = normalizeKey('أنباء');
// Quote marks on both sides, of any shape: the press opens and closes them inconsistently ("« للجزيرة «").
const OPENING = /[«»"“”'{(]\s*$/;
const CLOSING = /^\s*[«»"“”'})]/;
// "“العربية.نت”": the web address of the outlet.
const DOMAIN = /^\.\s*(?:نت|net|com)(?!\p{L})/u;
// "لـ«الشرق الأوسط»", "خاص بـ الشرق الأوسط": the tatweel lam or ba of an interview's or a report's outlet.
const SOURCE_LAM = /[لب]\u0640+\s*$/;

/** True when the definite Arabic word at `start` is marked as an outlet's name by the words or marks around it. */
function markedOutlet(text: string, tokens: Token[], vars: KeyVariant[][], i: number, start: number, end: number) {
  const before = text.slice(Math.max(0, start - 4), start);
  if (SOURCE_LAM.test(before) || DOMAIN.test(text.slice(end, end + 6))) return true;
  // The quote may enclose a clitic too: «للجزيرة».
  if (
    OPENING.test(text.slice(Math.max(0, tokens[i].start - 3), tokens[i].start)) &&
    CLOSING.test(text.slice(end, end + 3))
  )
    return true;
  let k = i - 1;
  if (tokens[k]?.key === NEWS && vars[k - 1]?.some((v) => OUTLET_NOUNS.has(v.key))) k--;
  const prev = tokens[k];
  return !!prev?.arabic && tokens[k + 1].start - prev.end <= 2 && vars[k].some((v) => OUTLET_NOUNS.has(v.key));
}

/** False when the outlet match at i is an ordinary word here: a definite Arabic masthead left unmarked, or an
 * English masthead with no capital ("al-Masirah" keeps its M). `first` is the match's first key with its clitics
 * stripped, `start` where its surface starts. */
export function mastheadOk(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  m: Span,
  first: string,
  start: number,
): boolean {
  if (m.actor.kind !== 'media') return true;
  if (!tokens[i].arabic) return tokens.slice(i, m.next).some((t) => t.cap || t.upper);
  if (!first.startsWith('ال')) return true;
  // "العربية نت", "قناة الجزيرة" name the outlet themselves; only a masthead made of definite words is ambiguous.
  for (let k = i + 1; k < m.next; k++) if (!tokens[k].key.startsWith('ال')) return true;
  return markedOutlet(text, tokens, vars, i, start, m.end);
}
