// Person patterns for names not in the dictionary: a title (العميد, وزير الخارجية, Foreign Minister, Gen.), an
// optional country adjective, then 1–4 name words; or a common Arabic first name followed by more name words.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import { nameRun } from './name-run';
import { ARABIC_PARTY_ADJECTIVES, ENGLISH_LOWER_TITLES } from './person-words.data';
import { adjacent, keyOf, personRef } from './person-ref';
import { longestPhrase, type Span } from './phrase-match';
import { normalizeKey } from '@marsad/contracts';
import { saidPerson } from './said-person';

/** The first clitic reading of a word that is a known first name (a plain loop: an arrow over `store` cost a scope
 * per call, one per Arabic word). */
function firstNameReading(vs: KeyVariant[], store: ActorStore): KeyVariant | undefined {
  for (const x of vs) if (store.firstNames.has(x.key)) return x;
  return undefined;
}

const MINISTER = new Set(['وزير', 'الوزير', 'وزيرة', 'الوزيرة'].map(normalizeKey));
const PARTY_ADJECTIVES = new Set([...ARABIC_PARTY_ADJECTIVES].map(normalizeKey));

/** Titles that are also plain nouns: الفريق (team), الرائد (pioneer). */
const NOUN_TITLES = new Set(['الفريق', 'الرايد']);
/** Spokesman titles: "المتحدث باسم الجيش" is the army speaking, not a person to name. */
const SPOKESMAN = new Set(['المتحدث', 'الناطق', 'متحدث', 'ناطق']);
/** Police and army nouns a spokesman's باسم may run into: "المتحدث باسم شرطة ولاية هرات", "باسم قوات الأمن". */
const FORCE_NOUNS = new Set(['شرطه', 'الشرطه', 'قوات', 'القوات', 'جيش', 'الجيش', 'قياده', 'الامن']);
/** Adjectives of an office between the title and its organisation: المبعوث الخاص للأمم المتحدة. */
const TITLE_ADJECTIVES = new Set(['الخاص', 'الاممي', 'الدولي', 'العام', 'الاعلي', 'السابق', 'الجديد', 'الاول']);

