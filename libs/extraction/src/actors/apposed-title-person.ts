// Arabic persons without a known first name whose office follows them after a comma ("دعا عز الدين الأصبحي، وزير
// حقوق الإنسان اليمني، ..."): the apposed title proves the words before it are a name.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import { findPlaces } from '../gazetteer/find-places';
import { nameRun } from './match-person';
import { keyOf, personRef } from './person-ref';
import { longestPhrase, type Span } from './phrase-match';

/** A comma (، or ,) between token i and token i + 4: scanned in place, no slices. */
function commaSoon(text: string, tokens: Token[], i: number): boolean {
  const to = Math.min(tokens.length - 1, i + 4);
  for (let k = i; k < to; k++)
    for (let c = tokens[k].end; c < tokens[k + 1].start; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 0x060c || ch === 0x2c) return true;
    }
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
  if (!t.arabic || t.key.startsWith('ال') || store.actors.byKey.has(t.key)) return null;
  // Cheap look-ahead first: a comma within the next four words.
  if (!commaSoon(text, tokens, i)) return null;
  const n = nameRun(text, tokens, i, store, true);
  if (n < 2) return null;
  const last = tokens[i + n - 1];
  const title = tokens[i + n];
  if (!title?.arabic || !/^\s*[،,]\s*$/.test(text.slice(last.end, title.start))) return null;
  if (!vars[i + n].some((v) => longestPhrase(text, tokens, i + n, v.key, store.titles))) return null;
  const name = text.slice(t.start, last.end);
  // "في مدينة عدن القديمة، وزير": a place before the comma, not a name.
  if (findPlaces(name).length > 0) return null;
  return { next: i + n, end: last.end, actor: personRef(store, name, keyOf(tokens, i, i + n), null), skip: 0 };
}
