// Sense rules: a trigger word with a second, non-event sense keeps its event reading only when its clause
// neighbours fit. "deployed two mobile clinics" deploys no force, "a convoy of trucks arrived in" is no visit,
// "اتفق مع المقترح" concurs with an opinion (an agreement is reached *on* something: اتفق … على).
// The rules are data (ar/senses.ts, en/senses.ts); this file compiles and applies them.
import type { PloverType } from '@marsad/contracts';
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { isDemonstrative } from './trigger-frame';

export interface SenseRule {
  type: PloverType;
  /** Lexicon phrases (as written in the pattern files) the rule narrows. */
  phrases: string[];
  /** Words that, within `window` tokens after the match, show an object the event does not act on. */
  objectNot?: string[];
  /** Words that, right after the match only, show its subject or object is no party: "استقبل مطار عدن أول طائرة" (an
   * airport receiving a plane) against "استقبل الأمير ضيفه في مطار الملك خالد" (a meeting at an airport). */
  nextNot?: string[];
  /** A number right after the match is a counted crowd or quantity, not a person received or met. */
  countNot?: boolean;
  /** Words that, within `window` tokens before the match, show a subject that is no actor (a lorry, a convoy). */
  subjectNot?: string[];
  /** At least one of these must follow within `window` tokens: the companion the event sense needs. */
  needs?: string[];
  /** Alternatively to `needs`, one of these within `window` tokens before the match ("جرى خلال الاتصال بحث …"). */
  needsBefore?: string[];
  /** How far the rule looks on either side (default 4 tokens), always inside the clause. */
  window?: number;
  /** Words specific enough to give the non-event reading away from further on ("دعا … سكان العاصمة للمشاركة في
   * الاستطلاع"): looked for within `farWindow` tokens after the match, still inside the clause. */
  farNot?: string[];
  /** How far farNot looks (default 12 tokens). */
  farWindow?: number;
  /** Words that, inside the match (in a '~~' gap between a verb and its object), show the object belongs to another
   * head: "أطلقت الأمم المتحدة دعوة لوقف إطلاق النار" calls for a truce, it fires nothing. */
  gapNot?: string[];
  /** At least one of these must open a gapped match (its first or, after a demonstrative, second word after the head):
   * "أن الهجوم … نفذه" needs the reported clause to be about an attack. */
  openerNeeds?: string[];
  /** Words that, right before a gapped match's last word, put that word in a relative clause ("الذي نفذه"). */
  lastNot?: string[];
  /** A complementizer carrying its subject pronoun must be followed right by the two-word predicate: in "أنها قتلت
   * ثمانية متطرفين يقفون وراء هجمات" the pronoun's own verb fills the gap and the predicate only describes its object. */
  pronounOpenerGapless?: boolean;
  /** Whole words that are also a verb of their own ("ودعت": bade farewell, besides و + دعت): matched on one of
   * them, the event reading needs one of `needs` within `farWindow` tokens after ("ودعت الوزارة إلى …"). */
  homographs?: { words: string[]; needs: string[] };
  /** The word may be a noun in a list ("حواسيبه وهاتفه وحساباته": his phone, not "phoned him"): joined by و and
   * followed by another و-word with the same attached pronoun, it is no verb. */
  listNot?: boolean;
  /** The match's first word as written (harakat dropped), before hamza folding: a spelling that gives the other word
   * away ("الأبعاد", dimensions, folds as إبعاد, deportation; "وزارته", his ministry, as و + زارته). */
  surfaceNot?: RegExp;
}

export interface CompiledSense {
  objectNot: Set<string>;
  nextNot: Set<string>;
  countNot: boolean;
  subjectNot: Set<string>;
  needs: Set<string>;
  needsBefore: Set<string>;
  window: number;
  farNot: Set<string>;
  farWindow: number;
  gapNot: Set<string>;
  openerNeeds: Set<string>;
  lastNot: Set<string>;
  pronounOpenerGapless: boolean;
  homographs: Set<string>;
  homographNeeds: Set<string>;
  listNot: boolean;
  surfaceNot: RegExp | null;
}

const DEFAULT_WINDOW = 4;
// أنه، أنها، إنهم، بأنهما (folded): a complementizer with its subject pronoun attached.
const PRONOUN_OPENER = /^[بل]?ان(?:ه|ها|هم|هما)$/;
const DEFAULT_FAR_WINDOW = 12;
/** Short vowels, shadda, sukun and the dagger alef: dropped before a surfaceNot test. */
const HARAKAT = /[\u064B-\u065F\u0670]/g;
const fold = (words: string[] | undefined) => new Set((words ?? []).map(foldWord));

