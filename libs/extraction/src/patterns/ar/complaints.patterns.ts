// Complaining of a party's conduct ("واشتكى الوفد الذي يقوده علاوي للسفير الأمريكي … من الممارسات الطائفية التي
// يمارسها العبادي", "شكت أنقرة من أن باقي العالم لم يسهم إلا بـ…") lays a grievance at that party's door: an
// ACCUSE without an accusing verb. The complaint verb alone is too broad: a passenger complains of a lost bag, a
// patient "يشكو من مرض" suffers from an illness, students complain of poor cleaning (a plea for a service). So the
// verb must reach, past its subject and addressees, "من" before a word for a party's conduct, or "من أن" opening the
// charge itself.
import { triggers } from '../trigger.types';

const COMPLAIN = [
  'اشتكى',
  'اشتكت',
  'اشتكوا',
  'يشتكي',
  'تشتكي',
  'يشتكون',
  'شكا',
  'شكت',
  'شكوا',
  'يشكو',
  'تشكو',
  'يشكون',
];

/** Conduct a party is blamed for: practices, abuses, violations, attacks, meddling, harassment, pressure,
 * discrimination. */
const CONDUCT = [
  'الممارسات',
  'ممارسات',
  'التجاوزات',
  'تجاوزات',
  'الانتهاكات',
  'انتهاكات',
  'الاعتداءات',
  'اعتداءات',
  'التدخل',
  'التدخلات',
  'تدخل',
  'تدخلات',
  'المضايقات',
  'مضايقات',
  'التضييق',
  'الضغوط',
  'ضغوط',
  'التمييز',
  'أن',
];

export const AR_COMPLAINTS = triggers('ACCUSE', [
  ['criticize', 'verb', 0.65, COMPLAIN.flatMap((v) => CONDUCT.map((c) => `${v} ~~~ من ${c}`)).join('|')],
]);
