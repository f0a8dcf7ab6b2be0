// Arabic sense rules for courtesies (see ../trigger-senses.ts): a host "welcomes" guests, visitors or a delegation
// ("رحب سموه بالوفد المرافق", "رحب فيها بالحضور", "ورحب سعادته بالمطالعين"), which is hospitality, not SUPPORT for
// a decision or a deal ("رحبت الجامعة العربية بالهدنة"). Found by a frequency audit of unlabeled feed text, where
// four of nine audited firings of رحب greeted people.
import type { SenseRule } from '../trigger-senses';

/** People a host greets, with the preposition: what follows رحب when it is hospitality. */
const GUESTS = [
  ...['بالحضور', 'بالحاضرين', 'بالزوار', 'بزوار', 'بالزائرين', 'بالضيوف', 'بضيوف', 'بالوفد', 'بوفد'],
  ...['بالمشاركين', 'بالمطالعين', 'بالمصطافين', 'بالسياح', 'بالحجاج', 'بالمعتمرين', 'بالمهنئين'],
  ...['بنظيره', 'بنظيرته', 'بنظرائه', 'بالضيف', 'بضيفه', 'بضيفها'],
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
];
