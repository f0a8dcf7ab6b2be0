// How query terms and event text are folded into comparable tokens. Both sides go through normalizeKey (the
// canonical key shared with the extractor); on top of that, Arabic proclitics are peeled off text tokens so that a
// query for تدمر finds لتدمر, وتدمر and بتدمر, and an English possessive is dropped so Palmyra finds palmyra's.
import { normalizeKey } from '@marsad/contracts';

// English possessive ('s) before anything that is not a letter. normalizeKey would otherwise glue it on (palmyras).
const POSSESSIVE = /(\p{L})['’ʼ]s(?!\p{L})/gu;

/** Splits raw text into folded tokens (normalizeKey, then on spaces). */
export function foldTokens(raw: string): string[] {
  const key = normalizeKey(raw.replace(POSSESSIVE, '$1'));
  return key === '' ? [] : key.split(' ');
}

// Proclitic chains in their attachment order: conjunction (و ف), preposition (ب ك ل), article (ال). ل + ال is written
// لل. Longer chains come first only for readability; every valid chain yields its own variant.
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const ARTICLES = ['', 'ال'];
const CLITIC_CHAINS: readonly string[] = (() => {
  const chains = new Set<string>();
  for (const conj of CONJUNCTIONS)
    for (const prep of PREPOSITIONS)
      for (const article of ARTICLES) {
        const chain = prep === 'ل' && article === 'ال' ? `${conj}لل` : conj + prep + article;
        if (chain !== '') chains.add(chain);
      }
  return [...chains].sort((a, b) => b.length - a.length);
})();

// A stem shorter than this is more often a coincidence than a word (e.g. بل -> ل), so it is not produced.
const MIN_STEM_LENGTH = 2;
const ARABIC_LETTER = /^[\u0621-\u064A]/;

/** The token itself plus every stem left after removing a valid Arabic proclitic chain. */
export function tokenVariants(token: string): string[] {
  if (!ARABIC_LETTER.test(token)) return [token];
  const variants = [token];
  for (const chain of CLITIC_CHAINS) {
    if (token.length - chain.length >= MIN_STEM_LENGTH && token.startsWith(chain))
      variants.push(token.slice(chain.length));
  }
  return variants;
}

/**
 * The keys a folded query token may be found under. A definite query term (الرقة) is also looked up without its
 * article, because لل (li + al) swallows the article's alef: للرقة only yields the stem رقة.
 */
export function queryTokenKeys(token: string): string[] {
  if (token.startsWith('ال') && token.length - 2 >= MIN_STEM_LENGTH) return [token, token.slice(2)];
  return [token];
}
