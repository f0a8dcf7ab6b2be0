// Context around a trigger that changes what it means: negation (لم يقصف، did not attack), denial verbs that
// scope over what follows (نفى ... انسحاب), hedges (reportedly, مزاعم), irrealis or stative framing (لوقف القصف,
// مناطق سيطرة) that describes no happening, and accident vocabulary that turns a death into a non-attack.
import { RANK_UNSET, type Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { carriedOutPurpose } from './purpose-clauses';
import { foldedSet, hasWord } from '../text/word-sets';

const NEGATORS = foldedSet([
  'لم',
  'لن',
  // With the conjunction glued on: "ولم يؤكد", "ولن يسمح" (not ولا: "ولا سيما" means "especially").
  'ولم',
  'ولن',
  'فلم',
  'فلن',
  'لا',
  'ليس',
  'ليست',
  'غير',
  'عدم',
  'not',
  'no',
  'never',
  'without',
  'didn',
  'doesn',
  'don',
  'wasn',
  'weren',
  'hasn',
  'haven',
  'won',
  'isn',
  'aren',
  'nor',
]);
const DENIAL = foldedSet([
  'نفى',
  'نفت',
  'نفوا',
  'ينفي',
  'تنفي',
  'نفي',
  'أنكر',
  'أنكرت',
  'كذب',
  'كذبت',
  'مانفته',
  'denied',
  'denies',
  'denying',
  'deny',
  'dismissed',
  'refuted',
]);
const HEDGES = foldedSet([
  'يزعم',
  'تزعم',
  'زعم',
  'زعمت',
  'مزاعم',
  'أنباء',
  'انباء',
  'شائعات',
  'يقال',
  'يشتبه',
  'محتمل',
  'reportedly',
  'allegedly',
  'alleged',
  'claimed',
  'unconfirmed',
  'rumours',
  'rumors',
  'suspected',
  'possible',
]);
// Framing that makes a material trigger a purpose, condition or state, not a reported happening.
const IRREALIS = foldedSet([
  'لوقف',
  'وقف',
  'ايقاف',
  'لايقاف',
  'منع',
  'لمنع',
  'بهدف',
  'لمنعه',
  'تهدف',
  'يخطط',
  'تخطط',
  'خطة',
  'لتجنب',
  'تجنب',
  'حال',
  'احتمال',
  'مخاوف',
  'خشية',
  'تخوفا',
  'تخوف',
  'خوفا',
  'تحسبا',
  'تفاديا',
  'لتفادي',
  'تجميد',
  'لتجميد',
  'مكافحة',
  'لمكافحة',
  'prevent',
  'stop',
  'would',
  'could',
  'might',
  'may',
  'plans',
  'planned',
  'plan',
  'fear',
  'fears',
  'avoid',
  'if',
  'combat',
  'counter',
]);
const AMID = [['في', 'ظل'], ['amid']].map((p) => p.map(foldWord));
const STATIVE_BEFORE = foldedSet(['مناطق', 'منطقه', 'تحت', 'الخاضعه', 'الخاضعة', 'خاضعه', 'under', 'areas']);
const RELATIVES = foldedSet(['التي', 'الذي', 'الذين', 'اللتي']);
const ACCIDENT = foldedSet([
  'حادث',
  'حادثه',
  'حوادث',
  'حادثين',
  'حادثان',
  'مروري',
  'مروريه',
  'السير',
  'تصادم',
  'اصطدام',
  'انقلاب',
  'غرق',
  'غرقا',
  'حريق',
  'صعق',
  'سيول',
  'الامطار',
  'زلزال',
  'التسمم',
  'تسمم',
  // "لقي شخصان مصرعهما إثر اختناقهما داخل بئر": suffocation in a well or a fire (tear gas is read apart below).
  'اختناق',
  'الاختناق',
  'اختناقا',
  'accident',
  'crash',
  'collision',
  'drowned',
  'drowning',
  'flood',
  'floods',
  'earthquake',
  'fire',
  'heatwave',
  'poisoning',
]);

const CHOKING = foldedSet(['اختناق', 'الاختناق', 'اختناقا']);
const GAS = foldedSet(['غاز', 'الغاز', 'بالغاز', 'بالغازات', 'الغازات', 'غازات']);

// hasWord (word-sets.ts) is the same test as a plain loop: an arrow over `words` here cost a closure per call.
const hasStem = (t: Token | undefined, words: Set<string>): boolean => hasWord(t, words);

const HEDGE_BIT = 1;
const ACCIDENT_BIT = 2;
const DENIAL_BIT = 4;

/** Whether the word is a hedge, an accident word or a denial (by hasStem), as bits: a pure function of its surface,
 * memoised in its slots, since the clause scans below ask every word of a clause, and the denial scan once per
 * trigger. */
function cueBits(t: Token): number {
  const slots = t.slots;
  if (slots.clauseCue === RANK_UNSET)
    slots.clauseCue =
      (hasStem(t, HEDGES) ? HEDGE_BIT : 0) |
      (hasStem(t, ACCIDENT) ? ACCIDENT_BIT : 0) |
      (hasStem(t, DENIAL) ? DENIAL_BIT : 0);
  return slots.clauseCue;
}

/** "on 11 May", "May 10": the month, not the modal. */
const isMonthMay = (tokens: Token[], k: number) =>
  tokens[k].surface === 'May' && (!!tokens[k - 1]?.isNumber || !!tokens[k + 1]?.isNumber);
// "exchanged heavy fire", "opened fire", "came under fire": gunfire, not a blaze.
const COMBAT_FIRE = foldedSet([
  'heavy',
  'open',
  'opened',
  'opening',
  'exchanged',
  'traded',
  'returned',
  'under',
  'gun',
  'sniper',
  'mortar',
  'artillery',
  'rocket',
  'machine',
  'cross',
  'live',
  'intense',
  'fierce',
  'small',
  'arms',
]);

// "لم يؤكد أو ينفي", "ولم يؤكد الوزير أو ينفي": a negator before the first of two verbs joined by "or" negates both
// (the subject may stand between them).
const OR = foldedSet(['أو', 'or']);

/** A negating particle right before the trigger (≤ 2 tokens, or before the verb it is joined to by "or"). Denial
 * verbs are negated this way too: "لم يؤكد أو ينفي الأنباء" (neither confirmed nor denied) denies nothing. */
export function negatingParticle(tokens: Token[], first: number, clauseFirst: number): string | null {
  const reach = OR.has(tokens[first - 1]?.norm ?? '') ? 4 : 2;
  for (let k = first - 1; k >= Math.max(clauseFirst, first - reach); k--) {
    if (NEGATORS.has(tokens[k].norm)) return tokens[k].norm;
    if (tokens[k].norm === 'ما' && k === first - 1) return 'ما';
  }
  return null;
}

/** English auxiliaries of the passive: "they were denied passage" is a refusal suffered, not a denial made. */
const PASSIVE_AUX = foldedSet(['was', 'were', 'been', 'being', 'is', 'are']);

/** A negating particle right before the trigger, or a denial verb earlier in the clause (not a passive "were denied
 * passage", which denies nothing said: "they were denied passage and one truck was confiscated"). */
export function negationCue(tokens: Token[], first: number, clauseFirst: number): string | null {
  const particle = negatingParticle(tokens, first, clauseFirst);
  if (particle) return particle;
  for (let k = first - 1; k >= clauseFirst; k--)
    if (
      (cueBits(tokens[k]) & DENIAL_BIT) !== 0 &&
      tokens[k].norm !== 'نفي' &&
      !PASSIVE_AUX.has(tokens[k - 1]?.norm ?? '')
    )
      return tokens[k].norm;
  return null;
}

/** True when the trigger is itself a denial verb (so it is not negated by itself). */
export function isDenialWord(t: Token): boolean {
  return hasStem(t, DENIAL);
}

export function hedgeCue(tokens: Token[], clauseFirst: number, clauseEnd: number): string | null {
  for (let k = clauseFirst; k < clauseEnd; k++) if ((cueBits(tokens[k]) & HEDGE_BIT) !== 0) return tokens[k].norm;
  return null;
}

/** Purpose/condition/state framing right before a trigger: "لوقف سيطرة", "مناطق سيطرة", "التي يسيطر", "to prevent attacks". */
export function irrealisCue(tokens: Token[], first: number, clauseFirst: number): string | null {
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 2); k--) {
    const t = tokens[k];
    if (hasStem(t, IRREALIS) && !isMonthMay(tokens, k)) return t.norm;
    // "مناطق سيطرة", "التي يسيطر عليها": a standing state, not a happening (a past verb after التي still is one).
    if (k === first - 1 && (hasStem(t, STATIVE_BEFORE) || (RELATIVES.has(t.norm) && /^[يت]/.test(tokens[first].norm))))
      return t.norm;
    for (const p of AMID)
      if (p.length === 1 ? t.norm === p[0] : t.norm === p[1] && tokens[k - 1]?.norm === p[0]) return p.join(' ');
  }
  // Arabic future verbs (سيقصف, ستنسحب) announce rather than report; سيطر (to control) only looks like one.
  const trig = tokens[first];
  if (
    trig.isArabic &&
    !/^[وف]?سيطر/.test(trig.norm) &&
    /^[وف]?س[يت]/.test(trig.norm) &&
    trig.stems.some((s) => s.length < trig.norm.length - 1 && /^[يت]/.test(s))
  )
    return 'future';
  const before = tokens[first - 1]?.norm ?? '';
  if (!trig.isArabic && before === 'to' && carriedOutPurpose(tokens, first - 1, clauseFirst)) return null;
  if (!trig.isArabic && ['will', 'to'].includes(before)) return before;
  // "handed over rifles to be destroyed", "the prisoners are to be released": a passive infinitive is yet to happen.
  if (!trig.isArabic && before === 'be' && tokens[first - 2]?.norm === 'to' && first - 2 >= clauseFirst) return 'to be';
  return null;
}

/** "killed by Israeli fire", "under Houthi fire": a side's demonym before "fire" makes it gunfire, not a blaze. */
function sideFire(prev: Token | undefined): boolean {
  return !!prev && !prev.isArabic && /^[A-Z][a-z]+(?:i|ian|ese|ish)$/.test(prev.surface);
}

export function accidentCue(tokens: Token[], clauseFirst: number, clauseEnd: number): string | null {
  for (let k = clauseFirst; k < clauseEnd; k++) {
    if ((cueBits(tokens[k]) & ACCIDENT_BIT) === 0) continue;
    if (tokens[k].norm === 'fire' && (COMBAT_FIRE.has(tokens[k - 1]?.norm ?? '') || sideFire(tokens[k - 1]))) continue;
    // "حالات اختناق بالغاز المسيل للدموع": gassed by a side, not an accident.
    if (hasStem(tokens[k], CHOKING) && hasStem(tokens[k + 1], GAS)) continue;
    return tokens[k].norm;
  }
  return null;
}
