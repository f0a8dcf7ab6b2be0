// An Arabic news lead: the piece opens on a past verb of record whose subject, within the next few words, is a body
// or an office ("أصدر مجلس الشورى 92 قرارا", "وقع معالي وزير المياه 45 عقدا", "شكلت منظمة التجارة العالمية
// هيئتين"). Columns open on a thought, a scene or a question ("كلنا نعرف", "لم يعد السؤال", "في كل مرة"); a report
// of record that then quotes nobody and names no day is still a report, not an essay (opinion-cues.ts).
import type { Token } from '../text/tokenize';
import { hasWord, wordSet } from '../text/word-sets';

/** Past verbs that open a report of what a body did. */
const LEAD_VERBS = wordSet(
  'أصدر أصدرت وقع وقعت شكل شكلت أقر أقرت قرر قررت وافق وافقت لجأ لجأت عقد عقدت اعتمد اعتمدت افتتح افتتحت ' +
    'تبنى تبنت أعلن أعلنت رفض رفضت طالب طالبت دعا دعت',
);
/** Bodies and offices that act on record. */
const BODIES = wordSet(
  'مجلس منظمة الحكومة حكومة وزير وزيرة وزارة الوزارة رئيس رئيسة الرئيس هيئة الهيئة معالي سمو لجنة اللجنة ' +
    'البرلمان برلمان المحكمة محكمة الأمم الاتحاد جامعة الجامعة مجموعة السلطات',
);
const SUBJECT_REACH = 3;

/** True when the first word (after a leading و) is a past verb of record and a body follows within three words. */
export function opensWithNewsLead(tokens: Token[]): boolean {
  const first = tokens.findIndex((t) => t.isArabic);
  if (first < 0 || !hasWord(tokens[first], LEAD_VERBS)) return false;
  for (let k = first + 1; k <= first + SUBJECT_REACH && k < tokens.length; k++)
    if (hasWord(tokens[k], BODIES)) return true;
  return false;
}
