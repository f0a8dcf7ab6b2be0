// "انتزعت المقاومة الشعبية آخر حصون المتمردين ... بعد معارك شرسة", "وتصدت القوات للهجوم بعد اشتباكات استمرت ست
// ساعات": a fight named after بعد/إثر/عقب, with no doer of its own, is what the clause's opening subject went through
// to do the clause's act; that armed subject fought it, not the nearest name (often the side it beat).
import { foldWord, type Token } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';

const AFTER = new Set(['بعد', 'إثر', 'اثر', 'عقب'].map(foldWord));
const ARMED = new Set(['military', 'police', 'armed_group', 'rebels', 'militia']);

/** The armed subject that opens the clause of a masdar governed by "بعد", or null. `before` holds the clause's
 * names before the trigger, nearest first. */
export function subjectBeforeFight(
  tokens: Token[],
  trigger: TriggerMatch,
  before: Span<ActorLike>[],
  clauseFirst: number,
  subj: (a: Span<ActorLike>) => boolean,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'noun' || !AFTER.has(tokens[trigger.first - 1]?.norm ?? '')) return null;
  const opening = before.at(-1);
  if (!opening || opening.first - clauseFirst > 3 || !ARMED.has(opening.value.kind) || !subj(opening)) return null;
  return opening;
}
