// The best actor match starting at one token: dictionary phrases, country + institution (Myanmar military,
// الجيش التركي, Israeli army), bare institutions, English country adjectives before an attack noun, the Arabic
// adjective actor and person patterns; the longest wins.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import { ARABIC_TRIGGERS } from '../gazetteer/place-context';
import type { Token } from '../gazetteer/tokenize';
import { actorFacts, type ActorStore } from './actor-store';
import { ENGLISH_ATTACK_NOUNS } from './institution-words.data';
import { adjectiveActor } from './adjective-actor';
import { bareActor, institutionActor } from './institution-actor';
import { derivedGentilic } from './derived-gentilic';
import { policeOfPlace } from './police-of-place';
import { institutionInState } from './institution-in-state';
import { matchPerson } from './match-person';
import { titledAfterComma } from './apposed-title-person';
import { quietWord } from './quiet-words';
import { joined, keyAt, longestPhrase, type Span } from './phrase-match';
import { EPONYM_HEADS, type InstitutionRole } from './institution-words.data';

/** Some reading of the word is in `words` (a plain loop: matchAt runs for every word, and an arrow or an array
 * literal per call is an allocation per word). */
function someReading(vs: KeyVariant[], words: ReadonlySet<string>): boolean {
  for (const v of vs) if (words.has(v.key)) return true;
  return false;
}

/** A building or body noun at k (بمستشفى, جامعتي) after which a name is an eponym. */
function eponymHeadAt(vars: KeyVariant[][], tokens: Token[], k: number): boolean {
  return k >= 0 && !!tokens[k]?.arabic && someReading(vars[k], EPONYM_HEADS);
}

// "جامعة الملك عبد العزيز": a royal title between the building noun and the name.
const ROYAL_TITLES = new Set(['الملك', 'الامير', 'الشيخ']);
const royal = (t: Token | undefined) => !!t && ROYAL_TITLES.has(t.key);

/** "Israel's army": an apostrophe and "s" at token k, then a space before the next word. */
function possessive(text: string, tokens: Token[], k: number): boolean {
  const s = tokens[k];
  const next = tokens[k + 1];
  if (!s || !next || s.key !== 's' || next.arabic) return false;
  return /^['’]$/.test(text.slice(tokens[k - 1].end, s.start)) && /^ $/.test(text.slice(s.end, next.start));
}

/** "Russian and Ukrainian delegations" at the first gentilic i: the institution after a second capitalised gentilic
 * joined by "and", with the token after it; null otherwise. */
function pairedGentilicInstitution(
  text: string,
  tokens: Token[],
  i: number,
  store: ActorStore,
): { next: number; role: InstitutionRole } | null {
  const [and, second, head] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!and || !second || !head || and.key !== 'and' || !(second.cap || second.upper)) return null;
  if (!store.gentilics.has(second.key) || !joined(text, second, head)) return null;
  const inst = longestPhrase(text, tokens, i + 3, head.key, store.institutions);
  // Only those who speak for the two states: a joint operation or a clash of two forces is read from its sides.
  return inst && inst[1] === 'gov' ? { next: i + 3 + inst[0], role: inst[1] } : null;
}

function latinOk(store: ActorStore, tokens: Token[], i: number, n: number, key: string): boolean {
  if (tokens[i].arabic) return true;
  if (store.acronyms.has(key)) return tokens[i].upper;
  // English names start with a capital (Hezbollah, Free Syrian Army); common nouns (civilians, rebels) may not.
  return true;
}

/** True when no phrase, institution, title or first name can start at token i: most tokens of an article. */
function nothingStartsAt(store: ActorStore, t: Token, vs: KeyVariant[]): boolean {
  for (const v of vs) if (actorFacts(v, store).starts) return false;
  return t.arabic || !store.gentilics.has(t.key);
}

/** The match kept so far or `s` with its clitic skip, whichever ends later (a plain function, not an arrow over
 * `best`: matchAt runs for every word, and such an arrow gave each call a scope object). */
function longer(best: (Span & { skip: number }) | null, s: Span, skip: number): Span & { skip: number } {
  return !best || s.end > best.end ? { ...s, skip } : best;
}

