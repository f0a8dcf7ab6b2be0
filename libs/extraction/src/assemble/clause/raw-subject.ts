// The subject of a verb trigger when the actor dictionary has no name for it: the noun phrase right before an
// English verb ("Protest organisers called for", "The U.N. Assistance Mission in Afghanistan condemned") or right
// after an Arabic verb ("واتهمت المؤسسة الوطنية للنفط"), or between إن/أن and the verb ("إن القوى الجنوبية
// اعتقلت"). Only phrases headed by an agent noun (forces, ministry, official, قوات، وزارة، المتحدث) or an English
// proper name qualify, so objects and places are not read as doers. Such actors carry no dictionary id.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { PEOPLE_HEADS, adjectival, indefiniteAdjective } from './arabic-adjectives';
import { pastClaimNoun } from './english-claim-relative';
import {
  BOMBER_WORDS,
  EN_FORCE_HEADS,
  EN_OWNED_FORCE_HEADS,
  EN_STOP,
  EN_PREPS,
  EN_SKIP,
  AR_HEADS,
  AR_STOP,
  AR_TIME,
  ORDINALS,
  SUBJECT_HEADS,
} from './raw-subject.data';
import { foldedSet } from '../../text/word-sets';

// Kept importable from here: english-subject.ts and others read the English agent heads through this module.
export { SUBJECT_HEADS };

export const TEXT_ACTOR_PREFIX = 'text:';

/** An actor the dictionary named, not a phrase read from plain text (raw subjects carry TEXT_ACTOR_PREFIX). */
export const isDictionaryActor = (a: ActorLike | null | undefined): a is ActorLike =>
  !!a && !a.id.startsWith(TEXT_ACTOR_PREFIX);

