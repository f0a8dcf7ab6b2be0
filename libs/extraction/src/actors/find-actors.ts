// findActors: left-to-right longest match over tokens among dictionary phrases, institution + gentilic phrases
// (الجيش التركي, Turkish army) and person patterns (title + name, known first name + name).
import { tokenVariants, type KeyVariant } from '../gazetteer/arabic-clitics';
import { getStore as getGazetteer } from '../gazetteer/gazetteer-store';
import { ARABIC_TRIGGERS } from '../gazetteer/place-context';
import { offsetOfKeyIndex, tokenize, type Token } from '../gazetteer/tokenize';
import { actorFacts, getActorStore, type ActorStore, type PhraseIndex } from './actor-store';
import type { ActorMention, ActorRef } from './actor.types';
import { ENGLISH_ATTACK_NOUNS, ROLE_KIND, ROLE_NAME, type InstitutionRole } from './actor-words';
import { matchPerson } from './match-person';

export interface Span {
  /** Token index after the match. */
  next: number;
  end: number;
  actor: ActorRef;
}

function joined(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end > 2) return false;
  for (let i = left.end; i < right.start; i++)
    if (text[i] !== ' ' && text[i] !== '-' && text[i] !== '\u00a0') return false;
  return true;
}

/** Longest phrase of `idx` starting at token i whose first token reads as `first`; returns the token count. */
export function longestPhrase<T>(
  text: string,
  tokens: Token[],
  i: number,
  first: string,
  idx: PhraseIndex<T>,
): [number, T] | null {
  const maxN = idx.firstToken.get(first);
  if (!maxN) return null;
  if (maxN === 1) {
    const hit = idx.byKey.get(first);
    return hit === undefined ? null : [1, hit];
  }
  // Keys grow one token at a time; the longest hit wins, so remember it instead of storing every prefix.
  let key = first;
  let found: [number, T] | null = null;
  const one = idx.byKey.get(first);
  if (one !== undefined) found = [1, one];
  for (let n = 1; n < maxN && i + n < tokens.length && joined(text, tokens[i + n - 1], tokens[i + n]); n++) {
    key = key + ' ' + tokens[i + n].key;
    const hit = idx.byKey.get(key);
    if (hit !== undefined) found = [n + 1, hit];
  }
  return found;
}

function keyAt(tokens: Token[], i: number, n: number, first: string): string {
  let key = first;
  for (let k = i + 1; k < i + n; k++) key += ' ' + tokens[k].key;
  return key;
}

function latinOk(store: ActorStore, tokens: Token[], i: number, n: number, key: string): boolean {
  if (tokens[i].arabic) return true;
  if (store.acronyms.has(key)) return tokens[i].upper;
  // English names start with a capital (Hezbollah, Free Syrian Army); common nouns (civilians, rebels) may not.
  return true;
}

function institutionActor(store: ActorStore, role: keyof typeof ROLE_KIND, cc: string): ActorRef {
  const id = `${role}:${cc}`;
  let ref = store.byId.get(id);
  if (!ref) {
    const state = store.byId.get(`state:${cc}`);
    ref = { id, name: `${state?.name ?? cc} ${ROLE_NAME[role]}`, kind: ROLE_KIND[role], country: cc };
    store.byId.set(id, ref);
  }
  return ref;
}

/** A bare institution (الجيش, the army) waiting for the article's country: resolved or dropped by findActors. */
const BARE_PREFIX = 'bare:';

function bareActor(role: InstitutionRole): ActorRef {
  return { id: BARE_PREFIX + role, name: ROLE_NAME[role], kind: ROLE_KIND[role], country: null };
}

/** Adjectives that may stand between an attack noun and the gentilic: غارات جوية إسرائيلية, طائرة مسيرة تركية. */
const MIDDLE_ADJECTIVES = new Set([
  'جويه',
  'جوي',
  'عسكريه',
  'عسكري',
  'حربيه',
  'صاروخيه',
  'مدفعي',
  'بحريه',
  'مسيره',
  'جديده',
  'عنيفه',
  'مكثفه',
]);

