// Phrase matching over tokens: the longest dictionary phrase starting at a token, with its tokens joined by a
// space, hyphen or no-break space only; shared by findActors and the person patterns.
import type { Token } from '../gazetteer/tokenize';
import type { PhraseIndex } from './actor-store';
import type { ActorRef } from './actor.types';

export interface Span {
  /** Token index after the match. */
  next: number;
  end: number;
  actor: ActorRef;
}

/** True when `right` follows `left` after at most two spaces, hyphens or no-break spaces. */
export function joined(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end > 2) return false;
  // "U.S. forces", "U.N. envoy": the dot after a one-letter token is part of an initialism, not a stop.
  const initial = left.end - left.start === 1 && /[A-Z]/.test(text[left.start]) && text[left.end] === '.';
  for (let i = left.end; i < right.start; i++)
    if (text[i] !== ' ' && text[i] !== '-' && text[i] !== '\u00a0' && !(initial && i === left.end)) return false;
  return true;
}

/** Longest phrase of `idx` starting at token i whose first token reads as `first`; returns the token count. */
export function longestPhrase<T>(
  text: string,
  tokens: Token[],
  i: number,
  first: string,
  idx: PhraseIndex<T>,
): [number, T] | null {
  const maxN = idx.firstToken.get(first);
  if (!maxN) return null;
  if (maxN === 1) {
    const hit = idx.byKey.get(first);
    return hit === undefined ? null : [1, hit];
  }
  // Keys grow one token at a time; the longest hit wins, so remember it instead of storing every prefix.
  let key = first;
  let found: [number, T] | null = null;
  const one = idx.byKey.get(first);
  if (one !== undefined) found = [1, one];
  // A word that no phrase holds past its first word ends the growth before a longer key is built and looked up.
  for (let n = 1; n < maxN && i + n < tokens.length; n++) {
    if (!idx.laterTokens.has(tokens[i + n].key) || !joined(text, tokens[i + n - 1], tokens[i + n])) break;
    key = key + ' ' + tokens[i + n].key;
    const hit = idx.byKey.get(key);
    if (hit !== undefined) found = [n + 1, hit];
  }
  return found;
}

/** The key of the n tokens from i, the first read as `first` (a clitic-stripped variant). */
export function keyAt(tokens: Token[], i: number, n: number, first: string): string {
  let key = first;
  for (let k = i + 1; k < i + n; k++) key += ' ' + tokens[k].key;
  return key;
}
