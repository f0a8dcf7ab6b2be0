// Institution actors: a state's government, military or police (built once per country and cached in the store),
// and the bare institution (الجيش, the army) that waits for the article's country.
import type { ActorStore } from './actor-store';
import type { ActorRef } from './actor.types';
import { ROLE_KIND, ROLE_NAME, type InstitutionRole } from './institution-words.data';

/** The government, military or police of country `cc`: the curated actor when there is one, else composed. */
export function institutionActor(store: ActorStore, role: keyof typeof ROLE_KIND, cc: string): ActorRef {
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
export const BARE_PREFIX = 'bare:';

export function bareActor(role: InstitutionRole): ActorRef {
  return { id: BARE_PREFIX + role, name: ROLE_NAME[role], kind: ROLE_KIND[role], country: null };
}
