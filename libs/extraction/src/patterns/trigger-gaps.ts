// The gaps a trigger phrase may hold: '~' (up to two words), '~~' (a whole subject between a verb and its object,
// up to seven) and '~~~' (a subject with its attributes, up to thirteen).
const MAX_GAP = 2;
/** '~~' spans a whole subject ("حمّلت حركتا حماس والجهاد الإسلامي الخميس إسرائيل المسؤولية"): only for verb…object
 * phrases whose second word is specific enough (المسؤولية, سراح, القبض) not to be met by chance in one clause. */
const LONG_GAP = 7;
/** '~~~' spans a subject with its own attributes ("وقعت الأطراف الليبية المجتمعة في مدينة الصخيرات المغربية بحضور
 * المبعوث الأممي اتفاقا"): only for an object that names the verb's event outright (an accusative اتفاقا). */
const SUBJECT_GAP = 13;
/** A gap word of a phrase ('~', '~~' or '~~~'). */
export const isGap = (w: string) => w === '~' || w === '~~' || w === '~~~';
export const gapSize = (w: string) => (w === '~' ? MAX_GAP : w === '~~' ? LONG_GAP : SUBJECT_GAP);
/** A gap that holds the verb's subject: the match then reports the words before it. */
export const isSubjectGap = (w: string) => w === '~~' || w === '~~~';
