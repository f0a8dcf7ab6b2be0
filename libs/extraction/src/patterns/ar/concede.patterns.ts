// Arabic CONCEDE triggers: apologies, concessions, pardons, restrictions lifted, terms accepted, faults admitted.
import { triggers } from '../trigger.types';

/** What lifting, cancelling or ending undoes, with the authority between verb and object ("رفعت السلطات المصرية حظر
 * التجول عن مدينة العريش", "ألغت السلطات قرار منع السفر"). */
const UNDONE = ['حظر التجول', 'حظر التجوال', 'الحظر', 'حظر', 'الحصار', 'القيود', 'العقوبات', 'قرار منع', 'قرار حظر'];
const LIFTED = ['رفع', 'رفعت', 'رفعوا', 'ألغى', 'ألغت', 'ألغوا'].flatMap((v) => UNDONE.map((u) => `${v} ~~ ${u}`));
/** Letting people in or back ("سمحت السلطات الإسرائيلية للمصلين بدخول المسجد الأقصى"). */
const ALLOWED = ['سمح', 'سمحت', 'سمحوا'].flatMap((v) =>
  ['بدخول', 'بعودة', 'بسفر', 'بإدخال', 'بمرور'].map((o) => `${v} ~~ ${o}`),
);
/** Owning up to a fault ("اعترف الجيش الأمريكي بمسؤوليته عن قصف المستشفى"); a suspect's confession (بارتكاب) is
 * no concession. */
const ADMITTED = ['اعترف', 'اعترفت', 'اعترفوا'].flatMap((v) =>
  ['بمسؤولية', 'بالمسؤولية', 'بالخطأ', 'بخطأ'].map((o) => `${v} ~~ ${o}`),
);

/** Accepting terms or a resolution ("قبلت الحكومة اليونانية شروط الدائنين", "قبلوا بالقرار الدولي"): only the marked
 * forms, since bare قبل is "before". */
const ACCEPTED = ['قبلت', 'قبلوا'].flatMap((v) =>
  ['شروط', 'بشروط', 'بالقرار', 'بقرار', 'بوقف', 'بالمبادرة', 'بالهدنة'].map((o) => `${v} ~~ ${o}`),
);

export const AR_CONCEDE = triggers('CONCEDE', [
  ['concede', 'verb', 0.7, ACCEPTED.join('|')],
  ['concede', 'verb', 0.7, LIFTED.join('|')],
  ['concede', 'verb', 0.65, ALLOWED.join('|')],
  ['apologize', 'verb', 0.75, ADMITTED.join('|')],
  ['apologize', 'verb', 0.85, 'اعتذر|اعتذرت|اعتذروا|يعتذر|تعتذر|نعتذر'],
  // "قدمت أمانة منطقة الرياض اعتذارها للجميع": the apologiser stands between the light verb and the noun.
  ['apologize', 'verb', 0.85, 'قدم ~~ اعتذار|قدمت ~~ اعتذار|قدموا ~~ اعتذار|أعرب ~ عن اعتذار|أعربت ~ عن اعتذار'],
  ['apologize', 'noun', 0.75, 'اعتذار|اعتذارا'],
  ['concede', 'noun', 0.7, 'تنازل|تنازلات|تعويض|تعويضات'],
  // "منظمة العفو الدولية" is a name, "العفو والتسامح" a virtue, "طالبا العفو" a plea (a request, not a pardon).
  [
    'concede',
    'noun',
    0.7,
    'عفو|عفوا',
    {
      notBefore: ['الدولية', 'والصفح', 'والتسامح', 'والمغفرة'],
      notAfter: ['منظمة', 'طلب', 'طلبوا', 'طالبا', 'طالبين'],
    },
  ],
  [
    'concede',
    'verb',
    0.7,
    'تنازلت|خفف|خففت|رفع ~ الحظر|رفعت ~ الحظر|رفع ~ العقوبات|رفعت ~ العقوبات|رفع ~ الحصار|رفعت ~ الحصار|عفا|أصدر عفوا|أعاد ~ فتح|أعادت ~ فتح|إعادة فتح|فتح ~ المعبر|فتحت ~ المعبر|رفع ~ القيود|رفعت ~ القيود|خفف ~ القيود|خففت ~ القيود|تخفيف القيود',
  ],
]);
