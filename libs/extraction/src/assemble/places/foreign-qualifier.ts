// An Arabic town or district that the place named right after it puts in ANOTHER country is a homonym the gazetteer
// read wrongly: "حي الخالدية في حلب" is Aleppo's quarter, not Iraq's Khalidiya. The qualifying place is the scene.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { AR_COMPASS_WORDS } from '../../text/compass-words';

const SPECIFIC: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district']);
/** How many words may stand between the place and the one qualifying it. */
const REACH = 3;
/** Words that may join a place to the one containing it: "في", "بمدينة", "شمال", "التابعة لمحافظة". */
const LINK = new Set(
  [
    'في',
    'ب',
    'مدينه',
    'محافظه',
    'ريف',
    'قضاء',
    'ناحيه',
    'منطقه',
    'العاصمه',
    ...AR_COMPASS_WORDS,
    'وسط',
    'التابعه',
    'التابع',
    'الواقعه',
    'الواقع',
  ].map(foldWord),
);
/** A link word, bare or with ب/ل glued on ("بمدينة", "لمحافظة"). */
const isLink = (t: Token): boolean =>
  t.isArabic && (LINK.has(t.norm) || (/^[بل]/.test(t.norm) && LINK.has(t.norm.slice(1))));

/** The place right after `choice`, joined to it only by link words, that puts it in another country. */
export function foreignQualifier(
  tokens: Token[],
  choice: Span<PlaceLike>,
  places: Span<PlaceLike>[],
): Span<PlaceLike> | null {
  if (!SPECIFIC.has(choice.value.kind) || !choice.value.country || !tokens[choice.first]?.isArabic) return null;
  const next = places
    .filter((q) => q.first >= choice.end && q.first - choice.end <= REACH)
    .sort((a, b) => a.first - b.first)[0];
  if (!next?.value.country || next.value.country === choice.value.country) return null;
  for (let k = choice.end; k < next.first; k++) if (!isLink(tokens[k])) return null;
  // "في الموصل وحلب": a conjunction glued to the next name lists a second place.
  const own = tokens[next.first];
  if (next.start > own.start && own.norm.startsWith('و')) return null;
  return next;
}