/** An organisation (not a person, not a state) whose name starts at token j, clitics allowed (للأمم المتحدة). */
function organisationAt(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  j: number,
  store: ActorStore,
): { n: number; country: string | null } | null {
  for (const v of vars[j]) {
    const hit = longestPhrase(text, tokens, j, v.key, store.actors);
    if (hit && hit[1].kind !== 'person' && hit[1].kind !== 'state') return { n: hit[0], country: hit[1].country };
  }
  return null;
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
    // English titles may be lower case (army commander, intelligence chief): the name after them must be capitalised.
    if (!t.arabic && !tokens[j].cap && !ENGLISH_LOWER_TITLES.has(v.key)) continue;
    titled = true;
    weak = title[1];
    skip = v.skip;
    j += title[0];
    break;
  }
  // A second title right after the first (army commander Colonel X, قائد الجيش الفريق X) belongs to it.
  if (titled && j < tokens.length && adjacent(text, tokens[j - 1], tokens[j]) && tokens[j].arabic === t.arabic) {
    const second = longestPhrase(text, tokens, j, tokens[j].key, store.titles);
    if (second && (t.arabic || tokens[j].cap)) {
      weak = second[1];
      j += second[0];
    }
  }
  if (!titled) {
    if (!t.arabic) return saidPerson(text, tokens, i, store);
    const v = firstNameReading(vars[i], store);
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
  // "المتحدث الرسمي باسم الخارجية": after a spokesman's title باسم is "on behalf of", not the given name Bassem.
  if (t.arabic && SPOKESMAN.has(tokens[i].key) && tokens[j]?.key === 'باسم') return null;
  // Nor when the title ran through باسم to a police or army noun ("المتحدث باسم شرطة ولاية هرات"): that is the
  // body, which the police and army rules read, not a person's name.
  if (t.arabic && SPOKESMAN.has(tokens[i].key) && tokens[j - 1]?.key === 'باسم' && FORCE_NOUNS.has(tokens[j]?.key))
    return null;
  // الفريق التونسي, الرائد السعودي: a team or a pioneer, not a rank (a rank is followed by the name itself).
  if (t.arabic && j < tokens.length && store.gentilics.has(tokens[j].key) && NOUN_TITLES.has(tokens[j - 1].key))
    return null;
  // "المبعوث الخاص للأمم المتحدة برناردينو ليون", "رئيس إقليم كردستان العراق مسعود البارزاني": an office of an
  // organisation before the name (not a spokesman's: his organisation is what the news reports as speaking).
  if (t.arabic && j < tokens.length && !SPOKESMAN.has(tokens[i].key)) {
    const k0 = j < tokens.length && TITLE_ADJECTIVES.has(tokens[j].key) ? j + 1 : j;
    const org = k0 < tokens.length ? organisationAt(text, tokens, vars, k0, store) : null;
    if (org) {
      let k = k0 + org.n;
      let cc = org.country;
      const nextTok = tokens[k];
      const state = nextTok && store.actors.byKey.get(nextTok.key);
      if (nextTok && state?.kind === 'state' && adjacent(text, tokens[k - 1], nextTok)) {
        cc = state.country;
        k++;
      } else if (nextTok && store.gentilics.has(nextTok.key) && adjacent(text, tokens[k - 1], nextTok)) {
        cc = store.gentilics.get(nextTok.key) ?? cc;
        k++;
      }
      const n2 =
        k < tokens.length && adjacent(text, tokens[k - 1], tokens[k]) ? nameRun(text, tokens, k, store, true) : 0;
      const firstKnown =
        n2 >= 1 &&
        (store.firstNames.has(tokens[k].key) || store.actors.byKey.get(keyOf(tokens, k, k + n2))?.kind === 'person');
      if (n2 >= 2 || (n2 === 1 && firstKnown && !tokens[k].key.startsWith('ال'))) {
        const name = text.slice(tokens[k].start, tokens[k + n2 - 1].end);
        return {
          next: k + n2,
          end: tokens[k + n2 - 1].end,
          actor: personRef(store, name, keyOf(tokens, k, k + n2), cc),
          skip,
        };
      }
    }
  }
  if (t.arabic && j < tokens.length && MINISTER.has(tokens[j - 1].key) && portfolioBeforeName(text, tokens, j, store))
    j++;
  if (t.arabic && j < tokens.length && store.gentilics.has(tokens[j].key)) {
    country = store.gentilics.get(tokens[j].key) ?? null;
    j++;
  } else if (t.arabic && j < tokens.length && store.actors.byKey.get(tokens[j].key)?.kind === 'state') {
    // وزير خارجية بلجيكا ديدييه ريندرز: the country named after the title, like an adjective.
    country = store.actors.byKey.get(tokens[j].key)?.country ?? null;
    j++;
  }
  if (t.arabic && j < tokens.length && PARTY_ADJECTIVES.has(tokens[j].key)) j++;
  // "رئيس الأركان الأمريكي الجنرال مارتن ديمبسي": a rank after the office's country belongs to the title (الجنرال
  // only here: alone it is as often a noun, "التفاهم مع الجنرال").
  if (t.arabic && country && j < tokens.length && adjacent(text, tokens[j - 1], tokens[j])) {
    const rank = tokens[j].key === 'الجنرال' ? [1, false] : longestPhrase(text, tokens, j, tokens[j].key, store.titles);
    if (rank && !rank[1]) j += rank[0] as number;
  }
  let n = j < tokens.length && adjacent(text, tokens[j - 1], tokens[j]) ? nameRun(text, tokens, j, store, t.arabic) : 0;
  if (t.arabic && n >= 2) {
    // "رئيس بلديتها بلال حمد": the office's complement before the name.
    const given = officeComplement(tokens, j, n);
    j += given;
    n -= given;
    n = knownPersonPrefix(tokens, j, n, store);
  }
  // "الشيخ عبدالعزيز بن عبدالله آل الشيخ": a known name longer than a name run may be goes on to its end.
  const known = t.arabic && n >= 1 ? longestPhrase(text, tokens, j, tokens[j].key, store.actors) : null;
  if (known && known[1].kind === 'person' && known[0] > n) n = known[0];
  if (n < (weak ? 2 : 1)) return null;
  // After a title, a lone ال word is an adjective or a noun (الرئيس السابق, الفريق الأول لكرة القدم), not a name,
  // unless the dictionary knows it as a person (الرئيس الأسد).
  if (t.arabic && n === 1 && tokens[j].key.startsWith('ال') && store.actors.byKey.get(tokens[j].key)?.kind !== 'person')
    return null;
  const name = text.slice(tokens[j].start, tokens[j + n - 1].end);
  return {
    next: j + n,
    end: tokens[j + n - 1].end,
    actor: personRef(store, name, keyOf(tokens, j, j + n), country),
    skip,
  };
}

/** "وزير الاقتصاد سيغمار غابرييل", "وزيرة الصحة الألمانية X": a one-word portfolio the title list lacks, between a
 * bare minister's title and a name of two words or more (a country adjective may follow the portfolio). */
function portfolioBeforeName(text: string, tokens: Token[], j: number, store: ActorStore): boolean {
  const portfolio = tokens[j];
  if (!portfolio?.arabic || !portfolio.key.startsWith('ال') || store.gentilics.has(portfolio.key)) return false;
  let k = j + 1;
  if (k < tokens.length && store.gentilics.has(tokens[k].key) && adjacent(text, tokens[k - 1], tokens[k])) k++;
  if (k >= tokens.length || !adjacent(text, tokens[k - 1], tokens[k]) || tokens[k].key.startsWith('ال')) return false;
  return nameRun(text, tokens, k, store, true) >= 2;
}

/** How many words after a title complete the office with an attached pronoun before the name ("رئيس بلديتها بلال
 * حمد", "مدير شركتهم X"): a name never ends in تها / تهم / هها. */
function officeComplement(tokens: Token[], j: number, n: number): number {
  let k = 0;
  while (k < n - 1 && /(?:ه|ت)(?:ها|هم|هما)$/.test(tokens[j + k].key)) k++;
  return k;
}

/** "الرئيس باراك أوباما تحدث مع": a run that starts with a full name (two words or more) the dictionary knows ends
 * where that name ends; a one-word alias (بشار) does not cut a longer name. */
function knownPersonPrefix(tokens: Token[], j: number, n: number, store: ActorStore): number {
  for (let m = n; m >= 2; m--) if (store.actors.byKey.get(keyOf(tokens, j, j + m))?.kind === 'person') return m;
  return n;
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
