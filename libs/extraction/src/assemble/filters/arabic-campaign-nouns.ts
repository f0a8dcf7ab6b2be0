// "the fight against ISIS" as a campaign, not a battle: a definite fight noun followed by ضد and governed by في or by
// a noun of taking part ("شركاء في المعركة ضد داعش", "تعميق تعاونهما في القتال ضد التنظيم", "جبهات المعركة ضد",
// "دخول المعركة ضد") names the war someone is in, not a clash that happened. A battle told as happening has its own
// verb ("اندلعت معركة ضد …", "استمرت المعركة ضد … في الرمادي") and stays.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { foldedSet, hasWord, wordSet } from '../../text/word-sets';

const FIGHT_NOUNS = foldedSet(['معركة', 'قتال']);
const AGAINST = wordSet('ضد');
const THIS = wordSet('هذه هذا');
// في, and nouns in construct with the campaign: its fronts, areas, balance, entering, ending, halting, continuing.
const CAMPAIGN_HEADS = wordSet(
  'في جبهات جبهة مناطق ساحات كفة دخول إنهاء إيقاف مواصلة استئناف شركاء شريك شريكا دور قيادة',
);

/** True for a definite Arabic fight noun (ال, or after هذه) followed by ضد and governed by في or a campaign head. */
export function campaignFight(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.type !== 'ASSAULT' || trigger.end !== trigger.first + 1) return false;
  if (!FIGHT_NOUNS.has(foldWord(trigger.spec.phrase))) return false;
  if (!hasWord(tokens[trigger.end], AGAINST)) return false;
  let head = trigger.first - 1;
  // Definite by its article, or by هذه before it (the head is then the word before هذه).
  let definite = /^(و|ف)?(ب|ل)?ال/.test(t.norm);
  if (!definite && hasWord(tokens[head], THIS)) {
    definite = true;
    head--;
  }
  return definite && hasWord(tokens[head], CAMPAIGN_HEADS);
}