/** An indefinite gentilic after an attack or means noun names the doer: قصف حوثي, سفينة إماراتية, غارات إسرائيلية.
 * Only the singular / feminine forms (the plural إسرائيليين is a noun: people, often victims). */
function adjectiveActor(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): Span | null {
  const t = tokens[i];
  const key = t.key;
  if (key.startsWith('ال') || key.endsWith('ين') || key.endsWith('ون')) return null;
  if (!actorFacts(vars[i][0], store).adjective) return null; // vars[i][0].key is t.key
  const group = store.groupGentilics.get(key);
  const cc = group ? undefined : store.gentilics.get(key);
  if (!group && !cc) return null;
  let h = i - 1;
  if (h >= 0 && tokens[h].arabic && MIDDLE_ADJECTIVES.has(tokens[h].key) && joined(text, tokens[h], t)) h--;
  const head = tokens[h];
  if (!head || !head.arabic || !joined(text, head, tokens[h + 1])) return null;
  let role: 'mil' | 'state' | undefined;
  for (const v of vars[h]) if ((role = store.adjectiveHeads.get(v.key))) break;
  if (!role) return null;
  const actor = group ?? (role === 'mil' ? institutionActor(store, 'mil', cc!) : store.byId.get(`state:${cc}`));
  return actor ? { next: i + 1, end: t.end, actor } : null;
}

/** True when no phrase, institution, title or first name can start at token i: most tokens of an article. */
function nothingStartsAt(store: ActorStore, t: Token, vs: KeyVariant[]): boolean {
  for (const v of vs) if (actorFacts(v, store).starts) return false;
  return t.arabic || !store.gentilics.has(t.key);
}

function matchAt(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): (Span & { skip: number }) | null {
  const t = tokens[i];
  const vs = vars[i];
  if (t.arabic && i > 0) {
    const adj = adjectiveActor(text, tokens, vars, i, store);
    if (adj) return { ...adj, skip: 0 };
  }
  if (nothingStartsAt(store, t, vs)) return null;
  let best: (Span & { skip: number }) | null = null;
  const consider = (s: Span, skip: number): void => {
    if (!best || s.end > best.end) best = { ...s, skip };
  };
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
      consider({ next: i + dict[0], end: tokens[i + dict[0] - 1].end, actor: dict[1] }, v.skip);
      // "Myanmar military", "Nigeria police": a country name before an institution, like its adjective.
      const after = i + dict[0];
      const cc = dict[1].kind === 'state' && !t.arabic && dict[1].country;
      if (cc && after < tokens.length && !tokens[after].arabic && joined(text, tokens[after - 1], tokens[after])) {
        const inst = longestPhrase(text, tokens, after, tokens[after].key, store.institutions);
        if (inst)
          consider(
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
      const cc = g && joined(text, tokens[i + inst[0] - 1], g) ? store.gentilics.get(g.key) : undefined;
      if (inst && g && cc)
        consider({ next: i + inst[0] + 1, end: g.end, actor: institutionActor(store, inst[1], cc) }, v.skip);
      else if (inst && store.bare.has(keyAt(tokens, i, inst[0], v.key)))
        consider({ next: i + inst[0], end: tokens[i + inst[0] - 1].end, actor: bareActor(inst[1]) }, v.skip);
    }
  }
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
      consider({ next: i + inst[0], end: tokens[i + inst[0] - 1].end, actor: bareActor(inst[1]) }, 0);
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
      consider({ next: i + 1, end: t.end, actor: institutionActor(store, 'mil', cc) }, 0);
    else if (cc && inst)
      consider({ next: i + 1 + inst[0], end: tokens[i + inst[0]].end, actor: institutionActor(store, inst[1], cc) }, 0);
    // "An Israeli strike", "Turkish shelling": the adjective alone is the doer (the attack noun is the event).
    const next = tokens[i + 1];
    if (cc && !inst && next && !next.arabic && ENGLISH_ATTACK_NOUNS.has(next.key) && joined(text, t, next))
      consider({ next: i + 1, end: t.end, actor: institutionActor(store, 'mil', cc) }, 0);
  }
  const prev = tokens[i - 1];
  const afterPlaceNoun = prev?.arabic && vars[i - 1].some((v) => ARABIC_TRIGGERS.has(v.key));
  if (!afterPlaceNoun) {
    const person = matchPerson(text, tokens, vars, i, store);
    if (person) consider(person, person.skip);
  }
  return best;
}

