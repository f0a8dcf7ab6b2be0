// An outlet (news agency, paper, channel) in a news story is mostly the channel of a statement, not a party to it:
// a source speaks to it ("قال X لـ«الشرق الأوسط» إن", "أكد مصدر لرويترز", "told Reuters", "in an interview with
// AFP"), it learns or reports something ("علمت «عكاظ» أن بارزاني رفض", "أفادت وكالة الأناضول أن", "Mizan news agency
// said"), or a claim is credited to it ("بحسب وكالة الصحافة الفرنسية", "according to Reuters"). In all three roles it
// is never the doer of the reported act: that is the speaker or the subject inside the reported clause.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isGoverned } from './actor-roles';
import { afterLam, isSpeaker } from './actor-sources';
import { foldedSet } from '../../text/word-sets';

// The complementizer that opens the reported clause: "علمت «عكاظ» أن", "ذكرت الصحيفة أنه", "Reuters reported that".
const REPORTED = foldedSet(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', 'that']);
// "in an interview with Reuters", "speaking to AFP", "in remarks to the BBC": English addressee prepositions.
const EN_TO = new Set(['to', 'with']);

/** The mention is an outlet that carries a statement (its addressee, learner, reporter or source). */
export function outletCarriesReport(tokens: Token[], a: Span<ActorLike>, trigger: TriggerMatch): boolean {
  if (a.value.kind !== 'media') return false;
  const prev = tokens[a.first - 1];
  if (afterLam(tokens, a) || (!!prev && !prev.isArabic && EN_TO.has(prev.norm))) return true;
  if (isSpeaker(tokens, a)) return true;
  // The reporter or learner before its reported clause (a name in quotes or brackets may follow the outlet noun).
  if (a.end > trigger.first) return false;
  for (let k = a.end; k < Math.min(a.end + 2, trigger.first); k++) if (REPORTED.has(tokens[k].norm)) return true;
  return false;
}

/** "علمت «عكاظ» أن رئيس الإقليم رفض": the subject opening the clause an outlet reports, or null. */
export function reportedSubject(
  tokens: Token[],
  actors: Span<ActorLike>[],
  outlet: Span<ActorLike>,
  trigger: TriggerMatch,
): Span<ActorLike> | null {
  for (let k = outlet.end; k < Math.min(outlet.end + 2, trigger.first); k++) {
    if (!REPORTED.has(tokens[k].norm)) continue;
    return (
      actors.find((x) => x.first > k && x.first - k <= 3 && x.end <= trigger.first && !isGoverned(tokens, x)) ?? null
    );
  }
  return null;
}
