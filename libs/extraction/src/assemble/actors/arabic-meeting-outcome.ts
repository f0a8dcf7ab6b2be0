// "أثمر لقاء وزير الشؤون الاجتماعية الدكتور ماجد القصبي بالأمير … عن تعاون وشراكة": the cooperation (or agreement)
// a meeting yielded is the act of who met; its own idafa names no doer ("تعاون بين الوزارة والمدينة"), so the doer is
// the one named after the meeting masdar, as that meeting's own actor is.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { ActorLike, Span } from '../assemble.types';
import { officeHolderAfterVerb } from './arabic-office-holder';

export const MEETING_OUTCOME_RULE = 'who met in the meeting that yielded it';

// Verbs of yielding that take the outcome through عن: "أثمر/أسفر/تمخض/نتج … عن".
const YIELD_VERBS = foldedSet(['أثمر', 'أثمرت', 'أسفر', 'أسفرت', 'تمخض', 'تمخضت', 'نتج', 'نتجت']);
// Meeting masdars in construct with who met ("لقاء الوزير", "اجتماع وزير الخارجية", "مباحثات الرئيس").
const MEETINGS = foldedSet(['لقاء', 'اجتماع', 'مباحثات', 'محادثات', 'مشاورات', 'زيارة', 'اتصال', 'قمة']);
// The yielding verb stays in the sentence of its outcome, though commas may set off the met party and the venue
// ("القصبي، بالأمير …، في مقر الوزارة، عن تعاون"): the search crosses clauses but no sentence end.
const MAX_SPAN = 45;
const SENTENCE_BREAK = /[.؟?!؛;\n]/;

/** The one named after the meeting masdar that a yielding verb before "عن" + the trigger has as subject, or null. */
export function meetingOutcomeActor(
  text: string,
  tokens: Token[],
  triggerFirst: number,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (tokens[triggerFirst - 1]?.norm !== 'عن') return null;
  for (let v = triggerFirst - 2; v >= Math.max(0, triggerFirst - MAX_SPAN); v--) {
    if (!YIELD_VERBS.has(tokens[v].norm)) continue;
    const masdar = v + 1;
    if (!MEETINGS.has(tokens[masdar]?.norm ?? '')) return null;
    if (SENTENCE_BREAK.test(text.slice(tokens[v].end, tokens[triggerFirst].start))) return null;
    const after = actors.filter((a) => a.first > masdar && a.end < triggerFirst);
    // "لقاء الوزير X": the name right after the masdar; "لقاء وزير … الدكتور X": the holder a rank names.
    const idafa = after.find((a) => a.first === masdar + 1);
    return idafa ?? officeHolderAfterVerb(text, tokens, masdar + 1, after);
  }
  return null;
}
