// Arabic proclitics (و ف ب ل ك and their combinations) glue onto names: بمدينة, لتدمر, وحلب, بالغوطة. A token is
// looked up as written, then with each proclitic prefix removed; لل is ل + ال with the alef dropped.

/** Variants are pure functions of the key: memoised across calls (callers must not mutate them, except for the
 * per-store fact caches, which are themselves pure functions of the key and the store). */
const MEMO_LIMIT = 150000;
/** Bounded (a news vocabulary is ~100k keys; 2,000 articles hold ~86k): rare words come and go. */
const memo = new Map<string, KeyVariant[]>();

export interface KeyVariant {
  key: string;
  /** How many key characters were dropped from the front of the token (maps to the surface start). */
  skip: number;
  /** What the gazetteer knows about `key`, cached by placeFacts (gazetteer-store.ts) for the store it names. */
  place: PlaceFacts | null;
  /** What the actor dictionary knows about `key`, cached by actorFacts (actor-store.ts) for the store it names. */
  actor: ActorFacts | null;
  /** Word-level answers, kept on a word's first reading only (each reading belongs to one word's list): the store
   * placeStartsAt answered for (gazetteer-store.ts), null until asked, and whether some reading opens a name. Two
   * plain fields, no record: they are read for every word of every article. */
  placeWord: object | null;
  placeStarts: boolean;
  /** The same for quietWord (actors/quiet-words.ts): no actor match can start at the word but a titled name. */
  actorWord: object | null;
  actorQuiet: boolean;
}

/** Per-key answers of one gazetteer store: a Map lookup saved on every later sighting of the word. */
export interface PlaceFacts {
  store: object;
  /** Largest token count of a place name starting with this key (0: none). */
  maxTokens: number;
  /** Country of a country adjective (السورية, Syrian). */
  gentilic: string | undefined;
}

/** Per-key answers of one actor store. */
export interface ActorFacts {
  store: object;
  /** Some phrase, institution, title or first name starts with this key. */
  starts: boolean;
  /** A group or country adjective (حوثي, تركية): worth the full adjective-actor check. */
  adjective: boolean;
}

function variant(key: string, skip: number): KeyVariant {
  return {
    key,
    skip,
    place: null,
    actor: null,
    placeWord: null,
    placeStarts: false,
    actorWord: null,
    actorQuiet: false,
  };
}

const PREFIXES: string[] = (() => {
  const out: string[] = [];
  for (const conj of ['', 'و', 'ف']) for (const prep of ['', 'ب', 'ل', 'ك']) if (conj + prep) out.push(conj + prep);
  // Longest first, so وب is tried before و: all are tried anyway, the order only fixes the output order.
  return out.sort((a, b) => b.length - a.length);
})();

/** The token as written first, then each proclitic-stripped reading (only when something of length ≥ 2 remains).
 * Latin keys never start with an Arabic proclitic, so for them this is just the key itself. */
export function cliticVariants(key: string): KeyVariant[] {
  const cached = memo.get(key);
  if (cached) return cached;
  if (memo.size > MEMO_LIMIT) memo.clear();
  const variants: KeyVariant[] = [variant(key, 0)];
  for (const p of PREFIXES) {
    if (!key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    if (rest.length < 2) continue;
    variants.push(variant(rest, p.length));
    // لل + X is ل + الX: the article's alef is not written after the preposition ل.
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3) variants.push(variant('ا' + rest, p.length + 1));
  }
  memo.set(key, variants);
  return variants;
}

/** Single-letter proclitic strings (used by the actor matcher too). */
export function isArabicProcliticPrefix(prefix: string): boolean {
  return PREFIXES.includes(prefix);
}

const perTokens = new WeakMap<readonly { key: string }[], KeyVariant[][]>();

/** The tokenizer hands over the readings it looked up while it read the keys: tokenVariants then asks no memo. */
export function rememberVariants(tokens: readonly { key: string }[], variants: KeyVariant[][]): void {
  perTokens.set(tokens, variants);
}

/** Clitic readings of every token of one tokenization, computed once and shared by findPlaces and findActors
 * (the token array of the last text is reused by both, so this is a WeakMap hit the second time). */
export function tokenVariants(tokens: readonly { key: string }[]): KeyVariant[][] {
  let out = perTokens.get(tokens);
  if (!out) {
    out = new Array<KeyVariant[]>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = cliticVariants(tokens[i].key);
    perTokens.set(tokens, out);
  }
  return out;
}
