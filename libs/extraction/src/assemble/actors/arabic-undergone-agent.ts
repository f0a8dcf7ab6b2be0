// "تعرض مطار عدن أمس لقصف صاروخي من ميليشيات الحوثي", "بعدما تعرضوا لهجوم من جانب مسيحيين", "تعرض قريتين لقصف
// بدبابات تركية": the act a verb of undergoing takes as its object names its doer after it, behind من (من جانب, من
// قبل, على يد) or as the gentilic of the means it was done with; the verb's subject was hit (subject-verbs.ts).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import { isUndergoVerb } from '../clause/subject-verbs';
import type { ActorLike, Span } from '../assemble.types';

// How far the verb of undergoing may stand before its object act ("تعرض مطار عدن الدولي أمس لقصف").
const VERB_REACH = 10;
// How far after the act its doer may be named ("لقصف صاروخي عنيف من ميليشيات الحوثي").
const AGENT_REACH = 4;
const BREAK = /[.؟?!؛;:،,«»"]/;
const FROM = foldedSet(['من']);
// "من جانب X", "من قبل X", "على يد X".
const SIDE = foldedSet(['جانب', 'قبل', 'طرف']);
const TO = foldedSet(['الى', 'إلى']);
const ON = foldedSet(['على']);
const HAND = foldedSet(['يد']);

/** The act is the object of a verb of undergoing before it in the same phrase: "تعرضت X لهجوم", "تعرضت X إلى قصف". */
export function undergoneAct(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || !(/^ل/.test(t.norm) || TO.has(tokens[trigger.first - 1]?.norm ?? ''))) return false;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - VERB_REACH); k--) {
    if (BREAK.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (isUndergoVerb(tokens[k])) return true;
  }
  return false;
}

/** The doer named after an undergone act, or null. */
export function undergoneAgent(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  after: Span<ActorLike>[],
  ok: (a: Span<ActorLike>) => boolean,
): Span<ActorLike> | null {
  if (!undergoneAct(text, tokens, trigger)) return null;
  for (const a of after) {
    if (a.first - trigger.end > AGENT_REACH) break;
    if (BREAK.test(text.slice(tokens[trigger.end - 1].end, tokens[a.first].start))) break;
    const prev = tokens[a.first - 1];
    const marked =
      FROM.has(prev.norm) ||
      (SIDE.has(prev.norm) && FROM.has(tokens[a.first - 2]?.norm ?? '')) ||
      (HAND.has(prev.norm) && ON.has(tokens[a.first - 2]?.norm ?? '')) ||
      // "لقصف بدبابات تركية": the means with its gentilic (adjective-actor.ts) right after the act.
      (a.first === trigger.end && /^ب../.test(tokens[a.first].norm));
    if (marked && ok(a)) return a;
  }
  return null;
}
