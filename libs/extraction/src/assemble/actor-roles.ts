// Roles an actor mention plays that rule it out as the doer of a trigger: the object of a preposition ("مع داعش",
// "لداعش", "against ISIS"), a victim ("13 مسلحا من ميليشيا الحوثي", "مقتل عناصر داعش", the subject of
// "لقوا مصرعهم"), and the source a claim is attributed to ("قال المتحدث ...", "بحسب المرصد", "X said").
import type { TriggerMatch } from '../patterns/match-triggers';
import { foldWord, type Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';
import { foldedSet } from '../text/word-sets';

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
  'members',
  'fighters',
]);
// Agents of a death: "برصاص X", "بنيران X", "على يد X", "من قبل X", "by X".
const DEATH_AGENTS = foldedSet(['رصاص', 'برصاص', 'نيران', 'بنيران', 'قبل', 'يد', 'بواسطة', 'قصف', 'غارات', 'غاره']);
// Deaths whose grammatical subject is the one who died.
const DIED = foldedSet(['استشهد', 'استشهدت', 'استشهدوا', 'لقي', 'لقيت', 'لقوا', 'لقيا', 'مصرع', 'مقتل', 'استشهاد']);
const SPEECH = foldedSet([
  'قال',
  'قالت',
  'اضاف',
  'اضافت',
  'اوضح',
  'اوضحت',
  'ذكر',
  'ذكرت',
  'افاد',
  'افادت',
  'صرح',
  'نقل',
  'نقلت',
  'نقلا',
  'بحسب',
  'حسب',
  'حسبما',
  'وفق',
  'وفقا',
  'طبقا',
  'تابع',
  'تابعت',
  'اشار',
  'اشارت',
  'اكد',
  'اكدت',
  'كشف',
  'كشفت',
]);
// "المتحدث باسم الجيش", "الناطق الإعلامي لشرطة المنطقة": the body a spokesman speaks for is a source of the claim.
const SPOKESMEN = foldedSet(['المتحدث', 'متحدث', 'الناطق', 'ناطق', 'المتحدثة', 'الناطقة']);
const SPOKESMAN_TITLES = foldedSet(['الرسمي', 'الاعلامي', 'الامني', 'العسكري', 'الرسمية', 'الاعلامية']);
const REPORTED_CLAUSE = foldedSet(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها']);
// "أعلن X": an announcement names a source, unless an armed actor (or an authority arresting) announces its own act.
const ANNOUNCE = foldedSet(['اعلن', 'اعلنت', 'واعلن', 'واعلنت']);
const ARMED = new Set(['military', 'police', 'armed_group', 'rebels', 'militia']);
const EN_SPEECH_BEFORE = new Set(['according', 'told', 'cited', 'quoted']);
const EN_SPEECH_AFTER = new Set(['said', 'says', 'told', 'reported', 'added', 'quoted']);

const has = (t: Token | undefined, words: Set<string>) =>
  !!t && (words.has(t.norm) || t.stems.some((s) => words.has(s)));

/** The clitics glued in front of a mention inside its first token ("لداعش" → "ل"), folded, or "". */
function gluedPrefix(tokens: Token[], a: Span<ActorLike>): string {
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
  if (prev && has(prev, ORG_HEADS)) prev = tokens[--k] ?? prev;
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

// "مصادر في المقاومة", "مصدر عسكري في الجيش", "وقالت مصادر محلية وفي المقاومة": sources inside an organisation.
const SOURCES = foldedSet(['مصدر', 'مصادر', 'المصدر', 'المصادر']);

/** The mention is the body a source belongs to: "مصادر (محلية) (و)في X". */
function sourceInside(tokens: Token[], a: Span<ActorLike>): boolean {
  const prev = tokens[a.first - 1];
  if (!prev?.isArabic || !['في', 'وفي'].includes(prev.norm)) return false;
  for (let k = a.first - 2; k >= Math.max(0, a.first - 4); k--) if (has(tokens[k], SOURCES)) return true;
  return false;
}

/** The mention is the body a spokesman speaks for: "المتحدث (الرسمي) باسم X", "الناطق الإعلامي لـX". */
function spokesmanOf(tokens: Token[], a: Span<ActorLike>): boolean {
  let k = a.first - 1;
  if (tokens[k]?.norm === 'باسم') k--;
  else if (gluedPrefix(tokens, a) !== 'ل' && !['ل', 'لـ'].includes(tokens[k]?.surface ?? '')) return false;
  else if (gluedPrefix(tokens, a) !== 'ل') k--;
  if (has(tokens[k], SPOKESMAN_TITLES)) k--;
  return has(tokens[k], SPOKESMEN);
}

/** The mention is the source a claim is attributed to: "وقال العميد X", "بحسب المرصد", "X said", "according to X". */
export function isSpeaker(tokens: Token[], a: Span<ActorLike>, type?: string): boolean {
  if (sourceInside(tokens, a) || spokesmanOf(tokens, a)) return true;
  for (let k = a.first - 1; k >= Math.max(0, a.first - 2); k--) {
    const t = tokens[k];
    // "وأضاف بأن التحالف وجه ضربة": after a complementizer the mention is the reported clause's subject.
    if (t.isArabic && REPORTED_CLAUSE.has(t.norm)) return false;
    if (t.isArabic ? has(t, SPEECH) : EN_SPEECH_BEFORE.has(t.norm)) return true;
    // Arrests are announced by the authority that made them ("أعلنت وزارة الداخلية القبض على").
    if (t.isArabic && has(t, ANNOUNCE) && !ARMED.has(a.value.kind) && type !== 'COERCE') return true;
    if (!t.isArabic && t.norm === 'to' && tokens[k - 1]?.norm === 'according') return true;
  }
  const next = tokens[a.end];
  return !!next && !next.isArabic && EN_SPEECH_AFTER.has(next.norm);
}

/** The mention follows a ل, glued ("لرويترز") or apart ("لـ«الشرق الأوسط»"): to, for or of it. */
export function afterLam(tokens: Token[], a: Span<ActorLike>): boolean {
  const prev = tokens[a.first - 1];
  return gluedPrefix(tokens, a) === 'ل' || (!!prev && ['ل', 'لـ'].includes(prev.surface) && prev.end >= a.start - 2);
}

/** The mention is who a statement was made to: "وقالت مصادر لـ"الرياض" إن", "وقال البيلاوي لـ"الوطن"". */
export function isAddressee(tokens: Token[], a: Span<ActorLike>): boolean {
  if (!afterLam(tokens, a)) return false;
  const from = gluedPrefix(tokens, a) ? a.first - 1 : a.first - 2;
  for (let k = from; k >= Math.max(0, from - 5); k--) if (tokens[k].isArabic && has(tokens[k], SPEECH)) return true;
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
