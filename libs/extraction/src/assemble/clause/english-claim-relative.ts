// "a charge Kigali denied", "an accusation Tehran rejects": a claim noun opens a relative clause whose subject is
// the name after it. The noun is the verb's object, so it is no part of the doer's name ("charge Kigali").
import type { Token } from '../../text/tokenize';

const CLAIM_NOUNS = new Set(
  'charge charges accusation accusations allegation allegations claim claims assertion assertions report reports suggestion suggestions demand demands proposal proposals request requests'.split(
    ' ',
  ),
);
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'such']);

/** Where the subject starts in the phrase tokens[first..end): past a claim noun that opens a relative clause. */
export function pastClaimNoun(tokens: Token[], first: number, end: number): number {
  const noun = tokens[first];
  if (end - first < 2 || !CLAIM_NOUNS.has(noun.norm) || !/^\p{Lu}/u.test(tokens[first + 1].surface)) return first;
  // Only after an article: "claims Kigali denied" at a clause start may be a headline verb.
  return ARTICLES.has(tokens[first - 1]?.norm ?? '') ? first + 1 : first;
}
