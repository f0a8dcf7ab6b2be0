// English persons without a title: capitalised name words right before a verb of speech ("Babagana Zulum said").
import { getStore } from '../gazetteer/gazetteer-store';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import { ENGLISH_NON_NAME_WORDS, ENGLISH_SPEECH_VERBS } from './person-words.data';
import { adjacent, keyOf, personRef } from './person-ref';
import type { Span } from './phrase-match';

/** English person without a title: 2–3 capitalised name words right before a verb of speech ("Babagana Zulum
 * said"), none of them an organisation or place word, a country or its adjective. */
export function saidPerson(
  text: string,
  tokens: Token[],
  i: number,
  store: ActorStore,
): (Span & { skip: number }) | null {
  let n = 0;
  while (n < 3 && i + n < tokens.length) {
    const t = tokens[i + n];
    if (t.arabic || !t.cap || t.upper || (n > 0 && !adjacent(text, tokens[i + n - 1], t))) break;
    n++;
  }
  if (n < 2) return null;
  const verb = tokens[i + n];
  if (
    !verb ||
    !ENGLISH_SPEECH_VERBS.has(verb.key) ||
    !/^[ \u00a0]+$/.test(text.slice(tokens[i + n - 1].end, verb.start))
  )
    return null;
  for (let k = i; k < i + n; k++) {
    const key = tokens[k].key;
    if (ENGLISH_NON_NAME_WORDS.has(key) || store.gentilics.has(key) || store.titles.byKey.has(key)) return null;
    const known = store.actors.byKey.get(key);
    if (known && known.kind !== 'person') return null;
  }
  if (namesTown(keyOf(tokens, i, i + n))) return null;
  const end = tokens[i + n - 1].end;
  const name = text.slice(tokens[i].start, end);
  return { next: i + n, end, actor: personRef(store, name, keyOf(tokens, i, i + n), null), skip: 0 };
}

/** Population from which a place's full name outweighs a name-shaped reading before "said". */
const TOWN_POPULATION = 50000;

/** "Residents of El Fasher said": two capitalised words before "said" that are the whole name of a known city (or a
 * curated place) are that place, not a person. */
function namesTown(key: string): boolean {
  const candidates = getStore().byKey.get(key) ?? [];
  return candidates.some(
    (c) => !c.ambiguous && c.place.kind !== 'country' && (c.curated || c.place.population >= TOWN_POPULATION),
  );
}
