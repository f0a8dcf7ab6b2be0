// "وقّع بعض الجماعات الليبية على اتفاق مبدئي، ولكن طرفاً رئيساً من برلمان موازٍ في العاصمة طرابلس لم يشارك",
// "police detained 14 people, but protests went on in Belgrade": a ", but" opens a contrasting statement, and the
// places named after it are that statement's, not the happening told before it.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { PlaceLike, Span } from './assemble.types';

const COMMA = /[،,]/;
const CONTRAST = new Set(['لكن', 'ولكن', 'لكنه', 'ولكنه', 'لكنها', 'ولكنها', 'لكنهم', 'ولكنهم', 'but'].map(foldWord));

/** The place lies after the trigger, beyond a ", but" / "، ولكن" that stands between them. */
export function beyondContrast(text: string, tokens: Token[], p: Span<PlaceLike>, triggerEnd: number): boolean {
  for (let k = Math.max(triggerEnd, 1); k < p.first; k++) {
    if (!CONTRAST.has(tokens[k].norm)) continue;
    if (COMMA.test(text.slice(tokens[k - 1].end, tokens[k].start))) return true;
  }
  return false;
}
