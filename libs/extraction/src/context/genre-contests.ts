// Demands and accusations in an Arabic genre report. A society, culture or service report's calls, praise and
// greetings are courtesies, but a demand ("طالب المرضى إدارة المستشفى", "يطالبون بتطبيق") or an accusation ("اتهم
// الأب الجامعة بتغيير رغباتها") is one party pressing another: a contest the codebook counts. In a sports report
// demands and accusations are mostly club business (a coach demanding effort, players claiming a penalty, fans
// blaming a star), so there they stay only when a holder of state power makes them: prosecutors charging football
// officials, judicial authorities seeking their extradition.
import { foldWord } from '../text/tokenize';
import type { Genre } from './article-genre';

/** Trigger modes that are a contest rather than a courtesy. */
const CONTEST_MODES = new Set(['demand', 'accuse']);
/** Genres whose reports keep their contests whoever makes them. */
const CIVIC_GENRES = new Set<Genre>(['society', 'culture', 'services']);

/** Dictionary kinds that hold state power. A bare country is left out: in a sports report "المكسيك" is its team. */
const AUTHORITY_KINDS = new Set(['government', 'police', 'military', 'igo']);
/** Heads of an unlisted body of state power ("السلطات القضائية الأميركية", "النيابة العامة في ...", "وزارة العدل"). */
const AUTHORITY_HEADS = new Set(
  'السلطات سلطات النيابة نيابة الادعاء المدعي مدعي وزارة الوزارة المحكمة محكمة الحكومة حكومة الشرطة القضاء'
    .split(' ')
    .map(foldWord),
);

export type ContestVerdict = 'kept' | 'authority' | null;

/** How a demand or accusation in an Arabic genre report survives the genre filter: 'kept' in a society, culture or
 * service report; 'authority' (only when a holder of state power makes it) in a sports report; null otherwise. */
export function genreContest(genre: Genre, mode: string | null | undefined): ContestVerdict {
  if (!mode || !CONTEST_MODES.has(mode)) return null;
  if (CIVIC_GENRES.has(genre)) return 'kept';
  return genre === 'sports' ? 'authority' : null;
}

/** True when the actor is a government, police, army or intergovernmental body, or a name (a phrase read from
 * plain text, kind 'other') headed by such a body ("السلطات ...", "النيابة ...", "وزارة ..."). */
export function authorityActor(kind: string, surface: string): boolean {
  if (AUTHORITY_KINDS.has(kind)) return true;
  const head = foldWord(surface.trim().split(/\s+/)[0] ?? '');
  return AUTHORITY_HEADS.has(head) || (/^[وف]/.test(head) && AUTHORITY_HEADS.has(head.slice(1)));
}