const SYRIA_SIGNS = new Set([
  'سوريا',
  'سوريه',
  'السوري',
  'السوريه',
  'الاسد',
  'دمشق',
  'حلب',
  'syria',
  'syrian',
  'assad',
  'damascus',
  'aleppo',
]);

/** Signs of a Yemeni / Saudi-border story: there الدفاع المدني is the national civil defence even when Syria or
 * الأسد ("the lion") is mentioned in passing. */
const NOT_SYRIA_SIGNS = new Set([
  'اليمن',
  'اليمني',
  'اليمنيه',
  'الحوثي',
  'الحوثيين',
  'الحوثيون',
  'صنعاء',
  'عدن',
  'جازان',
  'جيزان',
  'نجران',
  'ظهران',
  'المملكه',
  'السعوديه',
  'yemen',
  'houthi',
  'houthis',
  'saudi',
]);

/** A capital as its state (Juba = South Sudan) only when it stands alone: not inside a longer capitalised name
 * (Middle Juba) nor before a place head (Juba region, Juba River). */
const CAPITAL_TAILS = new Set([
  'region',
  'river',
  'valley',
  'state',
  'province',
  'district',
  'county',
  'street',
  'gate',
]);

function capitalMetonymOk(text: string, tokens: Token[], i: number, m: Span): boolean {
  if (m.actor.kind !== 'state' || m.next !== i + 1) return true;
  const t = tokens[i];
  if (t.arabic) return true;
  const next = tokens[i + 1];
  if (next && !next.arabic && CAPITAL_TAILS.has(next.key) && next.start - t.end <= 1) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.arabic || !prev.cap || prev.upper || t.start - prev.end !== 1 || text[prev.end] !== ' ')
    return true;
  // A capitalised word right before, that does not start a sentence: part of a longer name.
  return /[.!?\n]\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start)) || prev.start === 0;
}

/** Per-text person memory: after "Governor Babagana Zulum" or "وزير الخارجية عادل الجبير", a bare "Zulum" or
 * "الجبير" elsewhere in the same text is that person. Only surnames that look like one are remembered (Arabic: an
 * ال family name or nisba, or a 5+ letter word that is not a given name; English: a capitalised word of 3+ letters),
 * and a bare English surname next to another capitalised word is someone else's name. */
