// Arabic chains happenings with a comma and و: "… في عام 1995، وهددوه مباشرة بالقتل", "… شرق الرمادي، وقصف الجيش
// أحياء في الفلوجة". Which word opens such a conjoined stretch, read by the place stage (places/conjoined-clause.ts)
// and by the background filter (a past time before the comma does not date the verb that opens the stretch).
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';

const COMMA = /[،,]/;
/** و-words after a comma that go on with the same happening or list rather than open a new one: prepositions
 * ("، وفي إدلب"), "وذلك في …", pronouns of apposition, and nouns that merely start with و. */
const NOT_CLAUSE = new Set(
  [
    'وفي',
    'وعلى',
    'ومن',
    'والى',
    'وإلى',
    'وعن',
    'وقرب',
    'وبالقرب',
    'وذلك',
    'وهو',
    'وهي',
    'وهم',
    'وسط',
    'وفق',
    'وفقا',
    'وزير',
    'وزاره',
    'وكاله',
    'ولايه',
    'وادي',
    'وحده',
  ].map(foldWord),
);

/** The gap between token k-1 and token k holds a comma. */
export const commaBefore = (text: string, tokens: Token[], k: number): boolean =>
  k > 0 && COMMA.test(text.slice(tokens[k - 1].end, tokens[k].start));

/** How far after the ", و" word the happening's trigger may start: "، وشن الطيران غارات", "، وتم إيقاف". */
export const OPENER_REACH = 3;

/** Token k is an Arabic ", و<word>" that may open a conjoined clause: not a definite noun, a preposition or one of
 * the nouns and pronouns above. */
export function conjoinedOpener(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.isArabic || !commaBefore(text, tokens, k)) return false;
  return t.norm.startsWith('و') && !t.norm.startsWith('وال') && t.norm.length >= 3 && !NOT_CLAUSE.has(t.norm);
}
