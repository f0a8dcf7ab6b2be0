// "\"We call on the international community not to leave the Afghan people alone,\" Mujahid told a news
// conference": a statement quoted first is the speaker's named after the closing quote. Its own subject is a
// pronoun ("We", "I") or nothing, so the clause names nobody; the speaker does.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { insideQuotes } from '../inside-quotes';

const CLOSING_QUOTE = /["”]/;
const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated']);
/** Words from the closing quote to the speech verb: the speaker's title, name and apposition. */
const SPEAKER_REACH = 12;

/** The speaker named after the closing quote of the quotation that holds the trigger, or null:
 * '"…," X said', '"…," the coordinator, X, said', '"…," said X'. */
export function quoteSpeaker(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
  sentenceEnd: number,
): Span<ActorLike> | null {
  const at = tokens[trigger.first];
  // The quotation may open sentences before: '"We urgently need tents. We call on …," Mujahid told'.
  if (at.isArabic || !insideQuotes(text, text.lastIndexOf('\n', at.start) + 1, at.start)) return null;
  let close = -1;
  for (let k = Math.max(sentenceFirst + 1, trigger.end); k < sentenceEnd; k++)
    if (CLOSING_QUOTE.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
      close = k;
      break;
    }
  if (close < trigger.end) return null;
  if (SPEECH.has(tokens[close].norm)) return actors.find((x) => x.first === close + 1) ?? null;
  for (let j = close + 1; j < Math.min(sentenceEnd, close + SPEAKER_REACH); j++) {
    if (!SPEECH.has(tokens[j].norm)) continue;
    const before = actors.filter((x) => x.first >= close && x.end <= j);
    return before.length ? before[before.length - 1] : null;
  }
  return null;
}