const BREAK = /[.،,:;؛«»"“”()\n—–]/;
// "U.N. envoy": the dots of an initialism do not end the phrase.
const between = (text: string, a: Token, b: Token) =>
  /^[A-Z]$/.test(a.surface) ? text.slice(a.end, b.start).replace(/^\./, '') : text.slice(a.end, b.start);
const capital = (t: Token) => /^[A-Z]/.test(t.surface);

export function textActor(text: string, tokens: Token[], first: number, end: number): Span<ActorLike> {
  const surface = text.slice(tokens[first].start, tokens[end - 1].end);
  const name = surface.replace(/\s+/g, ' ');
  return {
    first,
    end,
    start: tokens[first].start,
    stop: tokens[end - 1].end,
    surface: name,
    value: { id: TEXT_ACTOR_PREFIX + foldWord(name), name, kind: 'other', country: null },
  };
}

/** "Radaa rejected the accusation": a capitalised word opening the clause is a name when the article writes it
 * capitalised inside a sentence too ("fighters of Radaa", "the Radaa force"); "Shells hit" never is. */
export function namedInside(text: string, head: Token): boolean {
  if (!/^[A-Z][a-z]+$/.test(head.surface)) return false;
  return new RegExp(`[a-z,;]\\s+${head.surface}\\b`).test(text);
}

/** "The Indonesian Legal Aid Foundation (YLBHI) condemned": an initialism in brackets right before the verb glosses
 * the name it follows, and that name is the subject. The index of the name's last word, or -1. */
function glossedName(text: string, tokens: Token[], k: number, from: number): number {
  const t = tokens[k];
  if (k - 1 < from || !/^[A-Z]{2,}[a-z]?$/.test(t.surface) || !capital(tokens[k - 1])) return -1;
  const open = text.slice(tokens[k - 1].end, t.start);
  const close = text.slice(t.end, tokens[k + 1].start);
  return /^ ?\($/.test(open) && /^\) ?$/.test(close) ? k - 1 : -1;
}

const OWNERS = new Set(['its', 'their']);

/** "its aircraft", "their air defences": a head of a side's own means of force right after its owner's pronoun. */
function ownedForce(tokens: Token[], k: number, from: number): boolean {
  if (!EN_OWNED_FORCE_HEADS.has(tokens[k].norm)) return false;
  return (k - 1 >= from && OWNERS.has(tokens[k - 1].norm)) || (k - 2 >= from && OWNERS.has(tokens[k - 2].norm));
}

/** A text subject of common nouns that is only a side's own means of force ("aircraft", "air defences"). */
export function bareOwnedForce(a: ActorLike): boolean {
  const common = a.name === a.name.toLowerCase();
  return common && a.id.startsWith(TEXT_ACTOR_PREFIX) && EN_OWNED_FORCE_HEADS.has(a.name.split(' ').at(-1) ?? '');
}

function englishSubject(text: string, tokens: Token[], trigger: TriggerMatch, from: number): Span<ActorLike> | null {
  let k = trigger.first - 1;
  while (k >= from && EN_SKIP.has(tokens[k].norm) && !BREAK.test(between(text, tokens[k], tokens[k + 1]))) k--;
  const glossed = k >= from ? glossedName(text, tokens, k, from) : -1;
  if (glossed >= 0) k = glossed;
  else if (k < from || BREAK.test(between(text, tokens[k], tokens[k + 1]))) return null;
  const head = tokens[k];
  if (head.isArabic || head.isNumber || EN_STOP.has(head.norm) || EN_FORCE_HEADS.has(head.norm)) return null;
  // A capital proves a name only inside the sentence ("Shells hit" opens a sentence with a common noun), or when the
  // article capitalises the word inside a sentence too.
  if (
    !SUBJECT_HEADS.has(head.norm) &&
    !ownedForce(tokens, k, from) &&
    (!capital(head) || (k === from && !/^[A-Z]{2,}/.test(head.surface) && !namedInside(text, head)))
  )
    return null;
  const end = k + 1;
  let first = k;
  for (let j = k - 1; j >= from && end - j <= 8; j--) {
    const t = tokens[j];
    if (BREAK.test(between(text, t, tokens[j + 1]))) break;
    if (t.isNumber) break;
    // "Assistance Mission in Afghanistan", "Ministry of Defence": a preposition between capitalised words.
    if (['of', 'in', 'for'].includes(t.norm) && capital(tokens[j + 1]) && j > from && capital(tokens[j - 1])) continue;
    if (EN_STOP.has(t.norm) || EN_SKIP.has(t.norm)) break;
    first = j;
  }
  // "Lebanon's" is split in two tokens: keep "s" with its owner, never as the start.
  if (tokens[first].norm === 's' && first + 1 < end) first++;
  first = pastClaimNoun(tokens, first, end);
  // "Taliban authorities in the western province of Herat have banned": a name after a preposition is its object,
  // the subject is further left (the dictionary's, or none).
  let p = first - 1;
  if (tokens[p]?.norm === 'the' && !BREAK.test(between(text, tokens[p], tokens[p + 1]))) p--;
  if (p >= from && EN_PREPS.has(tokens[p].norm) && !BREAK.test(between(text, tokens[p], tokens[p + 1]))) return null;
  return textActor(text, tokens, first, end);
}

// A bomber is one word: what follows is his object or a circumstance ("هاجم انتحاريان حمام سباحة").
const BOMBERS = foldedSet(BOMBER_WORDS);

// "المتحدث الرسمي لوزارة العمل", "الناطق باسم الحكومة": a spokesman's phrase owns the body he speaks for.
const SPOKESMEN = foldedSet(['المتحدث', 'متحدث', 'الناطق', 'ناطق']);

/** "لوزارة", "باسم": the word that opens the body a spokesman speaks for. */
function opensSpokenFor(t: Token): boolean {
  return t.norm === 'باسم' || (/^ل[^ل]/.test(t.norm) && t.norm.length > 3 && t.stems.includes(t.norm.slice(1)));
}

/** An indefinite sound masculine plural with its nun (محافظون، معارضون), never "قانون". */
export const soundPlural = (norm: string) => norm.length >= 5 && norm.endsWith('ون') && !norm.endsWith('انون');

/** "الانفصاليون", "المعارضون", "المحتجون": a definite sound masculine plural long enough to be a people's noun (not
 * السجون, الديون, الفنون) heads a group that speaks, accuses and demands. */
const peoplePlural = (norm: string) => norm.length >= 8 && norm.startsWith('ال') && soundPlural(norm);

/** The phrase of a subject noun from token `first`: its end, or -1 when no subject head opens it. `plurals` lets any
 * sound masculine plural head it (where the slot proves a subject: between إن/كان and the verb). */
function arabicPhrase(
  text: string,
  tokens: Token[],
  first: number,
  limit: number,
  heads = AR_HEADS,
  plurals = false,
): number {
  if (first >= limit || !tokens[first].isArabic) return -1;
  const head = tokens[first];
  const plural = plurals
    ? soundPlural(head.norm.replace(/^ال/, ''))
    : heads === AR_SPEAKER_HEADS && peoplePlural(head.norm);
  if (!head.stems.some((s) => heads.has(s)) && !plural) return -1;
  if (BOMBERS.has(tokens[first].norm)) return first + 1;
  let end = first + 1;
  // "والد الرهينة": a head listed whole (والد, not و + الد) carries no article.
  const definiteHead = !(heads.has(head.norm) && !head.norm.startsWith('ال')) && /^[وف]?ال/.test(head.norm);
  let spokenFor = !SPOKESMEN.has(tokens[first].norm);
  let chained = false;
  while (end < limit && end - first < (spokenFor && SPOKESMEN.has(tokens[first].norm) ? 7 : 5)) {
    const t = tokens[end];
    if (!t.isArabic || AR_STOP.has(t.norm) || BREAK.test(between(text, tokens[end - 1], t))) break;
    if (!spokenFor && opensSpokenFor(t)) {
      spokenFor = true;
      // "باسم الحكومة": the body's first word comes after باسم.
      if (t.norm === 'باسم' && end + 1 < limit && tokens[end + 1].isArabic) end++;
      end++;
      continue;
    }
    // Modifiers and idafa are definite ("وزارة الدفاع", "المؤسسة الوطنية للنفط"); an indefinite word after a
    // definite head starts a name or a new phrase ("النائب حامد ...") that the phrase does not own.
    // "نائب فرنسي معارض": an indefinite head keeps a chain of indefinite adjectives.
    // An adjective takes no idafa: a definite word after the chain is the verb's object ("مسؤول أمريكي كبير الحكومة").
    if (chained && /^(?:ال|لل)/.test(t.norm)) break;
    const indefiniteChain = !definiteHead && indefiniteAdjective(tokens[end - 1].norm) && indefiniteAdjective(t.norm);
    if (!/^(?:ال|لل)/.test(t.norm) && (definiteHead || end > first + 1) && !indefiniteChain) break;
    chained = chained || (indefiniteChain && end > first + 1);
    // Past the head's own complement a definite word must read as an adjective ("المقاومة الشعبية", "القوات
    // المسلحة"); a plain noun there is the verb's object ("دعت الجوازات الأشقاء", "أدانت المحكمة الشركة").
    // (After an indefinite word a definite one is its idafa complement: "حكومة رئيس الوزراء".)
    const afterDefinite = end - 1 === first ? definiteHead : /^[وف]?(?:ال|لل)/.test(tokens[end - 1].norm);
    // "هدد نواب محافظون الرئيس": a sound plural keeping its nun is no construct state, so no idafa follows it; the
    // definite word after it is the verb's object.
    if (t.norm.startsWith('ال') && !afterDefinite && soundPlural(tokens[end - 1].norm)) break;
    if (t.norm.startsWith('ال') && afterDefinite && !adjectival(t.norm) && !ORDINALS.has(t.norm)) break;
    end++;
  }
  return end;
}

// Triggers whose subject may be a group of people (arabic-adjectives.ts).
const VOICE_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'PROTEST']);
const AR_SPEAKER_HEADS = new Set([...AR_HEADS, ...foldedSet(PEOPLE_HEADS)]);

