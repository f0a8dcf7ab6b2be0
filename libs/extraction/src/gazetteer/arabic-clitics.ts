// Arabic proclitics (و ف ب ل ك and their combinations) glue onto names: بمدينة, لتدمر, وحلب, بالغوطة. A token is
// looked up as written, then with each proclitic prefix removed; لل is ل + ال with the alef dropped.

/** Variants are pure functions of the key: memoised across calls (callers must not mutate them). */
const memo = new Map<string, KeyVariant[]>();

export interface KeyVariant {
  key: string;
  /** How many key characters were dropped from the front of the token (maps to the surface start). */
  skip: number;
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
  if (memo.size > 50000) memo.clear(); // bounded: article vocabularies repeat, rare words come and go
  const variants: KeyVariant[] = [{ key, skip: 0 }];
  for (const p of PREFIXES) {
    if (!key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    if (rest.length < 2) continue;
    variants.push({ key: rest, skip: p.length });
    // لل + X is ل + الX: the article's alef is not written after the preposition ل.
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3)
      variants.push({ key: 'ا' + rest, skip: p.length + 1 });
  }
  memo.set(key, variants);
  return variants;
}

/** Single-letter proclitic strings (used by the actor matcher too). */
export function isArabicProcliticPrefix(prefix: string): boolean {
  return PREFIXES.includes(prefix);
}

const perTokens = new WeakMap<readonly { key: string }[], KeyVariant[][]>();

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
