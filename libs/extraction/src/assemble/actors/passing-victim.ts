// "انفجرت سيارة مفخخة عند مرور رتل لعناصر تنظيم داعش", "انفجرت عبوة أثناء مرور حافلة تقل أفرادا للأمن المركزي",
// "لدى مرور آلية للشرطة": the convoy, patrol or bus passing when the bomb went off was its target, so the group it
// carried is the one hit, never the bomber.
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const PASSING = foldWord('مرور');
// Words of time before the passing: عند, لدى, أثناء, خلال, لحظة, حين (a glued و changes nothing).
const WHEN = new Set(['عند', 'لدى', 'أثناء', 'اثناء', 'خلال', 'لحظة', 'حين', 'حينما'].map(foldWord));
// The passing and the mention sit in one phrase: "مرور حافلة تقل أفرادا للأمن المركزي" (4 words between).
const MAX_GAP = 5;
const BREAK = /[.؟?!؛;:،,]/;

/** The mention names who was passing by ("عند مرور رتل لـX") when the act happened. */
export function passingVictim(text: string, tokens: Token[], a: Span<ActorLike>): boolean {
  for (let k = a.first - 1; k >= Math.max(1, a.first - 1 - MAX_GAP); k--) {
    const t = tokens[k];
    if (!t.isArabic) return false;
    if (BREAK.test(text.slice(t.end, tokens[k + 1].start))) return false;
    if (t.norm !== PASSING && !t.stems.includes(PASSING)) continue;
    const w = tokens[k - 1];
    return !!w?.isArabic && (WHEN.has(w.norm) || WHEN.has(w.norm.replace(/^و/, '')));
  }
  return false;
}
