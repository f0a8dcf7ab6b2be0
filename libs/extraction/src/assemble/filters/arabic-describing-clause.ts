// Arabic descriptive clauses: an imperfect call verb right after an indefinite noun phrase that a preposition or a
// verb governs ("تقوم السياسة على نهج ثابت يدعو للخير", "تغيرت حياتها بطريقة تدعوها للحذر") is a sifa clause that
// says what a thing tends to bring about; no one is asking anything of anyone. A statement that carries a call
// ("في بيان يدعو فيه الحكومة") still reports one, and so does a headline's bare subject ("نائب يطالب بإقالة الوزير"),
// which opens its clause ungoverned.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ArticleContext } from '../draft-context.types';
import { STATEMENTS, RESUMPTIVE } from '../clause/subject-verbs';
import { hasWord, stopBefore, wordSet } from '../../text/word-sets';

// A noun phrase of at most a head and two adjectives ("نهج قيمي ثابت").
const PHRASE_WORDS = 3;
// Prefixed prepositions that govern the head ("بطريقة", "لسياسة", "كأداة").
const governedByPrefix = (t: Token): boolean => /^[بلك]/.test(t.norm) && t.stems.includes(t.norm.slice(1));
// People march demanding ("خرج متظاهرون يطالبون"): a plural verb or a human plural noun is a crowd's call.
const PLURAL_VERB = /(ون|وا|ان)$/;
const HUMAN_PLURAL = /(ون|ين)$/;
// Possessive endings make the noun definite ("سياستها تدعو" is a subject, not a described thing); read on the
// surface, where ta marbuta ("بطريقة") is not yet folded into the pronoun ه.
const POSSESSED = /(ه|ها|هم|هما|هن|كم|نا)[\u064B-\u065F]*$/;

// Separate prepositions that govern the head ("على نهج", "من تدابير"); a particle such as أن or لأن takes a subject.
const PREPOSITIONS = wordSet('في على من إلى الى عن مع عبر حول ضد بين لدى نحو عند دون وفي وعلى ومن وإلى وعن ومع');
// Pronouns are subjects ("وهو يدعو", "هي تطالب") and particles introduce them ("لأن يطالب", "كأن"); neither is a
// described noun.
const NOT_NOUNS = wordSet(
  'هو وهو هي وهي هم وهم هن نحن ونحن أنا انا أنت انت أنتم انتم أن ان إن لأن لان بأن وأن كأن لكن ولكن إذ إذا لو قد لم لن لا ما كما مما عندما حين بينما حيث',
);

const indefinite = (t: Token): boolean =>
  t.isArabic &&
  !t.isNumber &&
  t.norm.length > 2 &&
  !NOT_NOUNS.has(t.norm) &&
  !t.stems.some((s) => s.startsWith('ال')) &&
  !POSSESSED.test(t.surface) &&
  !HUMAN_PLURAL.test(t.norm);

/** True when an Arabic imperfect call verb (يدعو, تطالب) describes the indefinite noun right before it. */
export function describingClause(article: ArticleContext, trigger: TriggerMatch, clauseFirst: number): boolean {
  const { tokens, text } = article;
  const verb = tokens[trigger.first];
  if (trigger.spec.type !== 'REQUEST' || trigger.spec.voice !== 'verb' || !verb?.isArabic) return false;
  if (!/^[يت]/.test(verb.norm) || PLURAL_VERB.test(verb.norm) || hasWord(tokens[trigger.end], RESUMPTIVE)) return false;
  let head = trigger.first - 1;
  if (head < clauseFirst || stopBefore(text, tokens, trigger.first, /[.؟?!؛;:,،«»"()]/)) return false;
  if (!indefinite(tokens[head]) || named(article, head)) return false;
  // Walk back over the phrase's adjectives to its head; a name or a statement noun anywhere in it keeps the call.
  while (head > clauseFirst && trigger.first - head < PHRASE_WORDS && indefinite(tokens[head - 1])) {
    if (stopBefore(text, tokens, head)) break;
    head--;
  }
  for (let k = head; k < trigger.first; k++) if (named(article, k) || hasWord(tokens[k], STATEMENTS)) return false;
  // Governed by a preposition: prefixed to the head, or the word before it in the clause.
  return governedByPrefix(tokens[head]) || (head > clauseFirst && PREPOSITIONS.has(tokens[head - 1].norm));
}

function named(article: ArticleContext, k: number): boolean {
  if (article.nameEnds.has(k + 1)) return true;
  return article.actors.some((a) => a.first <= k && k < a.end) || article.places.some((p) => p.first <= k && k < p.end);
}
