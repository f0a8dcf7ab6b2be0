// Arabic statements the base lists lacked: a vow to use force (THREATEN), a body's refusal told as "did not
// approve" (REJECT).
import { triggers } from '../trigger.types';

/** Masdars of force a vow may name: expelling, crushing, routing, liberating, retaking, punishing. A quoted object
 * detaches the preposition ("يتعهد بـ«طرد طالبان»" reads ب, then طرد). */
const FORCE = ['بطرد', 'بسحق', 'بدحر', 'بتحرير', 'باستعادة', 'بمعاقبة', 'بالقضاء على'];
const VOWS = ['تعهد', 'تعهدت', 'تعهدوا', 'يتعهد', 'تتعهد', 'متعهدا'];
/** "اشترطت أن يتعهد المقاتلون بمحاربة": a vow asked of someone, not made. */
const ASKED = ['أن', 'ان', 'بأن', 'لكي', 'كي'];

/** Before لم يوافق: a condition ("إذا لم يوافق عليه", "ما لم توافق الدول") or a relative ("الذين لم يوافقوا"). */
const NOT_A_REFUSAL = ['إذا', 'اذا', 'وإذا', 'فإذا', 'ما', 'إن', 'لو', 'الذي', 'التي', 'الذين', 'من'];

export const AR_VOWS_AND_REFUSALS = [
  // "وتعهد رئيس الوزراء حيدر العبادي بمعاقبة مرتكبي الأعمال الإرهابية", "يتعهد بطرد طالبان"; توعد is in the base list.
  ...triggers('THREATEN', [
    [
      'threaten',
      'verb',
      0.7,
      VOWS.flatMap((v) => FORCE.map((f) => `${v} ~~~ ${f}|${v} ${f}|${v} ب ${f.slice(1)}`)).join('|'),
      { notAfter: ASKED },
    ],
    // A quoted first-person vow of force: "سنطرد طالبان من ولاية فارياب", "سنسحق الإرهاب".
    ['threaten', 'verb', 0.65, 'سنطرد|سنسحق|سندحر|سنحرر'],
  ]),
  // "في حين لم يوافق المجلس على موضوعين": a council or party that did not approve a measure refused it.
  ...triggers('REJECT', [
    ['refuse', 'verb', 0.65, 'لم يوافق|لم توافق|لم يوافقوا|لم يوافقا|لم توافقا', { notAfter: NOT_A_REFUSAL }],
  ]),
];
