// "العاصمة اليمنية", "بالعاصمة الليبية", "the Libyan capital": a country's capital named by its adjective only. The
// phrase is a mention of the capital city, unless the city's own name follows ("العاصمة اليمنية صنعاء"), which then
// is the mention.
import type { KeyVariant } from './arabic-clitics';
import type { GazetteerStore } from './gazetteer-store';
import type { PlaceMention } from './place.types';
import type { Token } from './tokenize';

const AR_CAPITAL = 'العاصمه';
const EN_CAPITAL = 'capital';

function gentilic(store: GazetteerStore, vars: KeyVariant[] | undefined): string | undefined {
  return vars ? store.gentilics.get(vars[0].key) : undefined;
}

/** The reading of a word that is العاصمة (a plain loop: this runs for every Arabic word, and an arrow per call is an
 * allocation per word). */
function capitalReading(vs: KeyVariant[]): KeyVariant | undefined {
  for (const v of vs) if (v.key === AR_CAPITAL) return v;
  return undefined;
}

/** Capital-by-adjective phrases, each as a mention of that country's capital city. */
export function capitalPhrases(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  store: GazetteerStore,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let first = -1;
    let cc: string | undefined;
    if (tokens[i].arabic) {
      if (!capitalReading(vars[i])) continue;
      cc = gentilic(store, vars[i + 1]);
      first = i;
    } else if (tokens[i].key === EN_CAPITAL && i > 0) {
      cc = gentilic(store, vars[i - 1]);
      first = i - 1;
    }
    if (!cc) continue;
    const place = store.capitalOf.get(cc);
    if (!place) continue;
    const last = tokens[tokens[i].arabic ? i + 1 : i];
    const skip = tokens[i].arabic ? (capitalReading(vars[i])?.skip ?? 0) : 0;
    const start = tokens[first].start + skip;
    out.push({ start, end: last.end, surface: text.slice(start, last.end), place, confidence: 0.85 });
  }
  return out;
}

/** Adds the phrases whose capital is not named right after them and that overlap no other mention. */
export function withCapitalPhrases(text: string, found: PlaceMention[], phrases: PlaceMention[]): PlaceMention[] {
  if (!phrases.length) return found;
  const kept = phrases.filter((ph) => {
    const named = found.some((m) => m.start >= ph.end && m.start - ph.end <= 3 && m.place.country === ph.place.country);
    const overlaps = found.some((m) => m.start < ph.end && ph.start < m.end);
    return !named && !overlaps && !/^\s*[«"“]/.test(text.slice(ph.end, ph.end + 3));
  });
  return kept.length ? [...found, ...kept].sort((a, b) => a.start - b.start) : found;
}
