// Arabic sense rules for an office instructing its own branches (see ../trigger-senses.ts): "طالبت الوزارة إدارات
// التعليم بإنهاء إجراءات التقاعد", "طالبت وزارة الصحة من مديرياتها بأخذ تعهد" is internal administration, not a
// REQUEST between actors (codebook: internal administration is not an event). Split from senses-civic.ts (full).
import type { SenseRule } from '../trigger-senses';

/** An office's own departments, directorates, branches and staff. */
const OWN_BRANCHES = [
  ...['إدارات', 'الإدارات', 'إداراتها', 'مديريات', 'المديريات', 'مديرياتها', 'فروع', 'الفروع', 'فروعها'],
  ...['منسوبي', 'منسوبيها', 'منسوبيه', 'منسوبات', 'موظفي', 'موظفيها', 'مدارس', 'المدارس', 'مكاتبها'],
];

export const AR_OFFICE_ORDER_SENSES: SenseRule[] = [
  // The addressee follows the verb and its subject (VSO, "طالبت وزارة الصحة من مديرياتها"): a window of four.
  {
    type: 'REQUEST',
    // The masculine طالب is left to the rule for the noun student (senses-states.ts): one rule per phrase.
    phrases: ['طالبت', 'طالبوا', 'يطالب', 'تطالب'],
    objectNot: OWN_BRANCHES,
    window: 4,
  },
];
