// Arabic persons without a known first name whose office follows them after a comma ("دعا عز الدين الأصبحي، وزير
// حقوق الإنسان اليمني، ..."): the apposed title proves the words before it are a name.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import { findPlaces } from '../gazetteer/find-places';
import { nameRun } from './name-run';
import { keyOf, personRef } from './person-ref';
import { longestPhrase, type Span } from './phrase-match';

/** A comma (، or ,) after token i + 1, i + 2 or i + 3, where a name of two to four words from token i ends: scanned
 * in place, no slices. */
function commaSoon(text: string, tokens: Token[], i: number): boolean {
  const to = Math.min(tokens.length - 1, i + 4);
  for (let k = i + 1; k < to; k++)
    for (let c = tokens[k].end; c < tokens[k + 1].start; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 0x060c || ch === 0x2c) return true;
    }
  return false;
}

/** Some reading of token k opens a title (a loop, not .some with an arrow: an arrow over titledAfterComma's
 * parameters made every call, run for most Arabic words, allocate a context). */
function titleAt(text: string, tokens: Token[], vs: KeyVariant[], k: number, store: ActorStore): boolean {
  for (const v of vs) if (longestPhrase(text, tokens, k, v.key, store.titles)) return true;
  return false;
}

/** A name of two to four words at token i followed by a comma and a title, or null. */
export function titledAfterComma(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): (Span & { skip: number }) | null {
  const t = tokens[i];
  // Cheap look-ahead first (characters next to the token, no dictionary probe): a comma where a name can end.
  if (!t.arabic || t.key.startsWith('ال') || !commaSoon(text, tokens, i)) return null;
  if (store.actors.byKey.has(t.key)) return null;
  const n = nameRun(text, tokens, i, store, true);
  if (n < 2) return null;
  const last = tokens[i + n - 1];
  const title = tokens[i + n];
  if (!title?.arabic || !/^\s*[،,]\s*$/.test(text.slice(last.end, title.start))) return null;
  if (!titleAt(text, tokens, vars[i + n], i + n, store)) return null;
  const name = text.slice(t.start, last.end);
  // "في مدينة عدن القديمة، وزير": a place before the comma, not a name.
  if (findPlaces(name).length > 0) return null;
  return { next: i + n, end: last.end, actor: personRef(store, name, keyOf(tokens, i, i + n), null), skip: 0 };
}
