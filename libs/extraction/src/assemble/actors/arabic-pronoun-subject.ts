// "مشيرا بأنه طالب المسؤولين البريطانيين", "وأكد أنها رفضت العرض": a verb right after a complementizer that carries
// a pronoun has that pronoun as its subject. The name before the complementizer (often the last word of the speaker's
// previous phrase: "اجتماع لأصدقاء اليمن مشيرا بأنه طالب") is not the verb's subject, nor is the name after the verb,
// which is its object. The pronoun stands for the sentence's speaker (attach-actor.ts).
import type { Token } from '../../text/tokenize';

// أنه، بأنه، لأنه، وأنه، إنه، أنها، بأنهم ... (folded: انه، بانه، لانه، وانه، انها، بانهم).
const PRONOUN_COMPLEMENTIZER = /^[وف]?[بل]?ان(?:ه|ها|هم|هما)$/;

/** True when the verb at `first` comes right after a complementizer carrying its subject pronoun. */
export function pronounSubjectBefore(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return !!prev?.isArabic && PRONOUN_COMPLEMENTIZER.test(prev.norm);
}

/** "أعلن المرصد أنه سقطت قذائف": a masculine pronoun before a feminine verb (or a feminine one before a masculine
 * present: "أنها يقوم") is the pronoun of the matter ("it happened that"), not the verb's subject; the verb's subject
 * follows it. Only a clear mismatch counts: an unvocalized masculine past ("قتل") agrees with either reading. */
export function pronounAgreesWithVerb(tokens: Token[], first: number): boolean {
  const pronoun = tokens[first - 1]?.norm ?? '';
  const verb = tokens[first]?.norm ?? '';
  // A feminine past ends in ت ("سقطت"); a short root ending in it ("مات") is no feminine sign.
  if (/ه$/.test(pronoun) && !/ها$/.test(pronoun)) return !(verb.length >= 4 && /^[^ي].*ت$/.test(verb));
  if (/ها$/.test(pronoun)) return !/^ي/.test(verb);
  return true;
}
