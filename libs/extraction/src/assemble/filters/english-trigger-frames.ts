// English triggers that are no reported happening: a warning that forecasts a harm nobody threatens to cause, a
// natural hazard that "struck" or "killed", what a protest demands, and passage or visas "denied" (withheld, not
// rejected). Called by trigger-filters.ts.
import { isHazard } from '../../context/article-genre';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

// What a forecast warns of: a consequence nobody threatens to cause ("warned the toll was likely to rise",
// "warned that Iraq could lose a fifth of its water", "warning that without new funds, food aid would stop"); a
// threat names the speaker's own act ("would close the strait if attacked").
const EN_FORECAST = new Set(
  (
    'likely could might may risk risks risking catastrophe catastrophic crisis famine starvation ' +
    'shortage shortages collapse harm economy toll rise worsen deteriorate spread lose losing outbreak ' +
    'humanitarian funding funds climate'
  ).split(' '),
);
// A threat names the speaker's own response: "warned it would respond", "warned of retaliation".
const EN_THREAT_WORDS = new Set(
  'respond response retaliate retaliation retaliatory consequences force strike strikes punish revenge decisive crushing attacked hesitation close sanctions reimposed reimpose expel suspend'.split(
    ' ',
  ),
);

// A warning's complement runs long ("warned that the blockade of the port, now in its third month, would leave
// thousands facing famine"): its harm word may come twenty words after the verb.
const WARNING_SPAN = 25;

/** "Aid agencies have warned that an offensive would trigger a catastrophe": an English warning (within the next
 * twenty-five words of its clause) about a foreseen harm and no response of the speaker's is a forecast, not a
 * threat. */
export function isForecastWarning(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'THREATEN' || trigger.spec.mode !== 'warn') return false;
  let forecast = false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + WARNING_SPAN); k++) {
    if (EN_THREAT_WORDS.has(tokens[k].norm)) return false;
    if (EN_FORECAST.has(tokens[k].norm)) forecast = true;
  }
  return forecast;
}

/** "the 7.7-magnitude quake that struck central Myanmar", "Cyclone Remal killed at least 16": an English force
 * trigger whose subject (a hazard word within the four words before it, in its clause) is a natural hazard. */
export function isHazardAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (tokens[trigger.first].isArabic || trigger.spec.type !== 'ASSAULT') return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 4); k--)
    if (isHazard(tokens[k])) return true;
  return false;
}

// Words of a street protest: the crowd, its march or rally, the road it blocks.
const EN_PROTEST_WORDS = new Set(
  (
    'protest protests protested protesting protesters protestors demonstration demonstrations demonstrated ' +
    'demonstrators marched march marches marching rally rallies rallied rallying blocked blocking chanted chanting ' +
    'placards banners strikers sit-in crowd crowds'
  ).split(' '),
);

/** "hundreds marched through Pétion-Ville demanding that the authorities act", "blocked the road, demanding ...": an
 * English participle demand ("demanding", "calling for", "urging") after protest words in its clause is what the
 * protest is about; the protest is the event, not a separate request. */
export function isProtestDemand(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'REQUEST' || !t.norm.endsWith('ing')) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 20); k--)
    if (EN_PROTEST_WORDS.has(tokens[k].norm) && !addressed(tokens, k)) return true;
  return false;
}

/** "a student speaker told the crowd, calling on the president to …": a crowd spoken to is an audience; the call is
 * the speaker's own request. */
const ADDRESSED = new Set(['told', 'addressed', 'urged', 'asked']);
const addressed = (tokens: Token[], k: number): boolean => {
  const j = /^(?:the|a)$/.test(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  return ADDRESSED.has(tokens[j]?.norm ?? '');
};

/** Judicial acts on people after the fact: their object is who they were, not a crowd protesting now. */
const EN_JUDICIAL = new Set(
  'sentenced sentences convicted convicts jailed jails charged charges indicted tried pardoned acquitted prosecuted'.split(
    ' ',
  ),
);
const EN_CROWD_NOUNS = new Set(['protesters', 'demonstrators', 'protester', 'demonstrator']);

/** "A court sentenced 12 protesters to prison", "charged 47 demonstrators": the crowd noun names defendants, not a
 * protest held now. */
export function isDefendantCrowd(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'PROTEST' || !EN_CROWD_NOUNS.has(t.norm)) return false;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 4); k--)
    if (EN_JUDICIAL.has(tokens[k].norm)) return true;
  return false;
}

// What a checkpoint or border denies: "denied passage", "refused entry", "denied access to the camp".
const EN_PASSAGE = new Set('passage entry access visas visa boarding transit'.split(' '));
const EN_DETERMINERS = new Set('the a an any its their his her them him us'.split(' '));
const EN_NP_BREAKS = new Set('of by that in on to for as and or from with'.split(' '));

/** "they were denied passage", "denies the terrorists the gaps they exploited": an English deny or refuse verb that
 * withholds passage, or takes two objects (deprive someone of something), is no denial of a claim. */
export function isWithholding(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'REJECT' || trigger.spec.voice === 'noun') return false;
  const next = tokens[trigger.end];
  if (!next || trigger.end >= clauseEnd) return false;
  if (EN_PASSAGE.has(next.norm)) return true;
  if (!t.norm.startsWith('den') || !EN_DETERMINERS.has(next.norm)) return false;
  // A second object after the first: "the terrorists the gaps", "them any access".
  for (let k = trigger.end + 1; k < Math.min(clauseEnd, trigger.end + 4); k++) {
    const w = tokens[k].norm;
    // A preposition or a verb ("denied any involvement, saying its account ...") ends the first object.
    if (EN_NP_BREAKS.has(w) || !/^[a-z-]+$/.test(w) || /(?:ing|ed)$/.test(w)) return false;
    if (EN_DETERMINERS.has(w) || EN_PASSAGE.has(w)) return true;
  }
  return false;
}

// Holders of state power: "طالبوا وزير التعليم بالتدخل", "نطالب بتدخل خادم الحرمين الشريفين".