function rememberPeople(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  found: ActorMention[],
  store: ActorStore,
): ActorMention[] {
  const memory = new Map<string, ActorRef>();
  let k = 0;
  const gazetteer = getGazetteer();
  for (const m of found) {
    if (m.actor.kind !== 'person') continue;
    while (k < tokens.length && tokens[k].end < m.end) k++;
    const last = tokens[k];
    if (!last || last.end !== m.end || last.start <= m.start) continue;
    // Only full names are remembered: two name words or more (a dictionary person, or an Arabic name that starts
    // with a common given name), so that a title + noun phrase misread as a name (قائد جيش الحكومة) is not.
    const nameKeys = m.actor.id.startsWith('person:') ? m.actor.id.slice(7).split(' ') : [];
    const dictionary = store.byId.get(m.actor.id) === m.actor;
    if (nameKeys.length < 2) continue;
    if (last.arabic && !dictionary && !store.firstNames.has(nameKeys[0])) continue;
    const key = last.key;
    // A surname that is also a place or an organisation (مفتي القدس, الحكومة) is not remembered.
    if (gazetteer.byKey.has(key) || (store.actors.byKey.has(key) && store.actors.byKey.get(key) !== m.actor)) continue;
    const surname = last.arabic
      ? (key.startsWith('ال') && key.length >= 5) || (key.length >= 5 && !store.firstNames.has(key))
      : last.cap && key.length >= 3 && !store.gentilics.has(key);
    if (!surname || store.nameStop.has(key) || store.titles.byKey.has(key)) continue;
    const seen = memory.get(key);
    if (seen && seen.id !== m.actor.id)
      memory.set(key, { ...seen, id: '' }); // two people share it: forget it
    else memory.set(key, m.actor);
  }
  for (const [key, ref] of memory) if (!ref.id) memory.delete(key);
  if (memory.size === 0) return found;
  const out: ActorMention[] = [];
  let f = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (f < found.length && found[f].end <= t.start) out.push(found[f++]);
    if (f < found.length && found[f].start < t.end) continue; // inside a mention
    let ref: ActorRef | undefined;
    let skip = 0;
    if (t.arabic) {
      for (const v of vars[i])
        if ((v.skip === 0 || (v.skip === 1 && t.key[0] === 'و')) && memory.has(v.key)) {
          ref = memory.get(v.key);
          skip = v.skip;
          break;
        }
    } else if (t.cap && !t.upper) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const capNear = (x: Token | undefined, a: Token, b: Token): boolean =>
        x !== undefined && !x.arabic && x.cap && b.start - a.end <= 1;
      if (
        !(prev && capNear(prev, prev, t) && !/[.!?\n]\s*$/.test(text.slice(0, prev.start))) &&
        !capNear(next, t, next ?? t)
      )
        ref = memory.get(t.key);
    }
    if (!ref) continue;
    const start = skip ? offsetOfKeyIndex(text, t, skip) : t.start;
    out.push({ start, end: t.end, surface: text.slice(start, t.end), actor: ref });
  }
  while (f < found.length) out.push(found[f++]);
  return out;
}

/** The text is about Syria: a Syria sign (clitics allowed), and more of them than signs of a Yemeni/Saudi story. */
function syrianContext(tokens: Token[]): boolean {
  let syria = 0;
  let other = 0;
  for (const t of tokens) {
    if (SYRIA_SIGNS.has(t.key) || SYRIA_SIGNS.has(t.key.slice(1))) syria++;
    else if (NOT_SYRIA_SIGNS.has(t.key) || NOT_SYRIA_SIGNS.has(t.key.slice(1))) other++;
  }
  return syria > 0 && syria >= other;
}

/** Context-dependent readings: النظام / المعارضة mean the Syrian ones only in a Syrian context. */
function contextual(
  actor: ActorRef,
  key: () => string,
  store: ActorStore,
  syria: () => boolean,
  syrianStory: () => boolean,
): ActorRef | null {
  if (actor.id === 'gov:SY') {
    const k = key();
    if (k === 'النظام' || k === 'regime') return syria() ? actor : null;
  }
  if (actor.id === 'group:opposition' && syria()) return store.byId.get('group:syrian-opposition') ?? actor;
  // الدفاع المدني is the White Helmets in Syrian news, a national civil-defence service elsewhere (Saudi news, a
  // Houthi rocket on Jazan that mentions Syria in passing).
  if (actor.id === 'ngo:white-helmets' && key() === 'الدفاع المدني' && !syrianStory())
    return store.byId.get('gov:civil-defence') ?? actor;
  return actor;
}

