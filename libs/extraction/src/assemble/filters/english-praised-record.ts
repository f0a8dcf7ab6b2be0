// "was initially praised for easing restrictions on the media", "is credited with ending the war": an English act
// told as the grounds of someone's standing is part of their record, not a happening the story reports.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

/** Words of standing and the particle that brings in its grounds. */
const STANDING: Record<string, string> = {
  praised: 'for',
  lauded: 'for',
  commended: 'for',
  hailed: 'for',
  known: 'for',
  remembered: 'for',
  celebrated: 'for',
  credited: 'with',
};

/** The trigger is a gerund right after "praised for", "credited with" … */
export function praisedRecord(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || !t.norm.endsWith('ing')) return false;
  const particle = tokens[trigger.first - 1]?.norm;
  return !!particle && STANDING[tokens[trigger.first - 2]?.norm ?? ''] === particle;
}
