// "a statement that did not mention the air strike", "The army did not comment on the shelling": an English noun
// trigger that is the object of a verb of mentioning or commenting names a happening the story has already told; it
// adds none of its own (and would otherwise take the commenting sentence's place, a capital where the talks were).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

/** Verbs whose object is what is spoken about, each with the particle it takes ("" for none). */
const COMMENTING: Record<string, string> = {
  mention: '',
  mentions: '',
  mentioned: '',
  mentioning: '',
  comment: 'on',
  comments: 'on',
  commented: 'on',
  commenting: 'on',
  respond: 'to',
  responds: 'to',
  responded: 'to',
  responding: 'to',
  refer: 'to',
  refers: 'to',
  referred: 'to',
  referring: 'to',
};
/** Determiners of a happening told before: "the strike", "this attack", "Tuesday's bombing" is not covered. */
const POINTING = new Set(['the', 'this', 'that', 'these', 'those']);
/** Words that may qualify the noun between the determiner and the trigger: "the Kharkiv strike", "the hotel attack". */
const MAX_QUALIFIERS = 2;

export function mentionedAct(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.voice !== 'noun') return false;
  for (let d = trigger.first - 1; d >= Math.max(0, trigger.first - 1 - MAX_QUALIFIERS); d--) {
    if (!POINTING.has(tokens[d].norm)) continue;
    const before = tokens[d - 1]?.norm ?? '';
    const particle = COMMENTING[before];
    if (particle === '') return true;
    const verb = tokens[d - 2]?.norm ?? '';
    return !!before && COMMENTING[verb] === before;
  }
  return false;
}
