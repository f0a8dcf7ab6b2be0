// Person patterns for names not in the dictionary: a title (العميد, وزير الخارجية, Foreign Minister, Gen.), an
// optional country adjective, then 1–4 name words; or a common Arabic first name followed by more name words.
import { cliticVariants, type KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import type { ActorRef } from './actor.types';
import { longestPhrase, type Span } from './find-actors';

const NAME_LINKS = new Set([
  'بن',
  'ابن',
  'ابو',
  'عبد',
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'van',
  'von',
  'ould',
  'abd',
]);

function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end <= 2 && /^[ \u00a0-]*$/.test(text.slice(a.end, b.start));
}

/** Name words from token j: Arabic words not in the stop list, or capitalised Latin words (with al/bin links). */
function nameRun(text: string, tokens: Token[], j: number, store: ActorStore, arabic: boolean): number {
  let n = 0;
  while (n < 4 && j + n < tokens.length) {
    const t = tokens[j + n];
    if (n > 0 && !adjacent(text, tokens[j + n - 1], t)) break;
    if (t.arabic !== arabic) break;
    if (arabic) {
      if (store.nameStop.has(t.key) || store.titles.byKey.has(t.key) || store.gentilics.has(t.key)) break;
      // A name never starts where an organisation does (المنسق العام للهيئة العليا…): leave that to the dictionary.
      if (n === 0 && cliticVariants(t.key).some((v) => isOrganisationAt(text, tokens, j, v.key, store))) break;
      if (n === 0 && t.key.startsWith('لل')) break;
    } else if (!t.cap && !(NAME_LINKS.has(t.key) && n > 0)) break;
    n++;
  }
  while (n > 0 && NAME_LINKS.has(tokens[j + n - 1].key)) n--;
  return n;
}

function isOrganisationAt(text: string, tokens: Token[], j: number, first: string, store: ActorStore): boolean {
  const hit = longestPhrase(text, tokens, j, first, store.actors);
  return hit !== null && hit[1].kind !== 'person';
}

/** `key` is normalizeKey(name), joined from the token keys (names are separated by spaces or hyphens only). */
function personRef(store: ActorStore, name: string, key: string, country: string | null): ActorRef {
  const known = store.actors.byKey.get(key);
  if (known?.kind === 'person') return known;
  return { id: `person:${key}`, name, kind: 'person', country };
}

function keyOf(tokens: Token[], from: number, to: number, first?: string): string {
  let key = first ?? tokens[from].key;
  for (let k = from + 1; k < to; k++) key += ' ' + tokens[k].key;
  return key;
}

export function matchPerson(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): (Span & { skip: number }) | null {
  const t = tokens[i];
  let j = i;
  let country: string | null = null;
  let weak = false;
  let skip = 0;
  let titled = false;
  if (!t.arabic && (t.cap || t.upper) && store.gentilics.has(t.key)) {
    country = store.gentilics.get(t.key) ?? null;
    j++;
  }
  for (const v of t.arabic ? vars[i] : j < tokens.length ? vars[j] : []) {
    const title = j < tokens.length ? longestPhrase(text, tokens, j, v.key, store.titles) : null;
    if (!title) continue;
    if (!t.arabic && !tokens[j].cap) continue;
    titled = true;
    weak = title[1];
    skip = v.skip;
    j += title[0];
    break;
  }
  if (!titled) {
    if (!t.arabic) return null;
    const v = vars[i].find((x) => store.firstNames.has(x.key));
    if (!v) return null;
    const n = nameRun(text, tokens, i + 1, store, true);
    if (n < 1) return null;
    const name = text.slice(offsetOfStart(text, t, v.skip), tokens[i + n].end);
    return {
      next: i + 1 + n,
      end: tokens[i + n].end,
      actor: personRef(store, name, keyOf(tokens, i, i + 1 + n, v.key), null),
      skip: v.skip,
    };
  }
  if (t.arabic && j < tokens.length && store.gentilics.has(tokens[j].key)) {
    country = store.gentilics.get(tokens[j].key) ?? null;
    j++;
  }
  const n =
    j < tokens.length && adjacent(text, tokens[j - 1], tokens[j]) ? nameRun(text, tokens, j, store, t.arabic) : 0;
  if (n < (weak ? 2 : 1)) return null;
  const name = text.slice(tokens[j].start, tokens[j + n - 1].end);
  return {
    next: j + n,
    end: tokens[j + n - 1].end,
    actor: personRef(store, name, keyOf(tokens, j, j + n), country),
    skip,
  };
}

function offsetOfStart(text: string, t: Token, skip: number): number {
  if (!skip) return t.start;
  let produced = 0;
  for (let k = t.start; k < t.end; k++) {
    if (produced >= skip) return k;
    if (!/[\u064B-\u065F\u0670\u0640]/.test(text[k])) produced++;
  }
  return t.end;
}
