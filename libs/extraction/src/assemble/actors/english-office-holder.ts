// "The U.N. special envoy for Yemen met Houthi leaders", "ASEAN's special envoy on Myanmar met the junta chief": a
// state after "for"/"on"/"to" that follows an office noun right before the verb names the office's remit, not who
// acts. The office holder acts, and speaks for the body named before the office noun ("U.N.", "ASEAN's"), if any.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const OFFICE_NOUNS =
  /^(?:envoys?|ambassadors?|representatives?|coordinators?|commissioners?|rapporteurs?|mediators?|negotiators?)$/;
const REMIT_WORDS = new Set(['for', 'on', 'to']);
// how many words the remit may take ("for the Horn of Africa") and how many modifiers ("special", "top", "'s")
// may stand between the body and the office noun
const MAX_REMIT = 5;
const MAX_BODY_GAP = 3;
const BREAK = /[.;:!?\n"“”(),—–]/;

export interface OfficeRemit {
  /** Token index of the office noun: candidates after it name the remit. */
  office: number;
  /** The body the office holder speaks for, when named before the office noun. */
  body: Span<ActorLike> | null;
}

/** The office whose remit phrase ends right before the verb trigger ("envoy for Yemen met"), with its body among
 * `before` (nearest first); null when no office noun and remit word precede the verb. */
export function officeRemit(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  before: Span<ActorLike>[],
): OfficeRemit | null {
  if (trigger.spec.voice !== 'verb') return null;
  const gap = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start);
  // "U.N. special envoy": the dot of an initialism does not end the phrase.
  const modifiers = (a: number, b: number) =>
    /^[A-Z]$/.test(tokens[a].surface) ? gap(a, b).replace(/^\./, '') : gap(a, b);
  for (let k = trigger.first - 1; k >= 1 && trigger.first - k <= MAX_REMIT; k--) {
    if (BREAK.test(gap(k, k + 1))) return null;
    if (!REMIT_WORDS.has(tokens[k].norm)) continue;
    const office = k - 1;
    if (!OFFICE_NOUNS.test(tokens[office].norm) || BREAK.test(gap(office, k))) return null;
    const body =
      before.find(
        (b) => b.end <= office && office - b.end <= MAX_BODY_GAP && !BREAK.test(modifiers(b.end - 1, office)),
      ) ?? null;
    return { office, body };
  }
  return null;
}
