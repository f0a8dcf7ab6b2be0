// The speaker of a passive arrest or deployment that names no agent: "Police said two men were arrested",
// "The army said additional troops had been deployed", "Interior Minister Gérald Darmanin said 206 people had been
// arrested". The force, authority or enforcing official who announces the act made it (read by choose-actor.ts).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { rawSubject } from '../clause/raw-subject';

const CLAUSE_BREAK = /[.;:!?\n"“”]/;
const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

// Speech verbs that announce an arrest made by the speaker: "Police said two men were arrested".
export const ANNOUNCED = new Set(['said', 'says', 'announced', 'reported', 'confirmed', 'added', 'stated']);
// Speakers who arrest: the forces, the state and its offices (not a monitor, an agency or a witness).
const ENFORCER_KINDS = new Set(['police', 'military', 'government', 'state']);
const ENFORCER_HEADS = new Set(
  'police army military prosecutors prosecutor authorities troops forces ministry office command navy guard guards gendarmerie'.split(
    ' ',
  ),
);

// Titles of the officials who order arrests and deployments: "Interior Minister Gérald Darmanin said 206 people had
// been arrested", "Defence Minister X said troops had been deployed".
const ENFORCER_TITLES = new Set(['interior', 'defence', 'defense', 'police', 'security', 'prosecutor', 'attorney']);

/** A person mention with or right after an enforcing office ("Interior Minister", "Attorney General", "police chief"). */
function enforcerTitle(tokens: Token[], mention: Span<ActorLike>): boolean {
  if (mention.value.kind !== 'person') return false;
  for (let k = mention.end - 1; k >= Math.max(0, mention.first - 3); k--)
    if (ENFORCER_TITLES.has(tokens[k].norm)) return true;
  return false;
}

/** "Police said two men were arrested", "Prosecutors said a man was taken into custody": the speaker of a passive
 * arrest that names no agent made it, when it is a force or an authority. */
export function passiveSpeaker(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  // "The army said additional troops had been deployed": a force announcing a deployment made it too.
  if (trigger.spec.type !== 'COERCE' && trigger.spec.type !== 'MOBILIZE') return null;
  // "would be arrested", "will be detained": a plan, not an act.
  if (['be', 'being'].includes(tokens[trigger.first - 1]?.norm ?? '')) return null;
  let s = -1;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 14); k--) {
    if (CLAUSE_BREAK.test(gap(text, tokens[k], tokens[k + 1]))) break;
    if (ANNOUNCED.has(tokens[k].norm)) {
      s = k;
      break;
    }
  }
  if (s <= clauseFirst) return null;
  const mention = actors.find((a) => a.end === s);
  if (mention) return ENFORCER_KINDS.has(mention.value.kind) || enforcerTitle(tokens, mention) ? mention : null;
  const verb = { ...trigger, first: s, end: s + 1, spec: { ...trigger.spec, voice: 'verb' as const } };
  const raw = rawSubject(text, tokens, verb, clauseFirst, s + 1, false);
  if (!raw) return null;
  const titled = tokens.slice(raw.first, raw.end - 1).some((t) => ENFORCER_TITLES.has(t.norm));
  return ENFORCER_HEADS.has(tokens[raw.end - 1].norm) || titled ? raw : null;
}