export function findActors(text: string, _opts: { language?: string } = {}): ActorMention[] {
  const store = getActorStore();
  const tokens = tokenize(text);
  const vars = tokenVariants(tokens);
  const out: ActorMention[] = [];
  let syriaCache: boolean | null = null;
  let storyCache: boolean | null = null;
  const syria = (): boolean =>
    (syriaCache ??= tokens.some((t) => SYRIA_SIGNS.has(t.key) || SYRIA_SIGNS.has(t.key.slice(1))));
  const syrianStory = (): boolean => (storyCache ??= syrianContext(tokens));
  let i = 0;
  while (i < tokens.length) {
    const m = matchAt(text, tokens, vars, i, store);
    if (!m) {
      i++;
      continue;
    }
    const start = m.skip ? offsetOfKeyIndex(text, tokens[i], m.skip) : tokens[i].start;
    const surface = text.slice(start, m.end);
    const first = vars[i].find((v) => v.skip === m.skip)?.key ?? tokens[i].key;
    const next = m.next;
    // normalizeKey of the surface, rebuilt from token keys (only the regime reading needs it).
    const key = (): string => [first, ...tokens.slice(i + 1, next).map((x) => x.key)].join(' ');
    // "شخصاً سورياً": tanween marks an indefinite adjective or noun, never a state's or group's name.
    const tanween =
      tokens[next - 1].arabic &&
      (/[\u064B-\u064D][\u0627\u0649]?$/.test(text.slice(start, m.end)) ||
        /^[\u064B-\u064D]/.test(text.slice(m.end, m.end + 1)));
    const actor =
      !tanween && capitalMetonymOk(text, tokens, i, m) ? contextual(m.actor, key, store, syria, syrianStory) : null;
    // "للأمم المتحدة", "للنظام": the ل reading drops the article's alef; the surface gives the name its ال back.
    const lam = m.skip >= 2 && first.startsWith('ال') && first.slice(2) === tokens[i].key.slice(m.skip);
    if (actor) out.push({ start, end: m.end, surface: lam ? 'ال' + surface : surface, actor });
    i = m.next;
  }
  return rememberPeople(text, tokens, vars, resolveBare(text, tokens, vars, out, store), store);
}

/** Length of an English wire dateline ("YANGON, Myanmar (Reuters) — "), or 0. */
function datelineEnd(text: string): number {
  const m = /^\s*[A-Z][A-Z .'’-]*[A-Z](?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s/.exec(
    text,
  );
  return m ? m[0].length : 0;
}

/** The country the article is about: the dateline's country, else the one named most (states, country adjectives,
 * national institutions), when it leads the others; null when no country stands out. */
function articleCountry(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  found: ActorMention[],
  store: ActorStore,
): string | null {
  const tally = new Map<string, number>();
  const bump = (cc: string | null, n: number): void => {
    if (cc) tally.set(cc, (tally.get(cc) ?? 0) + n);
  };
  const dateline = datelineEnd(text);
  for (const m of found) {
    const a = m.actor;
    if (a.kind === 'state') bump(a.country, m.end <= dateline ? 5 : 1);
    else if (/^(mil|gov|police):[A-Z]{2}$/.test(a.id)) bump(a.country, 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.arabic && !t.cap) continue;
    for (const v of vars[i]) {
      const cc = store.gentilics.get(v.key);
      if (cc) {
        bump(cc, 1);
        break;
      }
    }
  }
  let top: string | null = null;
  let first = 0;
  let second = 0;
  for (const [cc, n] of tally) {
    if (n > first) [top, first, second] = [cc, n, first];
    else if (n > second) second = n;
  }
  return top && first >= 2 && first > second ? top : null;
}

/** Bare institutions (الجيش, the army) become the forces of the article's country, or are dropped. */
function resolveBare(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  found: ActorMention[],
  store: ActorStore,
): ActorMention[] {
  if (!found.some((m) => m.actor.id.startsWith(BARE_PREFIX))) return found;
  const cc = articleCountry(text, tokens, vars, found, store);
  const out: ActorMention[] = [];
  for (const m of found) {
    if (!m.actor.id.startsWith(BARE_PREFIX)) out.push(m);
    else if (cc)
      out.push({ ...m, actor: institutionActor(store, m.actor.id.slice(BARE_PREFIX.length) as InstitutionRole, cc) });
  }
  return out;
}
