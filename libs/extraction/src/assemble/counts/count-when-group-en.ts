// "about 100 people were killed, including 14 police officers who died when a crowd attacked a police station",
// "four others in and around Jenin, including two killed when a drone struck a car in Zababdeh": a group named after
// "including" is part of the clause's toll (count-parts.ts reads no figure there), but when its own death word
// opens "when <happening>", the group is that happening's toll. The figure goes to the death word and to the
// trigger right after "when", never to the clause's toll.
import { readNumbers } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';
import { has } from './count-parts';
import { DEATH } from './count-words.data';

export interface WhenGroup {
  /** Token index of the group's death word ("died", "killed"). */
  cue: number;
  /** Token index of "when". */
  when: number;
  value: number;
}

/** Words of the death word's verb group and relative: "who died", "who were killed", "killed". */
const VERB_GROUP = new Set(['who', 'were', 'was', 'had', 'been', 'later']);
/** At most this many words between "including" and the death word (figure, noun, relative, auxiliaries). */
const REACH = 7;
/** A trigger this many words after "when" at most is the happening the group died in ("when a crowd attacked"). */
export const WHEN_REACH = 6;

/** Something besides one space (a comma, a dash) stands between two tokens of [first, last]. */
const punctuatedWithin = (tokens: Token[], first: number, last: number): boolean =>
  tokens.slice(first + 1, last + 1).some((t, i) => t.start - tokens[first + i].end > 1);

/** Every "including N ... died/killed when" group of the English clause [from, to). */
export function whenGroups(tokens: Token[], from: number, to: number): WhenGroup[] {
  const out: WhenGroup[] = [];
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].isArabic || tokens[k + 1].norm !== 'when' || !has(tokens[k], DEATH)) continue;
    let inc = -1;
    for (let j = k - 1; j >= Math.max(from, k - REACH); j--) {
      if (tokens[j].norm === 'including') {
        inc = j;
        break;
      }
    }
    // "including seven children, were killed when": a comma closes the aside, so the death word is the clause's own.
    if (inc < 0 || punctuatedWithin(tokens, inc + 1, k)) continue;
    const n = readNumbers(tokens.slice(inc + 1, k)).find((m) => m.first === 0);
    if (!n) continue;
    // The words between the group's noun and the death word are only its relative and auxiliaries.
    const rest = tokens.slice(inc + 1 + n.end, k);
    if (rest.length > 5 || rest.some((t) => t.isNumber)) continue;
    const verb = rest.findIndex((t) => VERB_GROUP.has(t.norm));
    const noun = verb < 0 ? rest.length : verb;
    if (noun > 3 || !rest.slice(noun).every((t) => VERB_GROUP.has(t.norm))) continue;
    out.push({ cue: k, when: k + 1, value: n.value });
  }
  return out;
}

/** The group whose death word is the trigger at [first, end), or whose "when" opens right before it. */
export function whenGroupFor(groups: WhenGroup[], first: number, end: number): WhenGroup | undefined {
  return groups.find((g) => (g.cue >= first && g.cue < end) || (g.when < first && first - g.when <= WHEN_REACH));
}
