// A spokesman speaks for his body: "محمد عبد السلام، الناطق باسم الحوثيين، هدد ...", "أعلن المتحدث باسم الجيش
// اللبناني العميد فلان مقتل ...". The news (and the annotators) credit what he announces, denies or threatens to the
// body he speaks for, so a named spokesman chosen as the actor gives way to the dictionary body his title names.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { ActorLike, Span } from '../assemble.types';

const SPOKESMEN = foldedSet(['المتحدث', 'الناطق', 'متحدث', 'ناطق']);
// "المتحدث الرسمي باسم", "الناطق الإعلامي باسم", "المتحدث العسكري باسم": the adjective of the office.
const OFFICE_ADJECTIVES = foldedSet(['الرسمي', 'الاعلامي', 'العسكري', 'رسمي']);
const ON_BEHALF = foldedSet(['باسم']);
// Titles and ranks between the body and the name that follows it: "المتحدث باسم الجيش العميد فلان".
const RANKS = foldedSet(['العميد', 'اللواء', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الفريق', 'المستشار', 'الدكتور']);

const isBody = (a: Span<ActorLike>) => a.value.kind !== 'person' && !a.value.id.startsWith('text:');

/** Token index after "المتحدث (الرسمي) باسم" starting at k, or -1. */
function afterTitle(tokens: Token[], k: number): number {
  if (!SPOKESMEN.has(tokens[k]?.norm ?? '')) return -1;
  k++;
  if (OFFICE_ADJECTIVES.has(tokens[k]?.norm ?? '')) k++;
  return ON_BEHALF.has(tokens[k]?.norm ?? '') ? k + 1 : -1;
}

/** The body a person actor speaks for when he is apposed to a spokesman's title ("X، الناطق باسم Y" or
 * "المتحدث باسم Y (الرتبة) X"), or null. */
export function spokesmanBody(tokens: Token[], actors: Span<ActorLike>[], a: Span<ActorLike>): Span<ActorLike> | null {
  if (a.value.kind !== 'person') return null;
  // "X، الناطق باسم Y": the title right after the name.
  const k = afterTitle(tokens, a.end);
  if (k >= 0) return actors.find((b) => b.first === k && isBody(b)) ?? null;
  // "المتحدث باسم Y العميد X": the body, then at most one rank, right before the name.
  let e = a.first;
  if (RANKS.has(tokens[e - 1]?.norm ?? '')) e--;
  const body = actors.find((b) => b.end === e && isBody(b));
  if (!body) return null;
  for (let s = Math.max(0, body.first - 3); s < body.first; s++) if (afterTitle(tokens, s) === body.first) return body;
  return null;
}

/** English spokesman titles that open a person mention: "Kenyan police spokesman Muchiri Nyaga". */
const EN_SPOKESMEN = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** "Kenyan police spokesman Muchiri Nyaga said 20 people were arrested": the dictionary body named right before an
 * English spokesman's title, for a physical happening he reports (he arrested no one; his police did), or null. */
export function englishSpokesmanBody(
  tokens: Token[],
  actors: Span<ActorLike>[],
  a: Span<ActorLike>,
): Span<ActorLike> | null {
  if (a.value.kind !== 'person' || tokens[a.first]?.isArabic) return null;
  const title = EN_SPOKESMEN.has(tokens[a.first]?.norm ?? '')
    ? a.first
    : EN_SPOKESMEN.has(tokens[a.first - 1]?.norm ?? '')
      ? a.first - 1
      : -1;
  if (title < 0) return null;
  return actors.find((b) => b.end === title && isBody(b)) ?? null;
}