/** The longest actor match starting at token i, with the clitic skip of its first token; null when none. */
export function matchAt(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): (Span & { skip: number }) | null {
  const t = tokens[i];
  const vs = vars[i];
  // Most words: no adjective actor, no police and no dictionary entry can start here (quiet-words.ts).
  const quiet = quietWord(vs, store);
  if (!quiet && t.arabic && i > 0) {
    const adj = adjectiveActor(text, tokens, vars, i, store);
    if (adj) return { ...adj, skip: 0 };
  }
  // "شرطة منطقة عسير", "شرطة جدة": the police of the place's country.
  const police = !quiet && t.arabic ? policeOfPlace(text, tokens, vars, i, store) : null;
  if (police) return police;
  // "عز الدين الأصبحي، وزير حقوق الإنسان": an unknown name proved by the office apposed to it.
  if (quiet ? t.arabic || !store.gentilics.has(t.key) : nothingStartsAt(store, t, vs))
    return titledAfterComma(text, tokens, vars, i, store);
  let best: (Span & { skip: number }) | null = null;
  for (const v of vs) {
    const dict = longestPhrase(text, tokens, i, v.key, store.actors);
    if (
      dict &&
      (t.arabic ||
        latinOk(
          store,
          tokens,
          i,
          dict[0],
          dict[0] === 1
            ? v.key
            : tokens
                .slice(i, i + dict[0])
                .map((x) => x.key)
                .join(' '),
        ))
    ) {
      best = longer(best, { next: i + dict[0], end: tokens[i + dict[0] - 1].end, actor: dict[1] }, v.skip);
      // "Myanmar military", "Nigeria police": a country name before an institution, like its adjective.
      let after = i + dict[0];
      const cc = dict[1].kind === 'state' && !t.arabic && dict[1].country;
      // "Israel's army", "Myanmar's military": the possessive reads like the adjective too.
      const owner = cc && possessive(text, tokens, after);
      if (owner) after++;
      if (
        cc &&
        after < tokens.length &&
        !tokens[after].arabic &&
        (owner || joined(text, tokens[after - 1], tokens[after]))
      ) {
        const inst = longestPhrase(text, tokens, after, tokens[after].key, store.institutions);
        if (inst)
          best = longer(
            best,
            {
              next: after + inst[0],
              end: tokens[after + inst[0] - 1].end,
              actor: institutionActor(store, inst[1], cc),
            },
            0,
          );
      }
    }
    if (t.arabic) {
      const inst = longestPhrase(text, tokens, i, v.key, store.institutions);
      const g = inst && tokens[i + inst[0]];
      const glued = g && joined(text, tokens[i + inst[0] - 1], g);
      // "الشرطة النيبالية": a definite head takes the nisba of a country the table has no gentilic for.
      const cc = glued
        ? (store.gentilics.get(g.key) ?? (tokens[i].key.startsWith('ال') ? derivedGentilic(g.key, store) : undefined))
        : undefined;
      if (inst && g && cc)
        best = longer(best, { next: i + inst[0] + 1, end: g.end, actor: institutionActor(store, inst[1], cc) }, v.skip);
      else if (inst && store.bare.has(keyAt(tokens, i, inst[0], v.key)))
        best = longer(best, { next: i + inst[0], end: tokens[i + inst[0] - 1].end, actor: bareActor(inst[1]) }, v.skip);
    }
  }
  // "وزارة الداخلية في البحرين": the state after في owns the institution, as a nisba would.
  const placed = t.arabic ? institutionInState(text, tokens, vars, i, store) : null;
  if (placed) best = longer(best, placed, placed.skip);
  if (!t.arabic && !best) {
    // "the army", "police", "security forces": bare, unless part of a longer capitalised name (Arakan Army).
    const inst = longestPhrase(text, tokens, i, t.key, store.institutions);
    const prev = tokens[i - 1];
    const named =
      prev &&
      !prev.arabic &&
      (prev.cap || prev.upper) &&
      t.start - prev.end <= 1 &&
      !/^the$/i.test(text.slice(prev.start, prev.end));
    const sentenceStart = !prev || /[.!?\n]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));
    if (
      inst &&
      store.bare.has(keyAt(tokens, i, inst[0], t.key)) &&
      (!named || sentenceStart) &&
      tokens[i + inst[0]]?.key !== 'of'
    )
      best = longer(best, { next: i + inst[0], end: tokens[i + inst[0] - 1].end, actor: bareActor(inst[1]) }, 0);
  }
  if (!t.arabic) {
    const cc = (t.cap || t.upper) && store.gentilics.get(t.key);
    const inst =
      cc &&
      i + 1 < tokens.length &&
      joined(text, t, tokens[i + 1]) &&
      longestPhrase(text, tokens, i + 1, tokens[i + 1].key, store.institutions);
    // "An Israeli drone strike": the means belongs to the attack noun (the trigger), the adjective is the doer.
    const attack = inst && tokens[i + 1 + inst[0]];
    if (cc && inst && attack && ENGLISH_ATTACK_NOUNS.has(attack.key) && joined(text, tokens[i + inst[0]], attack))
      best = longer(best, { next: i + 1, end: t.end, actor: institutionActor(store, 'mil', cc) }, 0);
    else if (cc && inst)
      best = longer(
        best,
        { next: i + 1 + inst[0], end: tokens[i + inst[0]].end, actor: institutionActor(store, inst[1], cc) },
        0,
      );
    // "Russian and Ukrainian delegations", "Iranian and American negotiators": the envoys of two states are led by
    // the first named (as "Russia and Ukraine met" is), not left to the gentilic next to the head.
    const pair = cc && !inst ? pairedGentilicInstitution(text, tokens, i, store) : null;
    if (cc && pair)
      best = longer(
        best,
        { next: pair.next, end: tokens[pair.next - 1].end, actor: institutionActor(store, pair.role, cc) },
        0,
      );
    // "An Israeli strike", "Turkish shelling": the adjective alone is the doer (the attack noun is the event).
    const next = tokens[i + 1];
    if (cc && !inst && next && !next.arabic && ENGLISH_ATTACK_NOUNS.has(next.key) && joined(text, t, next))
      best = longer(best, { next: i + 1, end: t.end, actor: institutionActor(store, 'mil', cc) }, 0);
  }
  const prev = tokens[i - 1];
  const afterPlaceNoun = prev?.arabic && someReading(vars[i - 1], ARABIC_TRIGGERS);
  // "مستشفى الملك فهد", "جامعة الملك عبدالعزيز": a building or body named after someone, not that person acting.
  const eponym = eponymHeadAt(vars, tokens, i - 1) || (royal(prev) && eponymHeadAt(vars, tokens, i - 2));
  if (!afterPlaceNoun && !eponym) {
    const person = matchPerson(text, tokens, vars, i, store);
    if (person) best = longer(best, person, person.skip);
  }
  return best ?? (t.arabic ? titledAfterComma(text, tokens, vars, i, store) : null);
}
