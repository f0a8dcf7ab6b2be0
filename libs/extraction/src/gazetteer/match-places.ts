// First pass of findPlaces: longest n-gram dictionary matches over the token stream, Arabic proclitics stripped,
// English limited to capitalised phrases. Produces raw matches with every candidate place; no choice made yet.
import type { KeyVariant } from './arabic-clitics';
import { placeFacts, placeStartsAt, type Candidate, type GazetteerStore } from './gazetteer-store';
import { ACRONYM_KEYS } from './acronym-keys';
import { shaddaCandidates } from './shadda-names';
import { isDatelineCity } from './dateline-head';
import { offsetOfKeyIndex, type Token } from './tokenize';
import {
  adjectiveReading,
  procliticHamzaReading,
  protectorsReading,
  tellReading,
  verbalNounReading,
} from './word-readings';

export interface RawMatch {
  /** Index of the first token. */
  index: number;
  tokens: number;
  start: number;
  end: number;
  key: string;
  candidates: Candidate[];
  /** A proclitic (و ب ل ف ك) was removed from the first token. */
  stripped: boolean;
}

/** Abbreviated name words written with a full stop: "St. Paul", "Ste. Foy". */
const ABBREVIATED = new Set(['st', 'ste']);

/** Separators allowed inside a multi-word name: spaces and hyphens only (not commas or full stops), the plural
 *  possessive's apostrophe of English names ("Martyrs' Square") and the full stop of an abbreviation ("St. Paul"). */
function joined(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end > 3) return false;
  let from = left.end;
  if (!left.arabic && left.key.endsWith('s') && (text[from] === "'" || text[from] === '\u2019')) from++;
  else if (!left.arabic && ABBREVIATED.has(left.key) && text[from] === '.') from++;
  for (let i = from; i < right.start; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '-' && ch !== '\u00a0' && ch !== '‐' && ch !== '–') return false;
  }
  return true;
}

/** Generic heads that English writes in lower case after a name: "Aleppo province", "Anbar governorate", "the
 * Allenby crossing", "Messalo river", "Unity state", "Bagram air base". Only names the gazetteer holds with the head
 * match, so the head never turns a bare name into a longer one that is not listed. */
const LOWER_TAILS = new Set([
  'province',
  'governorate',
  'region',
  'district',
  'countryside',
  'camp',
  'valley',
  'plain',
  'strip',
  'crossing',
  'river',
  'state',
  'base',
  'airport',
  'mountains',
  'neighbourhood',
  'neighborhood',
  'oilfield',
]);

/** Compass words English writes in lower case before a region's name: "in southern Lebanon", "north Darfur". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
const AREA_KINDS = new Set(['region', 'admin1']);

/** "in southern Lebanon", "the eastern Ghouta": a lower-case compass word may open a name that only regions and
 * provinces hold (not "east Chicago", a town's name, nor "south Sudan", a country's). */
function compassLead(tokens: Token[], index: number, count: number, candidates: Candidate[]): boolean {
  return count > 1 && COMPASS.has(tokens[index].key) && candidates.every((c) => AREA_KINDS.has(c.place.kind));
}

/** English names count only when capitalised: every word longer than 3 letters, and the last one. Before a
 * lower-case "camp", a listed name's inner words may be lower case too ("the Zamzam displacement camp", "Balata
 * refugee camp"). A region's name may open on a lower-case compass word (compassLead). */
function latinShapeOk(
  text: string,
  tokens: Token[],
  index: number,
  count: number,
  key: string,
  compass: boolean,
): boolean {
  if (ACRONYM_KEYS.has(key)) return tokens[index].upper;
  // "LIMA (Reuters) -", "KYIV, Ukraine —": a short city in capitals opening the text is the dateline, not an acronym.
  const dateline = isDatelineCity(text, tokens, index, count);
  const end = index + count - 1;
  const camp = count > 2 && tokens[end].key === 'camp' && !tokens[end].cap;
  for (let j = index; j < index + count; j++) {
    const t = tokens[j];
    if (t.arabic) return false;
    if (camp && j > index) continue;
    if (compass && j === index) continue;
    if (j === end && j > index && LOWER_TAILS.has(t.key)) continue;
    const mustCap = t.key.length > 3 || j === end;
    if (mustCap && !t.cap) return false;
    if (t.upper && t.key.length <= 4 && !dateline) return false; // unknown acronyms (UN, ICRC) are not place names
  }
  return true;
}

export function matchPlaces(text: string, tokens: Token[], vars: KeyVariant[][], store: GazetteerStore): RawMatch[] {
  const out: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Most words open no name: one flag read, not a walk over their readings.
    if (!placeStartsAt(vars[i], store)) {
      i++;
      continue;
    }
    const first = tokens[i];
    let best: RawMatch | null = null;
    for (const v of vars[i]) {
      const maxN = placeFacts(v, store).maxTokens;
      if (!maxN) continue; // most tokens: no name starts with this word
      // بأجور is ب + أجور, never Bajaur; بفأس is ب + فأس "an axe", never Fes.
      if (
        first.arabic &&
        procliticHamzaReading(text, first, v.skip ? offsetOfKeyIndex(text, first, v.skip) : first.start)
      )
        continue;
      // Grow the key token by token and keep the longest hit (no per-prefix arrays); a word that no name holds past
      // its first word ends the growth before a longer key is built and looked up.
      let key = v.key;
      let hitN = 0;
      let hitKey = '';
      let hit: Candidate[] | undefined;
      for (let n = 1; n <= maxN; n++) {
        if (n > 1) {
          if (i + n - 1 >= tokens.length || !store.laterTokens.has(tokens[i + n - 1].key)) break;
          if (!joined(text, tokens[i + n - 2], tokens[i + n - 1])) break;
          key = key + ' ' + tokens[i + n - 1].key;
        }
        const candidates = store.byKey.get(key);
        if (!candidates) continue;
        if (!first.arabic && !latinShapeOk(text, tokens, i, n, key, compassLead(tokens, i, n, candidates))) continue;
        [hitN, hitKey, hit] = [n, key, candidates];
      }
      if (!hit || (best && hitN <= best.tokens)) continue;
      if (first.arabic && v.skip === 0 && hitN === 1 && adjectiveReading(text, tokens, vars, i, hitKey)) continue;
      if (first.arabic && i > 0 && tellReading(text, tokens, vars, i)) continue;
      if (first.arabic && v.skip === 0 && hitN === 1 && protectorsReading(text, tokens, i, hitKey)) continue;
      if (first.arabic && v.skip === 0 && hitN === 1 && verbalNounReading(text, tokens, i, hitKey)) continue;
      const start = v.skip ? offsetOfKeyIndex(text, first, v.skip) : first.start;
      const end = tokens[i + hitN - 1].end;
      best = {
        index: i,
        tokens: hitN,
        start,
        end,
        key: hitKey,
        // عمّان with its shadda is Amman, not Oman (shadda-names.ts).
        candidates: first.arabic ? shaddaCandidates(store.shadda, hitKey, text.slice(start, end), hit) : hit,
        stripped: v.skip > 0,
      };
    }
    if (best) {
      out.push(best);
      i += best.tokens;
    } else i++;
  }
  return out;
}
