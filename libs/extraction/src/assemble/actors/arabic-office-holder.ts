// "ودعا الأمين العام لجامعة الدول العربية الدكتور نبيل العربي إسرائيل", "ندد معالي الرئيس العام لهيئة الأمر
// بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن السند": an office right after the verb, its body and a rank
// before the holder's name. The holder is the subject; the body inside the office phrase only says whose office it
// is (it would otherwise be read as the VSO subject, the person as the object).
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { ActorLike, Span } from '../assemble.types';
import { RANKS, TITLE_HEADS } from './apposed-name';

// Honorifics before an office: "معالي الرئيس العام", "سمو الأمير", "فخامة الرئيس".
const HONORIFICS = foldedSet(['معالي', 'سمو', 'فخامة', 'سعادة', 'دولة']);
// The office phrase and its body stay short: a name further away belongs to another phrase.
const MAX_OFFICE = 12;
const BREAK = /[.؟?!؛;:،,«»"()\n]/;

/** The person a rank introduces at the end of an office phrase that opens right after the verb, or null. */
export function officeHolderAfterVerb(
  text: string,
  tokens: Token[],
  verbEnd: number,
  after: Span<ActorLike>[],
): Span<ActorLike> | null {
  let k = verbEnd;
  if (k < tokens.length && HONORIFICS.has(tokens[k].norm)) k++;
  if (k >= tokens.length || !TITLE_HEADS.has(tokens[k].norm)) return null;
  const office = k;
  const holder = after.find((a) => a.value.kind === 'person' && a.first > office);
  if (!holder || holder.first - office > MAX_OFFICE) return null;
  // "الدكتور نبيل العربي", "الشيخ الدكتور عبدالرحمن": a rank right before the name (or opening its mention) ends
  // the office phrase; without one the name may be the office's object ("رئيس الوزراء الذي استقبل X").
  const ranked = RANKS.has(tokens[holder.first - 1]?.norm ?? '') || RANKS.has(tokens[holder.first].norm);
  if (!ranked) return null;
  if (BREAK.test(text.slice(tokens[office].end, holder.start))) return null;
  return holder;
}
