// English places that only qualify a person's office: "Zamfara police spokesman Yazid Abubakar confirmed the
// attack", "Punjab Information Minister Azma Bokhari denied that any protesters were arrested", "prosecutors detained
// Beylikduzu mayor Mehmet Ozkan". The place names whom the official speaks for or what he runs, not where the
// happening was (scene-places.ts drops it wherever it stands; off-scene-places.ts reads only a speaker after the
// trigger, "…, Kaduna state police spokesman Mansir Hassan said").
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** Heads of an office title whose holder is then named: "police spokesman", "mayor", "Information Minister". */
const OFFICES = foldedSet([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'governor',
  'mayor',
  'minister',
  'official',
  'commissioner',
  'commander',
  'chief',
  'prosecutor',
  'administrator',
  'lawmaker',
  'legislator',
  'senator',
]);
/** Words an office may carry between the place and its head: "state police spokesman", "regional security chief". */
const OFFICE_WORDS = foldedSet([
  'state',
  'province',
  'provincial',
  'region',
  'regional',
  'county',
  'district',
  'city',
  'municipal',
  'local',
  'deputy',
  'police',
  'security',
  'army',
  'military',
  'health',
  'information',
  'interior',
  'home',
  'finance',
  'foreign',
  'defence',
  'defense',
  'education',
]);
/** Verbs of speaking right after the office, when the holder goes unnamed: "Hiiraan regional official told". */
const SPEECH = foldedSet(['said', 'says', 'told', 'added', 'confirmed', 'denied']);
/** Words of a title after the place: "Punjab Information Minister" (3 with the head). */
const TITLE_REACH = 4;

const capitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}\p{Ll}/u.test(t.surface);

/** "Zamfara police spokesman Yazid Abubakar", "Beylikduzu mayor Mehmet Ozkan": an English place run straight (spaces
 * only) into an office title whose holder is named next, or that speaks next, qualifies the office, not the scene —
 * unless the holder's own act is the trigger ("Kano State Governor Abba Yusuf imposed a curfew": his state is where). */
export function isOfficeTitle(text: string, tokens: Token[], p: Span<PlaceLike>, triggerFirst: number): boolean {
  if (tokens[p.first]?.isArabic) return false;
  let head = -1;
  for (let k = p.end; k < tokens.length && k < p.end + TITLE_REACH; k++) {
    if (text.slice(tokens[k - 1].end, tokens[k].start) !== ' ') break;
    if (OFFICES.has(tokens[k].norm)) head = k;
    else if (!OFFICE_WORDS.has(tokens[k].norm)) break;
  }
  if (head < 0) return false;
  const next = tokens[head + 1];
  if (!next || text.slice(tokens[head].end, next.start) !== ' ') return false;
  if (SPEECH.has(next.norm)) return true;
  // The holder's name, not a word of what follows ("the governor Monday"): two capitalised words in a row.
  if (!capitalised(next) || !capitalised(tokens[head + 2])) return false;
  let end = head + 3;
  while (end < tokens.length && capitalised(tokens[end]) && text.slice(tokens[end - 1].end, tokens[end].start) === ' ')
    end++;
  return triggerFirst < p.first || triggerFirst > end;
}
