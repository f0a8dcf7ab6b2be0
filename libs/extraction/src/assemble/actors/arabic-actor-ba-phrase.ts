// A name in the idafa of a noun that a glued ب governs ("وتهدد بتدمير إسرائيل", "وأشاد بمقاتلي المقاومة") sits
// inside a prepositional phrase after the verb: it is the object of that noun, never the verb's VSO subject.
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

// ب glued to a noun: "بتدمير", "بمقاتلي", "بالهجوم". A bare ب before three letters is too often a word's own
// first letter (بيان, بعض, بين), so the noun after it must be four letters or carry the article.
const BA_HEAD = /^[وف]?ب(?:ال..|.{4,})/;
// "أفرج بموجبها النظام": a noun carrying a pronoun takes no idafa; the phrase ends there and the subject may follow.
const PRONOUN = /(?:ها|هم|هما|هن|كم|نا)$/;

/** True when the token right before the mention (its idafa head) is a separate word with a glued ب. */
export function inBaPhrase(tokens: Token[], a: Span<ActorLike>): boolean {
  const head = tokens[a.first - 1];
  return !!head?.isArabic && head.end <= a.start && BA_HEAD.test(head.norm) && !PRONOUN.test(head.norm);
}
