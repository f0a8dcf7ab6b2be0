// "قالت وزارة الداخلية في البحرين إن السلطات أحبطت محاولة لتهريب أسلحة": a ministry or police force reporting what
// "the authorities" did speaks of itself and its own state. The plain word names nobody the reader can tell apart;
// the institution that made the statement is the doer the news means.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const AUTHORITIES = foldWord('السلطات');
const STATE_BODIES = new Set(['government', 'police']);

/** True when the mention is the bare word السلطات (a glued و or ف allowed), read from text or as a bare institution. */
function bareAuthorities(tokens: Token[], a: Span<ActorLike>): boolean {
  return a.end - a.first === 1 && tokens[a.first].norm.replace(/^[وف](?=ال)/, '') === AUTHORITIES;
}

/** The speaker standing for "السلطات" in its statement: a government or police body of the same state (when the
 * bare word was resolved to one), or null. */
export function reportingAuthority(
  tokens: Token[],
  actor: Span<ActorLike> | null,
  speaker: Span<ActorLike> | null,
): Span<ActorLike> | null {
  if (!actor || !speaker || speaker === actor || speaker.end > actor.first) return null;
  if (!bareAuthorities(tokens, actor) || !STATE_BODIES.has(speaker.value.kind) || !speaker.value.country) return null;
  return !actor.value.country || actor.value.country === speaker.value.country ? speaker : null;
}
