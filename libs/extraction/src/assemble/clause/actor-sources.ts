// The roles that make an actor mention the source of a claim rather than its doer: the speaker ("قال المتحدث ...",
// "بحسب المرصد", "X said"), the body a source or spokesman speaks for ("مصادر في المقاومة", "المتحدث باسم الجيش"),
// and who a statement was made to ("وقال البيلاوي لـ«الوطن»"). The roles of victims and governed mentions are in
// actor-roles.ts.
import type { Token } from '../../text/tokenize';
import { foldedSet, hasWord as has } from '../../text/word-sets';
import type { ActorLike, Span } from '../assemble.types';
import { gluedPrefix } from './actor-roles';

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
  for (let k = from; k >= Math.max(0, from - 5); k--) {
    // "وقال إن الغارات الجوية لطيران التحالف": past a complementizer the ل is in the reported clause (an owner).
    if (tokens[k].isArabic && REPORTED_CLAUSE.has(tokens[k].norm)) return false;
    if (tokens[k].isArabic && has(tokens[k], SPEECH)) return true;
  }
  return false;
}
