// "أعلن عباس أنه ينوي التوجه إلى المحكمة ردا على مقتل طفل في حريق أضرمه مستوطنون، واصفا ما حصل بأنه جريمة حرب":
// the judgment a participle of judging (واصفا, معتبرا) opens is the act of the sentence's speaker, the participle's
// subject, not of a name inside the clause it follows.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { sentenceSpeaker } from '../clause/shared-subject';

const JUDGING_PARTICIPLES = new Set(
  ['واصفا', 'واصفة', 'واصفين', 'معتبرا', 'معتبرة', 'معتبرين'].flatMap((w) => [foldWord(w), foldWord('و' + w)]),
);
const REACH = 4;

/** The speaker of the sentence when a participle of judging stands within a few words before the trigger (which
 * is not the participle itself), or null. */
export function judgingParticipleSpeaker(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  let at = -1;
  for (let k = trigger.first - 1; k >= Math.max(sentenceFirst, trigger.first - REACH); k--)
    if (JUDGING_PARTICIPLES.has(tokens[k].norm.replace(/ً$/, ''))) {
      at = k;
      break;
    }
  if (at < 0) return null;
  const speaker = sentenceSpeaker(tokens, actors, trigger, sentenceFirst);
  return speaker && speaker.end <= at ? speaker : null;
}
