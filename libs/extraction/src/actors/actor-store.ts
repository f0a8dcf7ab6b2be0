// Builds the actor index once: every country as a state (names from the gazetteer, capital metonyms), the curated
// table, and the word lists for composed phrases, all keyed by normalizeKey so matching is Map lookups only.
import { normalizeKey } from '@marsad/contracts';
import { ACTOR_TABLE } from '../data/actors.curated';
import { CURATED_COUNTRIES, arabicGentilicForms } from '../data/countries.curated';
import type { ActorFacts, KeyVariant } from '../gazetteer/arabic-clitics';
import { getStore as getGazetteer } from '../gazetteer/gazetteer-store';
import type { ActorKind, ActorRef } from './actor.types';
import {
  ARABIC_ADJECTIVE_HEADS,
  ARABIC_GROUP_GENTILICS,
  BARE_INSTITUTIONS,
  ARABIC_INSTITUTIONS,
  ENGLISH_INSTITUTIONS,
  type InstitutionRole,
} from './institution-words.data';
import { ARABIC_FIRST_NAMES, ARABIC_TITLES, ENGLISH_TITLES, NAME_STOP } from './person-words.data';

export interface PhraseIndex<T> {
  byKey: Map<string, T>;
  /** First token → largest token count of a key starting with it. */
  firstToken: Map<string, number>;
  /** Every token that follows the first one in some key: a word outside it ends a phrase's growth. */
  laterTokens: Set<string>;
}

export interface ActorStore {
  actors: PhraseIndex<ActorRef>;
  institutions: PhraseIndex<InstitutionRole>;
  titles: PhraseIndex<boolean>;
  gentilics: Map<string, string>;
  firstNames: Set<string>;
  nameStop: Set<string>;
  /** Keys that need a Latin upper-case token (UN, IS, AP): 'is' or 'ap' in lower case are words. */
  acronyms: Set<string>;
  byId: Map<string, ActorRef>;
  /** Keys of institutions that, bare, mean the forces of the article's country (الجيش, the army). */
  bare: Set<string>;
  /** Head nouns after which an indefinite gentilic names the doer (قصف حوثي): key → role. */
  adjectiveHeads: Map<string, 'mil' | 'state'>;
  /** Gentilic keys of armed movements (حوثي) → actor. */
  groupGentilics: Map<string, ActorRef>;
  /** Every key a match can start with (phrase, institution, title first tokens and first names): a token whose
   * readings are all absent here is skipped with one lookup per reading. */
  starts: Set<string>;
}

function index<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const byKey = new Map<string, T>();
  const firstToken = new Map<string, number>();
  const laterTokens = new Set<string>();
  for (const [raw, value] of entries) {
    const key = normalizeKey(raw);
    if (!key) continue;
    byKey.set(key, value);
    const parts = key.split(' ');
    if (parts.length > (firstToken.get(parts[0]) ?? 0)) firstToken.set(parts[0], parts.length);
    for (let j = 1; j < parts.length; j++) laterTokens.add(parts[j]);
  }
  return { byKey, firstToken, laterTokens };
}

let store: ActorStore | null = null;

function build(): ActorStore {
  const byId = new Map<string, ActorRef>();
  const entries: [string, ActorRef][] = [];
  const acronyms = new Set<string>();
  const gazetteer = getGazetteer();
  for (const [key, candidates] of gazetteer.byKey) {
    const country = candidates.find((c) => c.place.kind === 'country')?.place;
    if (!country?.country) continue;
    const ref: ActorRef = {
      id: `state:${country.country}`,
      name: country.name,
      kind: 'state',
      country: country.country,
    };
    byId.set(ref.id, byId.get(ref.id) ?? ref);
    entries.push([key, byId.get(ref.id) as ActorRef]);
  }
  for (const c of CURATED_COUNTRIES) {
    const ref = byId.get(`state:${c.cc}`);
    if (ref) for (const n of [...c.capitalAr, ...c.capitalEn]) entries.push([n, ref]);
  }
  for (const line of ACTOR_TABLE.trim().split('\n')) {
    const [id, kind, country, name, en, ar] = line.split('|');
    const ref: ActorRef = { id, name, kind: kind as ActorKind, country: country || null };
    byId.set(id, ref);
    for (const alias of [...en.split(','), ...ar.split(',')]) {
      const a = alias.trim();
      if (!a) continue;
      if (/^[A-Z.]{2,5}$/.test(a)) acronyms.add(normalizeKey(a));
      entries.push([a, ref]);
    }
  }
  const gentilics = new Map<string, string>();
  for (const c of CURATED_COUNTRIES) {
    for (const stem of c.arGentilic) for (const f of arabicGentilicForms(stem)) gentilics.set(normalizeKey(f), c.cc);
    for (const g of c.enGentilic) gentilics.set(normalizeKey(g), c.cc);
  }
  for (const [k, cc] of [
    ['us', 'US'],
    ['u s', 'US'],
    ['uk', 'GB'],
    ['uae', 'AE'],
    ['un', ''],
  ] as const)
    if (cc) gentilics.set(k, cc);
  for (const k of ['us', 'uk', 'uae', 'usa', 'ksa']) acronyms.add(k);
  const actors = index(entries);
  const institutions = index([...Object.entries(ARABIC_INSTITUTIONS), ...Object.entries(ENGLISH_INSTITUTIONS)]);
  const titles = index([...Object.entries(ARABIC_TITLES), ...Object.entries(ENGLISH_TITLES)]);
  const firstNames = new Set([...ARABIC_FIRST_NAMES].map(normalizeKey));
  const starts = new Set([
    ...actors.firstToken.keys(),
    ...institutions.firstToken.keys(),
    ...titles.firstToken.keys(),
    ...firstNames,
  ]);
  const groupGentilics = new Map<string, ActorRef>();
  for (const [k, id] of Object.entries(ARABIC_GROUP_GENTILICS)) {
    const ref = byId.get(id);
    if (ref) groupGentilics.set(normalizeKey(k), ref);
  }
  return {
    actors,
    institutions,
    bare: new Set([...BARE_INSTITUTIONS].map(normalizeKey)),
    adjectiveHeads: new Map(Object.entries(ARABIC_ADJECTIVE_HEADS).map(([k, r]) => [normalizeKey(k), r])),
    groupGentilics,
    titles,
    gentilics,
    firstNames,
    nameStop: new Set([...NAME_STOP].map(normalizeKey)),
    acronyms,
    byId,
    starts,
  };
}

export function getActorStore(): ActorStore {
  if (!store) store = build();
  return store;
}

/** The store's answers for a variant's key, looked up once per key and store and then read off the variant. */
export function actorFacts(v: KeyVariant, s: ActorStore): ActorFacts {
  const cached = v.actor;
  if (cached !== null && cached.store === s) return cached;
  const adjective = s.groupGentilics.has(v.key) || s.gentilics.has(v.key);
  return (v.actor = { store: s, starts: s.starts.has(v.key), adjective });
}
