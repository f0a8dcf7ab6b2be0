// English frames in which a trigger word reports no happening of its own (codebook: background, states and side
// remarks are not events): a "non-" compound, documents that are "released", "aid" naming its workers or sites, a
// motive "in solidarity with", troops stationed somewhere, the charge behind an arrest, a legal appeal and the
// origin story of a war ("since the Oct. 7 attack", "the war began when ..."), talks named as a stance ("open to
// talks"); protests a ban is about
// (english-banned-protest.ts), relief sent by plane (english-aid-cargo.ts) and meetings before or after the
// reported now (english-meeting-time.ts), perfects of habit or hindsight or over an open span, counted wars and
// "still" + a present habit (english-standing-acts.ts), and acts inside a denied report (english-denied-reports.ts).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { aidCargoDispatch } from './english-aid-cargo';
import { bannedProtest } from './english-banned-protest';
import { deniedReportAct } from './english-denied-reports';
import { meetingOffNow } from './english-meeting-time';
import { causedBySpan, countedWars, longSpan, perfectOverSpan, standingAct, stillHabit } from './english-standing-acts';

/** "non-interference", "non-aggression": an English trigger after "non-" names its absence. */
export function nonCompound(text: string, tokens: Token[], first: number): boolean {
  const t = tokens[first];
  return !t.isArabic && tokens[first - 1]?.norm === 'non' && text[t.start - 1] === '-';
}

// What is "released" that is no prisoner: documents, images and figures.
const DOCUMENTS = new Set(
  (
    'statement statements video videos footage images image photos photo pictures sketches sketch report reports ' +
    'details names figures data recording recordings audio list results findings document documents letter ' +
    'album film song book guidelines funds budget'
  ).split(' '),
);
const EN_DET = new Set('a an the its their his her new further two three several some more'.split(' '));

/** "police released sketches of three suspects", "released a statement": a release of documents frees nobody. */
export function releasedDocument(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'RETREAT' || !t.norm.startsWith('releas')) return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + 3); k++) {
    if (DOCUMENTS.has(tokens[k].norm)) return true;
    if (!EN_DET.has(tokens[k].norm) && !tokens[k].isNumber) return false;
  }
  return false;
}

// Heads that "aid" only modifies: its workers, agencies and sites.
const AID_HEADS = new Set(
  (
    'workers worker agencies agency groups group organisations organizations organization organisation officials ' +
    'official staff sector community point points site sites hub hubs centre center centres centers distribution ' +
    'chief chiefs'
  ).split(' '),
);

/** "aid workers", "Aid agencies have warned", "an aid distribution point": "aid" naming who or where, not aid. */
export function aidModifier(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'AID' || trigger.end - trigger.first !== 1) return false;
  return AID_HEADS.has(tokens[trigger.end]?.norm ?? '');
}

/** "resigned in solidarity with the protesters": the solidarity is the motive of another act. */
export function solidarityMotive(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  return !t.isArabic && t.norm === 'solidarity' && tokens[trigger.first - 1]?.norm === 'in';
}

/** "About 2,000 U.S. troops are deployed in Syria": a present stative passive describes a standing presence. */
export function stationedTroops(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'MOBILIZE' || !/ed$/.test(t.norm)) return false;
  const prev = tokens[trigger.first - 1]?.norm ?? '';
  return prev === 'are' || prev === 'is' || prev === 'remain' || prev === 'remains';
}

// Arrest words, before the charge that explains them.
const EN_ARREST = new Set('arrested detained custody apprehended held detaining arresting'.split(' '));

/** "took four suspects into custody, accusing them of planning attacks": an English participle charge after an
 * arrest in its clause gives the arrest's reason; the arrest is the event. */
export function arrestCharge(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'ACCUSE' || !t.norm.endsWith('ing')) return false;
  for (let k = trigger.first - 1; k >= clauseFirst; k--) if (EN_ARREST.has(tokens[k].norm)) return true;
  return false;
}

