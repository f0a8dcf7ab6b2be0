// findActors: left-to-right longest match over tokens among dictionary phrases, institution + gentilic phrases
// (الجيش التركي, Turkish army) and person patterns (title + name, known first name + name).
import { tokenVariants, type KeyVariant } from '../gazetteer/arabic-clitics';
import { ARABIC_TRIGGERS } from '../gazetteer/place-context';
import { offsetOfKeyIndex, tokenize, type Token } from '../gazetteer/tokenize';
import { getActorStore, type ActorStore, type PhraseIndex } from './actor-store';
import type { ActorMention, ActorRef } from './actor.types';
import { ROLE_KIND, ROLE_NAME } from './actor-words';
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

/** True when no phrase, institution, title or first name can start at token i: most tokens of an article. */
function nothingStartsAt(store: ActorStore, t: Token, vs: KeyVariant[]): boolean {
  for (const v of vs) if (store.starts.has(v.key)) return false;
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
    }
    if (t.arabic) {
      const inst = longestPhrase(text, tokens, i, v.key, store.institutions);
      const g = inst && tokens[i + inst[0]];
      const cc = g && joined(text, tokens[i + inst[0] - 1], g) ? store.gentilics.get(g.key) : undefined;
      if (inst && g && cc)
        consider({ next: i + inst[0] + 1, end: g.end, actor: institutionActor(store, inst[1], cc) }, v.skip);
    }
  }
  if (!t.arabic) {
    const cc = (t.cap || t.upper) && store.gentilics.get(t.key);
    const inst =
      cc &&
      i + 1 < tokens.length &&
      joined(text, t, tokens[i + 1]) &&
      longestPhrase(text, tokens, i + 1, tokens[i + 1].key, store.institutions);
    if (cc && inst)
      consider({ next: i + 1 + inst[0], end: tokens[i + inst[0]].end, actor: institutionActor(store, inst[1], cc) }, 0);
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

/** Context-dependent readings: النظام / المعارضة mean the Syrian ones only in a Syrian context. */
function contextual(actor: ActorRef, key: () => string, store: ActorStore, syria: () => boolean): ActorRef | null {
  if (actor.id === 'gov:SY') {
    const k = key();
    if (k === 'النظام' || k === 'regime') return syria() ? actor : null;
  }
  if (actor.id === 'group:opposition' && syria()) return store.byId.get('group:syrian-opposition') ?? actor;
  // الدفاع المدني is the White Helmets in Syrian news, a national civil-defence service elsewhere (Saudi news).
  if (actor.id === 'ngo:white-helmets' && key() === 'الدفاع المدني' && !syria())
    return store.byId.get('gov:civil-defence') ?? actor;
  return actor;
}

export function findActors(text: string, _opts: { language?: string } = {}): ActorMention[] {
  const store = getActorStore();
  const tokens = tokenize(text);
  const vars = tokenVariants(tokens);
  const out: ActorMention[] = [];
  let syriaCache: boolean | null = null;
  const syria = (): boolean =>
    (syriaCache ??= tokens.some((t) => SYRIA_SIGNS.has(t.key) || SYRIA_SIGNS.has(t.key.slice(1))));
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
    const actor = contextual(m.actor, key, store, syria);
    if (actor) out.push({ start, end: m.end, surface, actor });
    i = m.next;
  }
  return out;
}
