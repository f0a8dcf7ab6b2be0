// "Paul Flores, the singer of the band, was shot dead", "he was killed": an English death verb in the singular
// passive names one dead person even when no figure or counted noun stands next to it (a name, a pronoun, or a
// noun phrase broken off by an aside).
import type { Token } from '../../text/tokenize';

const SINGULAR_AUX = new Set(['was']);
/** Words that may stand between the auxiliary and the verb: "was reportedly killed", "was later shot dead"; not
 * "nearly" or "almost", which tell of someone who lived. */
const BETWEEN = /^(?:reportedly|allegedly|apparently|later|also|then|fatally|brutally)$/;

/** The index of the first word of the English killing verb whose death word is at k, or -1. */
function verbStart(tokens: Token[], k: number): number {
  const t = tokens[k].norm;
  if (t === 'killed') return k;
  if (t === 'dead' && /^(?:shot|gunned)$/.test(tokens[k - 1]?.norm ?? '')) return k - 1;
  const beaten = /^(?:stabbed|beaten|hacked|burned|burnt|clubbed|stoned|tortured|crushed|shot)$/;
  if (t === 'death' && tokens[k - 1]?.norm === 'to' && beaten.test(tokens[k - 2]?.norm ?? '')) return k - 2;
  return -1;
}

/** 1 when the death word at k closes a singular passive ("was killed", "was shot dead"), else null. */
export function englishPassiveOne(tokens: Token[], k: number, from: number): number | null {
  if (tokens[k].isArabic) return null;
  const verb = verbStart(tokens, k);
  if (verb < 0) return null;
  let j = verb - 1;
  if (j >= from && BETWEEN.test(tokens[j].norm)) j--;
  return j >= from && SINGULAR_AUX.has(tokens[j].norm) ? 1 : null;
}