const LEGAL_AFTER = new Set('the a against his her their its verdict ruling sentence decision conviction'.split(' '));
const BE = new Set('be been being was were is are'.split(' '));

/** "The ruling cannot be appealed", "appealed the verdict": a legal appeal, not a call on anyone. */
export function legalAppeal(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'REQUEST' || !t.norm.startsWith('appeal')) return false;
  // "appealing to the transitional government to station troops": an addressee, not a verdict.
  if (['to', 'for'].includes(tokens[trigger.end - 1]?.norm ?? '')) return false;
  return BE.has(tokens[trigger.first - 1]?.norm ?? '') || LEGAL_AFTER.has(tokens[trigger.end]?.norm ?? '');
}

/** "violence has surged since Hamas' Oct. 7 attack", "the war began when militants attacked": an English trigger
 * that marks where a span or a war started is the origin story, not the news. */
export function englishOrigin(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const noun = trigger.spec.voice === 'noun';
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 6); k--) {
    const w = tokens[k].norm;
    if (noun && w === 'since' && trigger.first - k <= 5) return true;
    if (w === 'when' && ['began', 'started', 'erupted', 'broke'].includes(tokens[k - 1]?.norm ?? '')) return true;
  }
  return warBeganWhen(tokens, trigger.first, clauseFirst);
}

const STARTERS = new Set(['began', 'started', 'erupted', 'broke']);
const WARS = new Set(['war', 'conflict', 'insurgency', 'uprising']);

/** "Sudan's war broke out in April 2023 when a power struggle between the army and the RSF erupted into open
 * fighting": a "when" clause after a war's start, however far the date stands between, tells how the war began. The
 * war noun is required: "clashes broke out on Monday when militants attacked a post" is the day's news. */
function warBeganWhen(tokens: Token[], first: number, clauseFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 16); k--) {
    if (tokens[k].norm !== 'when') continue;
    for (let s = k - 1; s >= Math.max(clauseFirst, k - 6); s--)
      if (STARTERS.has(tokens[s].norm)) return [1, 2, 3].some((d) => WARS.has(tokens[s - d]?.norm ?? ''));
    return false;
  }
  return false;
}

// Stances towards talks: "remained interested in continuing peace talks", "is open to talks", "committed to the talks".
const STANCE = new Set(['interested', 'committed', 'open', 'ready', 'commitment', 'willingness', 'readiness']);
const STANCE_LINK = new Set(['in', 'to', 'for']);

/** "Russia remained interested in continuing peace talks", "the SDF has said it is open to talks": talks named as a
 * party's stance, not talks held. */
export function talksAsStance(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'CONSULT' || trigger.spec.voice !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(1, trigger.first - 4); k--)
    if (STANCE_LINK.has(tokens[k].norm) && STANCE.has(tokens[k - 1].norm)) return true;
  return false;
}

/** True when any English frame above makes the trigger no reported happening. */
export function englishNonEvent(text: string, tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  return (
    nonCompound(text, tokens, trigger.first) ||
    releasedDocument(tokens, trigger) ||
    aidModifier(tokens, trigger) ||
    solidarityMotive(tokens, trigger) ||
    stationedTroops(tokens, trigger) ||
    arrestCharge(tokens, trigger, clauseFirst) ||
    legalAppeal(tokens, trigger) ||
    englishOrigin(tokens, trigger, clauseFirst) ||
    talksAsStance(tokens, trigger) ||
    bannedProtest(tokens, trigger) ||
    aidCargoDispatch(text, tokens, trigger) ||
    meetingOffNow(tokens, trigger) ||
    standingAct(tokens, trigger) ||
    perfectOverSpan(text, tokens, trigger) ||
    countedWars(tokens, trigger) ||
    stillHabit(tokens, trigger) ||
    longSpan(tokens, trigger) ||
    causedBySpan(tokens, trigger) ||
    deniedReportAct(tokens, trigger, clauseFirst)
  );
}
