// Arabic casualty words that name a part of the dead rather than a toll: "وكان من بين القتلى أحد قادته", "وبين
// الضحايا كبير القساوسة". The toll was given before; the people named after the word are among it.
import type { Token } from '../../text/tokenize';

/** Words before بين that make it "among": "من بين القتلى", "وكان بين القتلى". */
const AMONG_LEADS = new Set(['من', 'ومن', 'كان', 'وكان']);

/** "من بين القتلى أحد قادته": the Arabic casualty word at k follows "من بين" / "وبين", so it counts no one itself. */
export function amongTheDead(tokens: Token[], k: number): boolean {
  if (!tokens[k].isArabic) return false;
  const before = tokens[k - 1]?.norm;
  return before === 'وبين' || (before === 'بين' && AMONG_LEADS.has(tokens[k - 2]?.norm ?? ''));
}
