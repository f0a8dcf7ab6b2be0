// Triggers read through a neighbouring trigger of their clause: the topic of a statement ("condemned the raid"), the
// scope of a sanction or of aid ("targeting 100 tankers"), an act alleged or denied ("accused … of attacking"), the
// manner of a happening already told ("killed eight militants in a raid"). assemble-events.ts drops such triggers.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';
import { MATERIAL, VERBAL } from '../event-classes';

/** "دعا خلال لقائه اليوم المبعوث", "قال عقب لقائه الرئيس": Arabic words that make the noun after them the occasion
 * on which a statement was made, not what it is about. */
const AR_OCCASION = wordSet('خلال أثناء لدى عقب إثر إبان');

/** An occasion word stands between the statement and the noun: the noun is no topic. "من خلال" is a means ("طالب
 * من خلال استقباله الرسائل"), not an occasion. */
function spokenAt(tokens: Token[] | undefined, from: number, to: number): boolean {
  if (!tokens) return false;
  for (let k = from; k < to; k++)
    if (tokens[k].isArabic && hasWord(tokens[k], AR_OCCASION) && tokens[k - 1]?.norm !== 'من') return true;
  return false;
}

/** "condemned the raid", "طالب بالإفراج عن": a noun right after a statement verb is what the statement is about;
 * the statement is the event (the happening, if real, is reported in its own words elsewhere). A statement whose gap
 * keeps its words ("إن التفجير … نفذه داعش") reports the attack in that gap as well; a meeting during which the
 * statement was made ("دعا خلال لقائه") is a happening of its own. */
export function isStatementTopic(trigger: TriggerMatch, triggers: TriggerMatch[], tokens?: Token[]): boolean {
  return (
    trigger.spec.voice === 'noun' &&
    triggers.some(
      (t) =>
        VERBAL.has(t.spec.type) &&
        !t.spec.keepsGap &&
        (t.spec.voice !== 'noun' || t.spec.mode === 'investigate') &&
        t.end <= trigger.first &&
        trigger.first - t.end <= 3 &&
        !spokenAt(tokens, t.end, trigger.first),
    )
  );
}

/** "approved sanctions against Russia, targeting 100 tankers": in English a "target" verb after a sanction (or aid)
 * in its clause names the measure's scope, not an attack. */
export function isSanctionScope(tokens: Token[], trigger: TriggerMatch, triggers: TriggerMatch[]): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'ASSAULT' || t.isArabic || !t.norm.startsWith('target')) return false;
  // Likewise after aid: "delivered nutrition supplies to 14 facilities, targeting children under five".
  return triggers.some(
    (s) =>
      (s.spec.type === 'SANCTION' || s.spec.type === 'AID') && s.end <= trigger.first && trigger.first - s.end <= 12,
  );
}

/** "accused the Wazalendo of attacking its positions", "blamed Kyiv for shelling", "denied targeting civilians": in
 * English a gerund after an accusation or denial is what is alleged or denied, not a reported happening. An adverb
 * may stand before the gerund ("accused India of deliberately targeting civilians"). */
export function isAllegedAct(tokens: Token[], trigger: TriggerMatch, triggers: TriggerMatch[]): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || !MATERIAL.has(trigger.spec.type) || !t.norm.endsWith('ing')) return false;
  let before = trigger.first - 1;
  while (before > trigger.first - 3 && /^[a-z]+ly$/.test(tokens[before]?.norm ?? '')) before--;
  const prev = tokens[before]?.norm ?? '';
  return triggers.some(
    (s) =>
      (s.spec.type === 'ACCUSE' || s.spec.type === 'REJECT') &&
      s.end <= trigger.first &&
      trigger.first - s.end <= 8 &&
      (s.end === trigger.first ? s.spec.type === 'REJECT' : prev === 'of' || prev === 'for'),
  );
}

/** Prepositions that make a raid the manner of the happening before it: "killed eight militants in a raid". */
const MANNER_LINKS = new Set(['in', 'during']);
const RAID_NOUNS = new Set(['raid', 'raids']);

/** "killed eight militants in a raid", "detained 45 people in raids across 12 provinces": an English raid noun after
 * "in"/"during" tells how a happening already reported in its clause was done (an assault or an arrest), not a
 * further arrest. */
export function isMannerRaid(tokens: Token[], trigger: TriggerMatch, triggers: TriggerMatch[]): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'COERCE' || !RAID_NOUNS.has(t.norm)) return false;
  let link = trigger.first - 1;
  if (/^(?:a|an|the)$/.test(tokens[link]?.norm ?? '')) link--;
  while (
    link > trigger.first - 4 &&
    /^(?:[a-z]+ly|joint|dawn|night|overnight|security|military|police)$/.test(tokens[link]?.norm ?? '')
  )
    link--;
  if (!MANNER_LINKS.has(tokens[link]?.norm ?? '')) return false;
  return triggers.some(
    (s) => s !== trigger && (s.spec.type === 'ASSAULT' || s.spec.type === 'COERCE') && s.end <= link,
  );
}
