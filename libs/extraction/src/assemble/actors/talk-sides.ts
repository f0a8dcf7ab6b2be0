// "بعد اتصال هاتفي بين الرئيس الأمريكي باراك أوباما والتركي رجب طيب أردوغان", "محادثات بين وزيري خارجية
// البلدين": a meeting or call noun that names its parties after بين has no idafa doer; the first named party is
// its actor (the codebook takes either side of a reciprocal meeting), as the first side is of a clash.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { betweenWordAt } from './between-word';

const SENTENCE_BREAK = /[.؟?!؛;:«»"]/;
// A few words may qualify the noun before بين: "اتصال هاتفي بين", "مباحثات مطولة جرت أمس بين".
const REACH = 5;

/** The first party a CONSULT noun names right after بين, or null. */
export function talkSide(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  if (trigger.spec.type !== 'CONSULT' || trigger.spec.voice !== 'noun') return null;
  const k = betweenWordAt(text, tokens, trigger.end, Math.min(clauseEnd, trigger.end + REACH), SENTENCE_BREAK, 'بين');
  return k < 0 ? null : (actors.find((a) => a.first === k + 1) ?? null);
}