// Heads of a passive agent: who shoots or plants a bomb may be "عناصر" or "مسلحين" as well as forces, or a group
// or gang ("اختطافه من قبل مجموعة مسلحة", "إطلاق نار من قبل مجموعة إرهابية").
const AGENT_HEADS = new Set([
  ...AR_HEADS,
  ...foldedSet(['عناصر', 'العناصر', 'مسلحين', 'مجهولين', 'افراد', 'قاضي', 'قاض']),
  ...foldedSet(['ملثمون', 'ملثمين', 'مسلحان', 'مجهولون']),
  ...foldedSet(['مجموعة', 'مجموعات', 'جماعة', 'جماعات', 'عصابة', 'عصابات']),
]);

/** A speaker phrase the dictionary has no name for starting at token `first` ("المتحدث الرسمي لوزارة العمل"), or
 * null. */
export function speakerPhraseAt(text: string, tokens: Token[], first: number, limit: number): Span<ActorLike> | null {
  const end = arabicPhrase(text, tokens, first, limit, AR_SPEAKER_HEADS);
  return end > 0 ? textActor(text, tokens, first, end) : null;
}

/** A doer phrase the dictionary has no name for starting at token `first` ("قوات الحكومة"), or null. */
export function agentPhraseAt(text: string, tokens: Token[], first: number, limit: number): Span<ActorLike> | null {
  const end = arabicPhrase(text, tokens, first, limit, AGENT_HEADS);
  return end > 0 ? textActor(text, tokens, first, end) : null;
}

