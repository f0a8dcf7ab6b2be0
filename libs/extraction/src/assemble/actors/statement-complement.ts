// A statement verb's complement: "وأشاد بمقاتلي المقاومة", "وطالب النزلي المجتمع الدولي بضرورة إنهاء الاحتلال",
// "قدم شكره للحكومة السعودية", "حث الولايات المتحدة على الضغط على اسرائيل". A name past a preposition after the verb
// (a separate على/إلى/من/عن/في, or ب/ل glued to a noun) is what was praised, demanded or refused, or whom it was
// addressed to; it is never the speaker, who is the subject before the verb or the one the sentence carries on with.
import { foldedSet } from '../../text/word-sets';
import type { Token } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';

// Not في or من: they sit inside the speaker's own phrase too ("المرجع الشيعي الأعلى في العراق آية الله علي السيستاني",
// "عدد من المسؤولين").
const PREPOSITIONS = foldedSet(['على', 'إلى', 'الى', 'عن', 'ضد']);
// ب glued to a noun ("بمقاتلي", "بضرورة", "بالهجمات") or ل glued to a definite one ("للحكومة"). A bare ب before three
// letters is too often a word's own first letter (بيان, بعض), and ل before an indefinite noun too (لبنان, لجنة).
const GLUED = /^[وف]?(?:ب(?:ال..|.{4,})|لل..)/;
// "ونددت 19 منظمة بينها اوكسفام": a ب word carrying a pronoun heads no complement; the name is in the subject.
const PRONOUN = /(?:ها|هم|هما|هن|كم|نا)$/;
// The name's own first word with a glued preposition: "للحكومة السعودية", "بالولايات المتحدة" (not بريطانيا).
const GLUED_NAME = /^[وف]?(?:بال|لل)../;

/** "شكره للحكومة السعودية", "أشاد بالولايات المتحدة": a name carrying a glued preposition is never a subject. */
export const prepositionalName = (tokens: Token[], a: Span<ActorLike>): boolean =>
  GLUED_NAME.test(tokens[a.first]?.norm ?? '');

/** True when a preposition stands between the statement verb and the name (the name is in its complement). */
export function inStatementComplement(tokens: Token[], trigger: TriggerMatch, a: Span<ActorLike>): boolean {
  for (let k = trigger.end; k < a.first; k++) {
    const norm = tokens[k].norm;
    if (tokens[k].isArabic && (PREPOSITIONS.has(norm) || (GLUED.test(norm) && !PRONOUN.test(norm)))) return true;
  }
  return prepositionalName(tokens, a);
}
