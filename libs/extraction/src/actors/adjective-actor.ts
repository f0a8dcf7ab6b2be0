// Arabic adjective actors: a gentilic after an attack or means noun names the doer (قصف حوثي, غارات جوية إسرائيلية,
// الطائرة الإماراتية): the group it names, the state, or the state's military.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import { actorFacts, type ActorStore } from './actor-store';
import { institutionActor } from './institution-actor';
import { joined, type Span } from './phrase-match';

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

/** "مروحيتان أمريكيتان", "طائرتين سعوديتين": the indefinite feminine dual of a gentilic (أمريكية → أمريكيتان), whose
 * singular the store knows; the singular's key, else null. (A dual never names people the way the plural does.) */
export function dualGentilic(key: string, store: ActorStore): string | null {
  if (key.startsWith('ال') || !(key.endsWith('يتان') || key.endsWith('يتين'))) return null;
  const base = key.slice(0, -3);
  return store.gentilics.has(base) || store.groupGentilics.has(base) ? base : null;
}

/** The key a definite head or middle adjective has without its article ('' when it has none: no agreement); an
 * indefinite one's as it is. Not an arrow in adjectiveActor: one over its locals made every call, one per Arabic
 * word, allocate a scope. */
const bare = (k: string, definite: boolean) => (!definite ? k : k.startsWith('ال') ? k.slice(2) : '');

/** A gentilic after an attack or means noun names the doer: قصف حوثي, سفينة إماراتية, غارات إسرائيلية, and with the
 * article on both words الغارة الأميركية. Only the singular / feminine forms (the plural إسرائيليين is a noun: people,
 * often victims). */
export function adjectiveActor(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): Span | null {
  const t = tokens[i];
  // This runs for every Arabic word: a word the store holds no adjective for and that is no dual is let go before
  // any key is sliced (vars[i][0].key is t.key; the test is memoised on it).
  const adjective = actorFacts(vars[i][0], store).adjective;
  const dual = dualGentilic(t.key, store);
  if (!adjective && !dual) return null;
  // "الطائرة الإماراتية", "الغارة الأميركية": a definite gentilic after a definite head names the doer as the
  // indefinite one does; the head (and a middle adjective) must carry the article too ("الغارات الجوية الأميركية").
  const definite = !dual && t.key.startsWith('ال') && t.key.length > 4;
  const key = dual ?? (definite ? t.key.slice(2) : t.key);
  if (!dual && (key.startsWith('ال') || key.endsWith('ين') || key.endsWith('ون'))) return null;
  const group = store.groupGentilics.get(key);
  const cc = group ? undefined : store.gentilics.get(key);
  if (!group && !cc) return null;
  let h = i - 1;
  if (h >= 0 && tokens[h].arabic && MIDDLE_ADJECTIVES.has(bare(tokens[h].key, definite)) && joined(text, tokens[h], t))
    h--;
  const head = tokens[h];
  if (!head || !head.arabic || !joined(text, head, tokens[h + 1])) return null;
  let role: 'mil' | 'state' | undefined;
  for (const v of vars[h]) if ((role = store.adjectiveHeads.get(bare(v.key, definite)))) break;
  if (!role) return null;
  const actor = group ?? (role === 'mil' ? institutionActor(store, 'mil', cc!) : store.byId.get(`state:${cc}`));
  return actor ? { next: i + 1, end: t.end, actor } : null;
}
