// An Arabic speaker condemns an attack by calling it cowardly: "وأكد سموه أن هذا العمل الإرهابي الجبان ينم عن فكر
// فاسد", "إن هذا الاعتداء الجبان لن يزيدنا إلا تلاحما". The epithet is the condemnation itself, as "أدان" would be,
// and official statements after a bombing use it instead of the verb. The demonstrative (هذا/هذه) keeps it to the
// speaker's own words: a narrator's "ضحايا التفجير الإرهابي الجبان" names the victims, it condemns nothing new.
import { triggers } from '../trigger.types';

const ACTS = ['العمل', 'الهجوم', 'الاعتداء', 'التفجير', 'الحادث'];
const EPITHETS = ['الإرهابي الجبان', 'الإجرامي الجبان', 'الجبان', 'الإرهابي الآثم', 'الإجرامي الآثم', 'الآثم'];
const CRIMES = ['الجريمة الإرهابية الجبانة', 'الجريمة النكراء', 'الجريمة الجبانة'];

export const AR_COWARDLY_ACT = triggers('ACCUSE', [
  [
    'condemn',
    'noun',
    0.7,
    [...ACTS.flatMap((a) => EPITHETS.map((e) => `هذا ${a} ${e}`)), ...CRIMES.map((c) => `هذه ${c}`)].join('|'),
  ],
]);
