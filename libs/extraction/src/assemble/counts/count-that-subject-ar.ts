// "إن العضو البارز … والقيادي في جماعة خراسان محسن الفضلي قتل في ضربة جوية", "ويعتقد أن الرجل قتل في المواجهات":
// after إن / أن a definite singular person noun opens the subject, and the singular death verb that agrees with it,
// followed at once by where, when or how ("في", "خلال", "برصاص"), is passive: one dead. A verb with an object after
// it is active ("أن الجندي قتل ثلاثة"), and armed nouns name the killer ("أن المسلح قتل"), so neither counts.
import { foldWord, type Token } from '../../text/tokenize';

const THAT = new Set(['إن', 'أن', 'ان', 'بأن', 'وأن', 'وإن'].map(foldWord));
const KILLERS = new Set(['المسلح', 'الانتحاري', 'المهاجم', 'القناص', 'القاتل', 'الجاني'].map(foldWord));
const SINGULAR_KILLED = new Set(['قتل', 'قتلت'].map(foldWord));
const PASSIVE_NEXT = new Set(
  ['في', 'خلال', 'إثر', 'اثر', 'جراء', 'برصاص', 'بنيران', 'بغارة', 'بقصف', 'بانفجار', 'أمس', 'امس'].map(foldWord),
);
// Relatives and verbs of saying end the subject: what follows is another clause.
const STOPS = new Set(['الذي', 'التي', 'الذين', 'والذي', 'والتي', 'قال', 'قالت'].map(foldWord));
const REACH = 15;

/** One when the death word at k is "قتل" told of the definite person noun that opens an إن / أن clause before it. */
export function thatDefiniteOneDied(
  tokens: Token[],
  k: number,
  from: number,
  isCue: (t: Token) => boolean,
  countOf: (t: Token) => number | null,
): boolean {
  const next = tokens[k + 1];
  if (!SINGULAR_KILLED.has(tokens[k].norm) || !next || !PASSIVE_NEXT.has(next.norm)) return false;
  for (let j = k - 1; j >= Math.max(from, k - REACH); j--) {
    if (tokens[j].isNumber || isCue(tokens[j]) || STOPS.has(tokens[j].norm)) return false;
    if (!THAT.has(tokens[j].norm)) continue;
    const subject = tokens[j + 1];
    return j + 1 < k && subject.norm.startsWith('ال') && countOf(subject) === 1 && !KILLERS.has(subject.norm);
  }
  return false;
}
