// Capital metonyms (Juba = South Sudan): accepted only when the capital stands alone, not inside a longer
// capitalised name (Middle Juba) nor before a place head (Juba region, Juba River).
import type { Token } from '../gazetteer/tokenize';
import type { Span } from './phrase-match';

/** A capital as its state (Juba = South Sudan) only when it stands alone: not inside a longer capitalised name
 * (Middle Juba) nor before a place head (Juba region, Juba River). */
const CAPITAL_TAILS = new Set([
  'region',
  'river',
  'valley',
  'state',
  'province',
  'district',
  'county',
  'street',
  'gate',
]);

/** False when the one-token state match at i is a capital that is part of a longer name or a place's name. */
export function capitalMetonymOk(text: string, tokens: Token[], i: number, m: Span): boolean {
  if (m.actor.kind !== 'state' || m.next !== i + 1) return true;
  const t = tokens[i];
  if (t.arabic) return true;
  const next = tokens[i + 1];
  if (next && !next.arabic && CAPITAL_TAILS.has(next.key) && next.start - t.end <= 1) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.arabic || !prev.cap || prev.upper || t.start - prev.end !== 1 || text[prev.end] !== ' ')
    return true;
  // A capitalised word right before, that does not start a sentence: part of a longer name.
  return /[.!?\n]\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start)) || prev.start === 0;
}