/** The compiled sense rules by "TYPE:folded phrase". */
export function compileSenses(rules: SenseRule[]): Map<string, CompiledSense> {
  const out = new Map<string, CompiledSense>();
  for (const r of rules) {
    const sense: CompiledSense = {
      objectNot: fold(r.objectNot),
      nextNot: fold(r.nextNot),
      countNot: r.countNot ?? false,
      subjectNot: fold(r.subjectNot),
      needs: fold(r.needs),
      needsBefore: fold(r.needsBefore),
      window: r.window ?? DEFAULT_WINDOW,
      farNot: fold(r.farNot),
      farWindow: r.farWindow ?? DEFAULT_FAR_WINDOW,
      gapNot: fold(r.gapNot),
      openerNeeds: fold(r.openerNeeds),
      lastNot: fold(r.lastNot),
      pronounOpenerGapless: r.pronounOpenerGapless ?? false,
      homographs: fold(r.homographs?.words),
      homographNeeds: fold(r.homographs?.needs),
      listNot: r.listNot ?? false,
      surfaceNot: r.surfaceNot ?? null,
    };
    for (const phrase of r.phrases) {
      const key = senseKey(r.type, phrase);
      // One rule per phrase and type: a second would silently replace the first (phrases that fold alike, أن and
      // إن, may share one rule).
      const other = out.get(key);
      if (other && other !== sense) throw new Error(`two sense rules for ${key}: merge them into one`);
      out.set(key, sense);
    }
  }
  return out;
}

export const senseKey = (type: string, phrase: string): string => `${type}:${foldWord(phrase)}`;

/** Some stem of the word is in `words` (a plain loop: an arrow over `words` cost a closure per call). */
function hits(t: Token, words: Set<string>): boolean {
  for (const s of t.stems) if (words.has(s)) return true;
  return false;
}

/** The opener rule: the gap opens on one of `needs`, a demonstrative skipped. */
function opensOn(tokens: Token[], first: number, end: number, needs: Set<string>): boolean {
  const at = first + 1 < end - 1 && isDemonstrative(tokens[first + 1]) ? first + 2 : first + 1;
  return at < end - 1 && hits(tokens[at], needs);
}

/** Whether the match [first, end) keeps its event sense inside the clause [from, to). */
export function senseFits(
  tokens: Token[],
  first: number,
  end: number,
  sense: CompiledSense,
  from: number,
  to: number,
): boolean {
  const stop = Math.min(to, end + sense.window);
  if (sense.surfaceNot?.test(tokens[first].surface.replace(HARAKAT, ''))) return false;
  if (sense.countNot && end < to && tokens[end].isNumber) return false;
  if (end < to && hits(tokens[end], sense.nextNot)) return false;
  for (let k = first + 1; sense.gapNot.size > 0 && k < end - 1; k++) if (hits(tokens[k], sense.gapNot)) return false;
  if (sense.openerNeeds.size > 0 && !opensOn(tokens, first, end, sense.openerNeeds)) return false;
  if (end - first > 2 && tokens[end - 2].stems.some((s) => sense.lastNot.has(s))) return false;
  if (sense.pronounOpenerGapless && end - first > 3 && PRONOUN_OPENER.test(tokens[first].norm)) return false;
  let needed = sense.needs.size === 0;
  for (let k = end; k < stop; k++) {
    if (hits(tokens[k], sense.objectNot)) return false;
    if (!needed && hits(tokens[k], sense.needs)) needed = true;
  }
  for (let k = first - 1; !needed && k >= Math.max(from, first - sense.window); k--)
    needed = hits(tokens[k], sense.needsBefore);
  if (!needed) return false;
  const farStop = Math.min(to, end + sense.farWindow);
  if (
    sense.homographs.has(tokens[first].norm) &&
    !someHits(tokens, end, farStop, sense.homographNeeds) &&
    !someLamPurpose(tokens, end, farStop)
  )
    return false;
  if (sense.listNot && inList(tokens, first, to)) return false;
  for (let k = end; sense.farNot.size > 0 && k < farStop; k++) if (hits(tokens[k], sense.farNot)) return false;
  for (let k = first - 1; k >= Math.max(from, first - sense.window); k--)
    if (hits(tokens[k], sense.subjectNot)) return false;
  return true;
}

/** A purpose masdar written with ل ("ودعت جميع الأطراف لتغليب مصلحة الوطن", "للعمل على"): what a call calls for,
 * as surely as إلى. Short ل-words (لدى، له، لها، لكن، لم) are prepositions and particles, not purposes. */
function someLamPurpose(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].norm.length >= 5 && tokens[k].norm.startsWith('ل')) return true;
  return false;
}

function someHits(tokens: Token[], from: number, to: number, words: Set<string>): boolean {
  for (let k = from; k < to; k++) if (hits(tokens[k], words)) return true;
  return false;
}

/** Attached pronouns a listed noun and its neighbour share (folded): "وهاتفه وحساباته", "وهاتفها وحاسوبها". */
const LIST_PRONOUN = /(?:ه|ها|هم|هما)$/;

/** Token i is a و-joined word followed by another و-word ending in the same attached pronoun: a noun in a list. */
function inList(tokens: Token[], i: number, to: number): boolean {
  const word = tokens[i].norm;
  const next = i + 1 < to ? tokens[i + 1].norm : '';
  const pronoun = LIST_PRONOUN.exec(word)?.[0];
  return !!pronoun && word.startsWith('و') && next.startsWith('و') && next.endsWith(pronoun) && next.length > 3;
}
