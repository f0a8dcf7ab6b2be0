// English perfects of habit or hindsight: "Iran has repeatedly denied", "opposition groups have long demanded",
// "a charge Abu Dhabi has consistently rejected", "Iran has since suspended cooperation". Wire copy uses them for
// the standing record behind the news, not for what happened now (codebook: background is not an event). So do
// long spans named by a noun: "to stop months of cross-border fighting", "ending decades of conflict".
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

const PERFECT = new Set(['has', 'have', 'had']);
/** Adverbs of habit, duration or hindsight between the auxiliary and the verb. "already" is left out: "has already
 * released 20 hostages" reports the news. */
const STANDING = new Set([
  'long',
  'since',
  'repeatedly',
  'consistently',
  'always',
  'previously',
  'frequently',
  'often',
  'routinely',
  'regularly',
  'persistently',
]);

/** The trigger is a verb right after "has/have/had + adverb of habit" (or "… + been", or "have at times"). */
export function standingAct(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.voice === 'noun') return false;
  let k = trigger.first - 1;
  if (tokens[k]?.norm === 'been') k--;
  const adverb = tokens[k]?.norm ?? '';
  if (adverb === 'times' && tokens[k - 1]?.norm === 'at') return PERFECT.has(tokens[k - 2]?.norm ?? '');
  return STANDING.has(adverb) && PERFECT.has(tokens[k - 1]?.norm ?? '');
}

/** Units long enough that "<unit> of <noun>" sums up a conflict or a process rather than reporting a day's news
 * ("two days of talks", "three days of fighting" stay events). */
const LONG_SPANS = new Set(['months', 'years', 'decades']);

/** The trigger is a noun right after "months/years/decades of" (one modifier, maybe hyphenated, may stand between). */
export function longSpan(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.voice !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(1, trigger.first - 3); k--)
    if (tokens[k].norm === 'of') return LONG_SPANS.has(tokens[k - 1].norm);
  return false;
}

/** The trigger is a passive verb whose agent is such a span: "roads in the area had been destroyed by months of
 * bombardment", "a town ravaged by years of war". The damage sums up the war; it reports no happening of the day. */
export function causedBySpan(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.voice === 'noun' || tokens[trigger.end]?.norm !== 'by') return false;
  const span = trigger.end + 1;
  // "by months of", "by nearly two years of": a word or two may qualify the span.
  for (let k = span; k <= span + 2; k++)
    if (LONG_SPANS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of') return true;
  return false;
}

/** An open span after the act, up to the clause's end: "for years", "for over a decade", "for months", "several
 * times", "on several occasions". A counted span ("suspended for three months") dates a measure, so it is left out. */
const OPEN_SPAN =
  /^[^.,;:!?"“”]*?\b(?:for (?:(?:well |more than |over |nearly |almost )?(?:years|decades|months|a decade)|(?:well |more than |over |nearly |almost )a decade)|several times|many times|on (?:several|many|numerous) occasions)\b/i;

/** The trigger is a perfect ("has held talks", "had urged both sides") whose clause closes on an open span:
 * "has held on-off talks with successive governments for over a decade", "had urged both sides for months" sum
 * up a record, they report no happening of the day. */
export function perfectOverSpan(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.voice === 'noun') return false;
  const before = [tokens[trigger.first - 1]?.norm, tokens[trigger.first - 2]?.norm];
  if (!before.some((w) => w !== undefined && PERFECT.has(w))) return false;
  return OPEN_SPAN.test(text.slice(tokens[trigger.end - 1].end, tokens[trigger.end - 1].end + 160));
}

const COUNT_WORDS = new Set('two three four five several many multiple numerous'.split(' '));

/** The trigger is a verb whose object counts wars: "Armenia and Azerbaijan fought two wars over Nagorno-Karabakh",
 * "the neighbours have fought three wars since independence". A tally of wars is the history behind the news. */
export function countedWars(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.voice === 'noun') return false;
  const count = tokens[trigger.end];
  if (!count || !(count.isNumber || COUNT_WORDS.has(count.norm))) return false;
  return ['wars', 'conflicts'].includes(tokens[trigger.end + 1]?.norm ?? '');
}

/** Past, participle and auxiliary forms after "still": "still raged", "still holding", "still are". */
const NOT_SIMPLE_PRESENT = /(?:ed|ing|en)$|^(?:is|are|was|were|be|been|has|have|had|remain|remains)$/;

/** The trigger is "still" + a simple present verb, or that verb's object: "remnants of the group still mount
 * ambushes in rural parts", "gangs still attack buses on the highway". The present of "still" tells what goes on as
 * a habit, not what happened; past and progressive forms ("fighting still raged", "still holding hostages") are left
 * to report the day. */
export function stillHabit(tokens: Token[], trigger: TriggerMatch): boolean {
  if (tokens[trigger.first].isArabic) return false;
  // "still mount ambushes": the trigger may be the object of the present verb after "still".
  const k = tokens[trigger.first - 1]?.norm === 'still' ? trigger.first : trigger.first - 1;
  if (k < 1 || tokens[k - 1].norm !== 'still') return false;
  const verb = tokens[k];
  return !NOT_SIMPLE_PRESENT.test(verb.norm);
}
