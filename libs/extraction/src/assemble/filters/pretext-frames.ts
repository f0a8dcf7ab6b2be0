// Acts named as a pretext or a banner: "تحت مسمى المطالبة بالانفصال", "بدعوى القضاء على الإرهاب", "بذريعة محاربة
// التطرف". The noun after بحجة, بذريعة, بدعوى or "تحت مسمى/ذريعة/شعار" is a stated aim someone hides behind, not a
// happening of its own (the act done under it is reported by its own trigger). Arabic only.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));

/** One-word pretext markers ("بحجة", "بذريعة", "بدعوى") and the nouns after تحت ("تحت مسمى", "تحت شعار"). */
const PRETEXTS = set('بحجة بذريعة بدعوى وبحجة وبذريعة وبدعوى');
const UNDER = set('تحت وتحت');
const BANNERS = set('مسمى ذريعة شعار حجة دعوى');

/** "تحت مسمى المطالبة بالانفصال", "بدعوى القضاء على الإرهاب": an Arabic noun trigger right after a pretext marker
 * (or one word on, "بحجة ضرورة مكافحة") is the aim claimed, not a reported act. */
export function pretextAim(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first].isArabic || trigger.spec.voice !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 2); k--) {
    const t = tokens[k];
    if (PRETEXTS.has(t.norm)) return true;
    if (BANNERS.has(t.norm) && k - 1 >= clauseFirst && UNDER.has(tokens[k - 1].norm)) return true;
  }
  return false;
}
