// A state institution placed in its state with في: "وزارة الداخلية في البحرين", "السلطات في مصر". Wire copy writes
// the country this way as often as with a nisba (وزارة الداخلية البحرينية); without it the ministry is no actor at
// all and the state after في only a place, so its statements and arrests fall to a generic "السلطات" or nobody.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import { institutionActor } from './institution-actor';
import { joined, longestPhrase, type Span } from './phrase-match';
import { normalizeKey } from '@marsad/contracts';

// Heads that are also common nouns or adjectives ("استتباب الأمن في تونس", "الأوضاع الداخلية في البحرين", "تولى
// الإدارة في"): only a named office or a plainly governmental head is read as the state's.
const NOT_HEADS = new Set(
  ['الأمن', 'الداخلية', 'الخارجية', 'الإدارة', 'الدبلوماسية', 'النظام', 'الرئاسة'].map(normalizeKey),
);

/** The institution at token i (clitics allowed) followed by في and a state's name: that state's institution. */
export function institutionInState(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  i: number,
  store: ActorStore,
): (Span & { skip: number }) | null {
  for (const v of vars[i]) {
    const inst = longestPhrase(text, tokens, i, v.key, store.institutions);
    if (!inst || inst[1] === 'mil') continue;
    const n = inst[0];
    if (n === 1 && NOT_HEADS.has(v.key)) continue;
    const fi = tokens[i + n];
    const state = tokens[i + n + 1];
    if (!fi || !state || fi.key !== 'في' || !joined(text, tokens[i + n - 1], fi) || !joined(text, fi, state)) continue;
    const ref = store.actors.byKey.get(state.key);
    if (ref?.kind !== 'state' || !ref.country) continue;
    return { next: i + n + 2, end: state.end, actor: institutionActor(store, inst[1], ref.country), skip: v.skip };
  }
  return null;
}
