// A meeting verb outside the reported now: "the foreign ministers last met in Jeddah in March" is history, "when
// the group meets next week" a plan. Neither is a consultation the article reports.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

/** "last met", "last visited", "last spoke": the most recent earlier meeting, named as background. */
const BEFORE = new Set(['last']);
/** "meets next week", "meet later this month": a date ahead of the report. */
const AHEAD = new Set(['next']);

export function meetingOffNow(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'CONSULT' || trigger.spec.voice !== 'verb') return false;
  if (BEFORE.has(tokens[trigger.first - 1]?.norm ?? '')) return true;
  const next = tokens[trigger.end]?.norm ?? '';
  if (AHEAD.has(next)) return true;
  return next === 'later' && tokens[trigger.end + 1]?.norm === 'this';
}