/** The agent of a passive or a masdar when the dictionary has no name for it: the phrase after "من قبل", "بواسطة" or
 * "على يد" within a few words of the trigger ("إطلاق النار عليهم من قبل قوات أمنية"), or null. */
export function agentPhrase(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  clauseEnd: number,
): Span<ActorLike> | null {
  for (let k = trigger.end; k < Math.min(clauseEnd - 1, trigger.end + 7); k++) {
    const t = tokens[k];
    const marker =
      t.norm === 'بواسطه' ||
      (t.norm === 'قبل' && tokens[k - 1]?.norm === 'من') ||
      (t.norm === 'يد' && tokens[k - 1]?.norm === 'علي');
    if (!marker) continue;
    if (BREAK.test(between(text, t, tokens[k + 1]))) return null;
    const end = arabicPhrase(text, tokens, k + 1, clauseEnd, AGENT_HEADS);
    return end > 0 ? textActor(text, tokens, k + 1, end) : null;
  }
  return null;
}

/** Words after which a subject phrase comes before its verb: the complementizer إن/أن, and كان of a past narrative
 * ("وكان متطرفون فتحوا الخميس النار"). */
const OPENERS = foldedSet(['ان', 'إن', 'أن', 'كان', 'وكان', 'كانت', 'وكانت']);

/** A subject noun phrase for the trigger that the actor dictionary did not name, or null. */
export function rawSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  clauseFirst: number,
  clauseEnd: number,
  arabic: boolean,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb') return null;
  if (!arabic) return englishSubject(text, tokens, trigger, clauseFirst);
  const heads = VOICE_TYPES.has(trigger.spec.type) ? AR_SPEAKER_HEADS : AR_HEADS;
  // "إن X فعل", "وكان X فعلوا": the phrase between the complementizer (or كان) and the verb. It comes first: after it, the phrase that
  // follows the verb is its object ("إن رئيس الأركان طالب رئيس الوزراء").
  for (let j = trigger.first - 1; j >= Math.max(clauseFirst, trigger.first - 6); j--) {
    if (!OPENERS.has(tokens[j].norm)) continue;
    const end = arabicPhrase(text, tokens, j + 1, trigger.first, heads, true);
    if (end === trigger.first) return textActor(text, tokens, j + 1, end);
    break;
  }
  // VSO: the phrase right after the verb (after a time word or two).
  let k = trigger.end;
  while (k < clauseEnd && k - trigger.end < 2 && AR_TIME.has(tokens[k].norm)) k++;
  if (k < clauseEnd && !BREAK.test(between(text, tokens[k - 1], tokens[k]))) {
    const noun = afterQuantifier(tokens, k, clauseEnd);
    const end = arabicPhrase(text, tokens, noun, clauseEnd, heads);
    if (end > 0) return textActor(text, tokens, noun, end);
  }
  return null;
}

// "طالب عدد من النواب", "هدد بعض المحتجين", "تظاهر عشرات من الطلاب": a quantity of the subject, not its head.
const QUANTIFIERS = foldedSet(['عدد', 'بعض', 'عشرات', 'العشرات', 'مئات', 'المئات', 'آلاف', 'الآلاف']);
const LARGE = foldedSet(['كبير', 'قليل', 'محدود']);

/** The token after a quantifier and its من ("عدد كبير من النواب" → النواب), or k when none opens the phrase. */
function afterQuantifier(tokens: Token[], k: number, limit: number): number {
  if (!QUANTIFIERS.has(tokens[k].norm)) return k;
  let j = k + 1;
  if (j < limit && LARGE.has(tokens[j].norm)) j++;
  if (j < limit && tokens[j].norm === 'من') j++;
  // "بعض المحتجين", "عشرات الطلاب": the plural may follow without من.
  return j < limit ? j : k;
}
