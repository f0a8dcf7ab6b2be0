// English passives without an auxiliary and agents behind an article: "125 Houthi detainees freed by the
// government", "a market seized by Boko Haram", "an attack by the Rapid Support Forces". The words before such a
// participle are what underwent the act; the doer is the mention after "by" (choose-actor.ts). A verb coordinated
// with a passive ("was arrested and charged with") is passive too.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

/** A verb trigger read right before "by" is a participle ("freed by", "abducted by"): a reduced passive. Only
 * past forms: "-ing by" ("targeting by night") is no passive, and a gapped phrase ends on its object. */
export function isReducedPassive(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.voice !== 'verb' || trigger.spec.words.includes('~') || trigger.end - trigger.first !== 1)
    return false;
  const verb = tokens[trigger.first];
  if (verb.isArabic || /ing$/.test(verb.norm)) return false;
  if (tokens[trigger.end]?.norm === 'by') return true;
  return isVictimParticiple(tokens, trigger);
}

/** Harm verbs that always take an object when active: "gunmen killed three", never "gunmen killed in the town". */
const HARM_PARTICIPLES = new Set(['killed', 'wounded', 'injured', 'slain', 'abducted', 'kidnapped', 'executed']);
/** What follows a harm participle that has no object: "killed in a shootout", "wounded during the raid". */
const OBJECTLESS = new Set(['in', 'during', 'when', 'after', 'near', 'while', 'overnight', 'on', 'at', 'outside']);
/** Words before a past form that make it an active verb or a perfect, not a participle after its noun. */
const NOT_NOUN = new Set([
  ...['had', 'has', 'have', 'who', 'which', 'that', 'they', 'he', 'she', 'it', 'we', 'i', 'you', 'and', 'or'],
  ...['reportedly', 'allegedly', 'also', 'then', 'later', 'were', 'was', 'been', 'be', 'being', 'is', 'are'],
]);

/** "declared a day of mourning for three Serbs killed in a shootout with Kosovo police": a harm participle right
 * after a noun and followed by no object but a preposition is a reduced passive; the noun before it is the victim.
 * "at least" after it is the object's count ("gunmen killed at least ten"), not a preposition. */
function isVictimParticiple(tokens: Token[], trigger: TriggerMatch): boolean {
  const verb = tokens[trigger.first];
  if (!HARM_PARTICIPLES.has(verb.norm)) return false;
  const next = tokens[trigger.end];
  if (!next || !OBJECTLESS.has(next.norm)) return false;
  if (next.norm === 'at' && tokens[trigger.end + 1]?.norm === 'least') return false;
  const prev = tokens[trigger.first - 1];
  return !!prev && /^\p{L}[\p{L}'-]*$/u.test(prev.surface) && !NOT_NOUN.has(prev.norm);
}

/** "by the Rapid Support Forces": an English agent marker with the article between it and the mention. */
export function afterByThe(tokens: Token[], a: Span<ActorLike>): boolean {
  if (tokens[a.first - 1]?.norm === 'the' && tokens[a.first - 2]?.norm === 'by') return true;
  // "shelling by the paramilitary Rapid Support Forces", "strikes by the Saudi-led coalition": one modifier between.
  const modifier = tokens[a.first - 1];
  return (
    !!modifier &&
    /^[\p{L}-]+$/u.test(modifier.surface) &&
    !NOT_MODIFIERS.has(modifier.norm) &&
    tokens[a.first - 2]?.norm === 'the' &&
    tokens[a.first - 3]?.norm === 'by'
  );
}

/** Words that never modify the agent's name after "by the": "by the end of", "by the time". */
const NOT_MODIFIERS = new Set(['end', 'time', 'way', 'and', 'of', 'in', 'on', 'at', 'for', 'to', 'with']);

const BE = new Set(['was', 'were', 'been', 'is', 'are', 'being']);
const ADVERBS = new Set(['later', 'then', 'subsequently', 'also', 'formally']);
/** What a passive participle takes where an active verb would take its object: "charged with", "sentenced to". */
const PASSIVE_COMPLEMENT = new Set(['with', 'to', 'for', 'in', 'at', 'on', 'over', 'under', 'after', 'without']);

/** "X was arrested on Friday and charged with treason": a verb coordinated with a passive one is passive too when
 * it takes a preposition, not an object ("and blamed Pakistan", "and urged all parties" stay active). The names in
 * the clause's subject underwent both acts. */
export function sharesPassive(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'verb' || trigger.end - trigger.first !== 1) return false;
  if (!PASSIVE_COMPLEMENT.has(tokens[trigger.end]?.norm ?? '')) return false;
  let k = trigger.first - 1;
  if (ADVERBS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm !== 'and') return false;
  for (let j = k - 2; j >= Math.max(clauseFirst, k - 8); j--) {
    if (!BE.has(tokens[j].norm)) continue;
    const participle = tokens[j + 1].norm;
    // A first passive with its own agent ("were wounded by Pakistani fire and blamed") hands on no passive.
    const agent = tokens.slice(j + 2, k).some((t) => t.norm === 'by');
    return /(?:ed|en)$/.test(participle) && !agent;
  }
  return false;
}
