// "banned all demonstrations in Abidjan", "a four-day ban on all rallies", "Protests have been effectively banned in
// Egypt": a protest noun that a ban is about names what is forbidden, not a protest that took place (the ban is the
// event, COERCE).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

const BAN = new Set(
  'ban bans banned banning prohibited prohibit prohibits outlawed outlaw forbade forbidden barred'.split(' '),
);
/** Words between a ban and the protest noun: "ban on all public rallies". */
const FILLER = new Set('on all any public street the mass political opposition further'.split(' '));
const BE = new Set('have has had been were was are is be effectively'.split(' '));

/** True when an English protest noun is the object of a ban before it or the subject of a passive ban after it. */
export function bannedProtest(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'PROTEST' || trigger.spec.voice !== 'noun') return false;
  let k = trigger.first - 1;
  while (k >= 0 && trigger.first - k <= 4 && FILLER.has(tokens[k].norm)) k--;
  if (k >= 0 && BAN.has(tokens[k].norm)) return true;
  let j = trigger.end;
  while (j < tokens.length && j - trigger.end < 3 && BE.has(tokens[j].norm)) j++;
  return j > trigger.end && BAN.has(tokens[j]?.norm ?? '');
}
