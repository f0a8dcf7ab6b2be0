// Words at which no actor match but a titled name can start (matchAt, actors/match-actor-at.ts): no reading opens a
// phrase, institution, title or first name, the word is no group or country adjective (nor the dual of one) and no
// reading is "شرطة". Most words of an article are such; the answer is a pure function of the word's readings and
// the store, so it is worked out once per word and store and then read off the word's first reading.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import { dualGentilic } from './adjective-actor';
import { actorFacts, type ActorStore } from './actor-store';
import { policeReading } from './police-of-place';

/** What the per-word checks of matchAt give, asked one by one (the reference quietWord is memoised from). */
export function quietReadings(vs: KeyVariant[], store: ActorStore): boolean {
  if (actorFacts(vs[0], store).adjective || dualGentilic(vs[0].key, store) !== null) return false;
  if (policeReading(vs)) return false;
  for (const v of vs) if (actorFacts(v, store).starts) return false;
  return true;
}

/** quietReadings of a word's readings `vs` (tokenVariants' list for one token), memoised on its first reading. */
export function quietWord(vs: KeyVariant[], store: ActorStore): boolean {
  const head = vs[0];
  if (head.actorWord === store) return head.actorQuiet;
  head.actorWord = store;
  return (head.actorQuiet = quietReadings(vs, store));
}
