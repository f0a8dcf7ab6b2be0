// Shared pieces of the person patterns: name words joined by spaces or hyphens, the key of a token run, and the
// person reference of a name (the dictionary person when the name is known).
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import type { ActorRef } from './actor.types';

/** True when `b` follows `a` after at most two spaces or no-break spaces, or a bare hyphen (جان-مارك). A hyphen
 * next to a space is a parenthetical dash ("نفى X -نائب رئيس الوزراء- توقف الحملة"): the name ended before it. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return b.start - a.end <= 2 && (/^[ \u00a0]*$/.test(gap) || gap === '-');
}

/** `key` is normalizeKey(name), joined from the token keys (names are separated by spaces or hyphens only). */
export function personRef(store: ActorStore, name: string, key: string, country: string | null): ActorRef {
  const known = store.actors.byKey.get(key);
  if (known?.kind === 'person') return known;
  return { id: `person:${key}`, name, kind: 'person', country };
}

/** The key of tokens [from, to), the first read as `first` when given. */
export function keyOf(tokens: Token[], from: number, to: number, first?: string): string {
  let key = first ?? tokens[from].key;
  for (let k = from + 1; k < to; k++) key += ' ' + tokens[k].key;
  return key;
}
