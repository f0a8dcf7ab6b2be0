// Arabic sense rules for courtesies and sourcing (see ../trigger-senses.ts), found by a frequency audit of unlabeled
// feed text. A host "welcomes" guests, visitors or a delegation ("رحب سموه بالوفد المرافق", "رحب فيها بالحضور"),
// which is hospitality, not SUPPORT for a decision or a deal ("رحبت الجامعة العربية بالهدنة"): four of nine audited
// firings of رحب. A source speaks to the newspaper "في اتصال هاتفي مع «الشرق الأوسط»": an interview, not a call
// between two parties ("في اتصال هاتفي مع الأمين العام للأمم المتحدة").
import type { SenseRule } from '../trigger-senses';

/** People a host greets, with the preposition: what follows رحب when it is hospitality. */
const GUESTS = [
  ...['بالحضور', 'بالحاضرين', 'بالزوار', 'بزوار', 'بالزائرين', 'بالضيوف', 'بضيوف', 'بالوفد', 'بوفد'],
  ...['بالمشاركين', 'بالمطالعين', 'بالمصطافين', 'بالسياح', 'بالحجاج', 'بالمعتمرين', 'بالمهنئين'],
  ...['بنظيره', 'بنظيرته', 'بنظرائه', 'بالضيف', 'بضيفه', 'بضيفها'],
];

/** The newspaper, its reporter or a channel a source speaks to on the phone ("لـ«الشرق الأوسط»", "مع «عكاظ»",
 * "أجراه بالزميل"). الشرق is only read here, right after the call, where it opens الشرق الأوسط. */
const PRESS_ON_THE_LINE = [
  ...['عكاظ', 'الشرق', 'الحياة', 'سبق', 'الوطن', 'الجزيرة', 'الاقتصادية', 'الوئام'],
  ...['صحيفة', 'الصحيفة', 'لصحيفة', 'جريدة', 'الجريدة', 'الزميل', 'بالزميل', 'الزميلة', 'مراسل', 'مراسلنا'],
];

export const AR_COURTESY_SENSES: SenseRule[] = [
  {
    type: 'SUPPORT',
    phrases: ['رحب', 'رحبت', 'رحبوا', 'يرحب', 'ترحب'],
    objectNot: GUESTS,
    window: 4,
    // The host's full title may come first ("رحب صاحب السمو الملكي الأمير …، أمير منطقة عسير، بزوار المنطقة").
    farNot: GUESTS,
    farWindow: 16,
  },
  {
    type: 'CONSULT',
    phrases: ['اتصال هاتفي', 'اتصالا هاتفيا', 'اتصالاً هاتفياً', 'مكالمة هاتفية', 'اتصالات هاتفية'],
    // The paper follows the call within two words ("مع «الشرق الأوسط»"), or the quoted statement starts right after
    // it ("وقال المتحدث في اتصال هاتفي، إن"); a call between leaders names its other party first.
    objectNot: [...PRESS_ON_THE_LINE, 'إن', 'أن'],
    window: 2,
  },
];
