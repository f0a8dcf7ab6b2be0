// A happening named as the object of a relative clause's verb: "ولاية الوحدة التي شهدت بعضا من أعنف الاشتباكات",
// "كينياتا الذي حال توجيه المحكمة الجنائية اتهامات له دون زيارة أوباما", "المرحلة التي أعقبت الهجوم". The clause
// describes a place, a person or a time by what it saw, followed or prevented; the happening is background, reported
// (if at all) in its own words elsewhere.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { AR_RELATIVE } from './background-words';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));

// Verbs of witnessing, following, preceding and preventing, past or present.
const BACKDROP_VERBS = set('شهد شهدت يشهد تشهد عرف عرفت حال حالت أعقب أعقبت تلا تلت سبق سبقت تبع تبعت رافق رافقت');
// A recent day in the clause makes it a report: "المدينة التي شهدت أمس اشتباكات".
const RECENT = set('أمس امس اليوم الليلة مساء صباح فجر');
const REACH = 6;

const isRelative = (t: Token | undefined) =>
  !!t && (AR_RELATIVE.has(t.norm) || (/^و/.test(t.norm) && AR_RELATIVE.has(t.norm.slice(1))));

/** The trigger noun at `trigger` stands within six words after a relative pronoun and a backdrop verb ("التي
 * شهدت", "الذي حال") in its clause, and the clause names no recent day. */
export function relativeBackdrop(tokens: Token[], trigger: number, clauseFirst: number, clauseEnd: number): boolean {
  if (!tokens[trigger]?.isArabic) return false;
  for (let k = trigger - 1; k >= Math.max(clauseFirst + 1, trigger - REACH); k--) {
    if (!BACKDROP_VERBS.has(tokens[k].norm) || !isRelative(tokens[k - 1])) continue;
    for (let j = clauseFirst; j < clauseEnd; j++) if (RECENT.has(tokens[j].norm)) return false;
    return true;
  }
  return false;
}
