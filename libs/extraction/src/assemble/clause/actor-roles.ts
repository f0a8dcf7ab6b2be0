// Roles an actor mention plays that rule it out as the doer of a trigger: the object of a preposition ("مع داعش",
// "لداعش", "against ISIS") and a victim ("13 مسلحا من ميليشيا الحوثي", "مقتل عناصر داعش", the subject of
// "لقوا مصرعهم"). The source a claim is attributed to ("قال المتحدث ...", "X said") is in actor-sources.ts.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { foldedSet, hasWord } from '../../text/word-sets';
import { arrestedWithAge } from './arabic-age-apposition';

const AR_PREPS = foldedSet([
  'مع',
  'على',
  'ضد',
  'في',
  'من',
  'الى',
  'إلى',
  'عن',
  'بين',
  'لدى',
  'نحو',
  'عبر',
  'حول',
  'داخل',
  'قرب',
  'بحق',
  'تجاه',
  'ازاء',
  'لصالح',
  'بشأن',
]);
const EN_PREPS = new Set([
  'with',
  'against',
  'on',
  'at',
  'in',
  'of',
  'to',
  'from',
  'for',
  'into',
  'toward',
  'towards',
  'near',
  'between',
  'among',
  'about',
  'over',
  'targeting',
]);
// Words after which "من X" names whose members were hit: "13 مسلحا من", "عشرات من", "قتلى من".
const PARTITIVE_HEADS = foldedSet([
  'عناصر',
  'عنصرا',
  'مسلحين',
  'مسلحا',
  'مقاتلين',
  'مقاتلا',
  'جنود',
  'جنديا',
  'اعضاء',
  'قتلى',
  'قتيلا',
  'جرحى',
  'العشرات',
  'عشرات',
  'المئات',
  'مئات',
  'رجال',
  'افراد',
  'قياديا',
  'قيادي',
  'قادة',
  'اخرين',
  'اخرون',
  'صفوف',
]);
const PEOPLE_HEADS = foldedSet(['شخصا', 'اشخاص', 'شخص', 'مدنيين', 'مواطنين', 'فلسطينيين', 'اطفال']);
const ORG_HEADS = foldedSet(['تنظيم', 'جماعه', 'حركه', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات']);
// "إلى جمهورية مصر", "في دولة الكويت", "مع سلطنة عمان": the form of a state before its name, which the dictionary
// often leaves outside the mention; the preposition before it governs the state.
const STATE_HEADS = foldedSet(['جمهوريه', 'الجمهوريه', 'دوله', 'مملكه', 'المملكه', 'سلطنه', 'اماره']);
// "من أنصار الرئيس المخلوع": supporters, like members, belong to the name after them.
const VICTIM_NOUN_BEFORE = foldedSet([
  'عناصر',
  'مسلحي',
  'مقاتلي',
  'جنود',
  'افراد',
  'صفوف',
  'قادة',
  'انصار',
  // "استشهد ثلاثة من رجال القوات المسلحة", "مقتل اثنين من رجال الأمن": the men of a force who fell.
  'رجال',
  'members',
  'fighters',
]);
// Agents of a death: "برصاص X", "بنيران X", "على يد X", "من قبل X", "by X".
const DEATH_AGENTS = foldedSet(['رصاص', 'برصاص', 'نيران', 'بنيران', 'قبل', 'يد', 'بواسطة', 'قصف', 'غارات', 'غاره']);
// Deaths whose grammatical subject is the one who died.
const DIED = foldedSet(['استشهد', 'استشهدت', 'استشهدوا', 'لقي', 'لقيت', 'لقوا', 'لقيا', 'مصرع', 'مقتل', 'استشهاد']);

// hasWord (word-sets.ts) is the same test as a plain loop: an arrow over `words` here cost a closure per call.
const has = (t: Token | undefined, words: Set<string>): boolean => hasWord(t, words);

/** The clitics glued in front of a mention inside its first token ("لداعش" → "ل"), folded, or "". */
export function gluedPrefix(tokens: Token[], a: Span<ActorLike>): string {
  const own = tokens[a.first];
  return own && own.start < a.start ? foldWord(own.surface.slice(0, a.start - own.start)) : '';
}

/** The mention is the object of a preposition: "مع داعش", "لداعش", "against ISIS". */
export function isGoverned(tokens: Token[], a: Span<ActorLike>): boolean {
  let prev = tokens[a.first - 1];
  // "728 شخصا من المعارضة": a partitive names the group the people belong to, it governs nothing.
  const head = tokens[a.first - 2];
  if (prev?.norm === 'من' && head && (head.isNumber || has(head, PARTITIVE_HEADS) || has(head, PEOPLE_HEADS)))
    return false;
  // "مع تنظيم "داعش"": an organisation noun left outside the mention by quotes.
  let k = a.first - 1;
  if (prev && (has(prev, ORG_HEADS) || has(prev, STATE_HEADS))) prev = tokens[--k] ?? prev;
  // "مع مسلحي تنظيم داعش": a member noun between the preposition and the name.
  if (prev && has(prev, VICTIM_NOUN_BEFORE)) prev = tokens[k - 1] ?? prev;
  // "وفي صنعاء", "ومع الحوثيين": a conjunction glued to the preposition changes nothing.
  if (prev && (prev.isArabic ? AR_PREPS.has(prev.norm.replace(/^[وف](?=..)/, '')) : EN_PREPS.has(prev.norm)))
    return true;
  // A glued ل is possession more often than not ("غارات للتحالف", "التابعة لحماس"); ب and ك govern.
  return /^[وف]?(?:[بك]|بال|كال)$/.test(gluedPrefix(tokens, a));
}

/** A surface that starts with a damma after its first letter reads as an Arabic passive: قُتل، أُصيب، اُغتيل. */
export function isArabicPassive(t: Token): boolean {
  if (!t.isArabic) return false;
  const s = t.surface.replace(/^[وف](?=[\u0621-\u064A]\u064F)/, '');
  return /^[\u0621-\u064A]\u064F/.test(s);
}

// "القوات الموالية لصالح", "عناصر تابعة لداعش": X owns the forces named before the loyalty word.
const LOYAL = foldedSet([
  'الموالية',
  'الموالين',
  'الموالي',
  'الموالون',
  'التابعة',
  'التابعين',
  'التابع',
  'تابعة',
  'موالية',
]);

/** Where the phrase a mention owns through a loyalty word starts ("عناصر من القوات الموالية لصالح" → القوات), so
 * that the owner shares that phrase's role; the mention's own first token otherwise. */
function ownedPhraseFirst(tokens: Token[], a: Span<ActorLike>): number {
  const prev = tokens[a.first - 1];
  const lam = gluedPrefix(tokens, a) === 'ل' && !!prev && has(prev, LOYAL);
  return lam && a.first >= 2 ? a.first - 2 : a.first;
}

/** The mention names who was hit rather than who acted. */
export function isVictim(tokens: Token[], a0: Span<ActorLike>, trigger: TriggerMatch): boolean {
  const owned = ownedPhraseFirst(tokens, a0);
  const a = owned === a0.first ? a0 : { ...a0, first: owned };
  const prev = tokens[a.first - 1];
  // "13 مسلحا من ميليشيا الحوثي", "العشرات من عناصر التنظيم" (who surrendered or withdrew still acted).
  const undergoes = trigger.spec.type === 'ASSAULT' || trigger.spec.type === 'COERCE';
  // "عناصر من داعش هاجموا", "مسلحين من المقاومة استهدفوا": the group before an active attack verb that kills
  // nobody by its own word is that verb's subject (arrests are often told in the unvocalized passive).
  const subjectOfVerb =
    trigger.spec.type === 'ASSAULT' &&
    a.end <= trigger.first &&
    trigger.spec.voice === 'verb' &&
    !trigger.spec.killing &&
    !isArabicPassive(tokens[trigger.first]);
  if (undergoes && !subjectOfVerb && prev && (prev.norm === 'من' || prev.norm === 'بين')) {
    const head = tokens[a.first - 2];
    if (head && (head.isNumber || has(head, PARTITIVE_HEADS))) return true;
  }
  // "واعتقل جنيد أحمد خان، وعمره 24 عاما": the person an arrest verb names with his age was arrested.
  if (arrestedWithAge(tokens, a0, trigger)) return true;
  // "مقتل 10 من عناصر داعش", "قتلى في صفوف الحوثيين": the member noun is inside the mention or right before it.
  if (has(prev, VICTIM_NOUN_BEFORE) && trigger.spec.killing) return true;
  // "استشهد الشاب X ... في مواجهات", "قُتل القيادي X": the subject of a death verb right before the mention died.
  for (let k = a.first - 1; k >= Math.max(0, a.first - 3); k--) {
    if (k >= trigger.first && k < trigger.end) break;
    if (has(tokens[k], DIED) || isArabicPassive(tokens[k])) return true;
  }
  if (!trigger.spec.killing) return false;
  const t = tokens[trigger.first];
  // "مقتل X", "استشهاد X": the noun after a death masdar is the one who died.
  if (a.first >= trigger.end && a.first - trigger.end <= 2 && !has(prev, DEATH_AGENTS)) {
    if (trigger.spec.voice === 'noun' || isArabicPassive(t) || has(t, DIED)) return true;
    // "قتل 18 شخصا" (unvocalized passive): a count right after the verb.
    if (tokens[trigger.end]?.isNumber) return true;
  }
  // "عشرات المتمردين لقوا مصرعهم", "6 حوثيين قُتلوا": the subject of a death verb died.
  if (a.end <= trigger.first && trigger.spec.voice !== 'noun' && (has(t, DIED) || isArabicPassive(t))) return true;
  return false;
}

const DEATH_WORDS = foldedSet([
  'مصرعه',
  'مصرعهم',
  'حتفه',
  'حتفهم',
  'حتفها',
  'قتلوا',
  'استشهد',
  'استشهدوا',
  'مقتل',
  'killed',
  'died',
]);

// "سقط عشرات الحوثيين بين قتيل وجريح": the casualty nouns after بين say the subject was among the dead and hurt.
const CASUALTY_NOUNS = foldedSet(['قتيل', 'قتلى', 'جريح', 'جرحى']);

/** A death word between two tokens: "المتمردين لقوا مصرعهم في غارات" (the subject died, it did not strike). */
export function diedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (has(tokens[k], DEATH_WORDS) || isArabicPassive(tokens[k])) return true;
    if (tokens[k].norm === 'بين' && has(tokens[k + 1], CASUALTY_NOUNS)) return true;
  }
  return false;
}
