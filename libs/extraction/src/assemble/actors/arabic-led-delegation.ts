// "واشتكى الوفد الذي يقوده علاوي للسفير الأمريكي": a delegation the dictionary has no name for acts for the one who
// leads it; the leader named in its relative clause is the verb's subject (the delegation is no body of its own).
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { ActorLike, Span } from '../assemble.types';
import { textActor } from '../clause/raw-subject';
import { OBJECT_PRONOUN } from './relative-antecedent';

const DELEGATIONS = foldedSet(['الوفد', 'وفد', 'البعثة', 'بعثة']);
const RELATIVES = foldedSet(['الذي', 'التي']);
// Verbs of leading or heading, with the object pronoun for the delegation stripped ("يقوده", "ترأسه").
const LEAD_VERBS = foldedSet(['يقود', 'تقود', 'قاد', 'قادت', 'يترأس', 'ترأس', 'تترأس', 'يرأس', 'يتزعم', 'تتزعم']);
// The leader's name ends at a glued or free preposition: "علاوي للسفير", "علاوي إلى واشنطن".
const PREPOSITIONS = foldedSet(['في', 'من', 'على', 'إلى', 'عن', 'مع', 'الى', 'خلال', 'امس', 'اليوم']);
const MAX_NAME = 5;
const BREAK = /[.،,:;؛«»"“”()\n]/;

/** The leader of an unnamed delegation that is the subject right after the verb ending at `verbEnd`, or null. */
export function delegationLeader(text: string, tokens: Token[], verbEnd: number): Span<ActorLike> | null {
  const head = verbEnd;
  if (!DELEGATIONS.has(tokens[head]?.norm ?? '') || !RELATIVES.has(tokens[head + 1]?.norm ?? '')) return null;
  const verb = tokens[head + 2];
  if (!verb || !OBJECT_PRONOUN.test(verb.norm) || !LEAD_VERBS.has(verb.norm.replace(OBJECT_PRONOUN, ''))) return null;
  const first = head + 3;
  let end = first;
  while (
    end < tokens.length &&
    end - first < MAX_NAME &&
    tokens[end].isArabic &&
    !PREPOSITIONS.has(tokens[end].norm) &&
    !/^(?:لل|بال)/.test(tokens[end].norm) &&
    (end === first || !BREAK.test(text.slice(tokens[end - 1].end, tokens[end].start)))
  )
    end++;
  return end > first ? textActor(text, tokens, first, end) : null;
}
