// "وقّع بعض الجماعات الليبية على اتفاق مبدئي، ولكن طرفاً رئيساً من برلمان موازٍ في العاصمة طرابلس لم يشارك",
// "police detained 14 people, but protests went on in Belgrade": a ", but" opens a contrasting statement, and the
// places named after it are that statement's, not the happening told before it.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

const COMMA = /[،,]/;
const CONTRAST = new Set(['لكن', 'ولكن', 'لكنه', 'ولكنه', 'لكنها', 'ولكنها', 'لكنهم', 'ولكنهم', 'but'].map(foldWord));

/** English ", as <clause>" opens a happening timed against this one ("…, as a blockade brought the capital Bamako to
 * a standstill"); "as" opening a phrase instead (", as well as", ", as part of", ", as expected") does not. */
const AS = foldWord('as');
const AS_PHRASE = new Set(
  [
    'well',
    'part',
    'of',
    'such',
    'soon',
    'long',
    'far',
    'much',
    'many',
    'expected',
    'usual',
    'planned',
    'agreed',
    'reported',
    'if',
    'though',
    'in',
    'per',
  ].map(foldWord),
);

const ARTICLE = new Set(['a', 'an'].map(foldWord));
const AS_NOUN = new Set(
  [
    'result',
    'precaution',
    'act',
    'form',
    'sign',
    'warning',
    'means',
    'way',
    'consequence',
    'reprisal',
    'punishment',
    'protest',
    'gesture',
  ].map(foldWord),
);

/** ", as" followed by the start of a clause rather than a fixed phrase. */
function opensTimedClause(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k].norm !== AS || !next || AS_PHRASE.has(next.norm)) return false;
  // ", as a result", ", as a precaution", ", as an act of revenge": a phrase about this happening.
  return !(ARTICLE.has(next.norm) && AS_NOUN.has(tokens[k + 2]?.norm ?? ''));
}

/** The place lies after the trigger, beyond a ", but" / "، ولكن" (or an English ", as <clause>") between them. */
export function beyondContrast(text: string, tokens: Token[], p: Span<PlaceLike>, triggerEnd: number): boolean {
  for (let k = Math.max(triggerEnd, 1); k < p.first; k++) {
    if (!CONTRAST.has(tokens[k].norm) && !opensTimedClause(tokens, k)) continue;
    if (COMMA.test(text.slice(tokens[k - 1].end, tokens[k].start))) return true;
  }
  return false;
}
