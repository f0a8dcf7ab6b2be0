// An attack said to be inspired by or linked to a jihadist group ("هذا الهجوم هو، برأيي، مستوحى من تنظيم داعش",
// "أن يكون الأمر هجوما انتحاريا على علاقة بداعش", "عملا انتحاريا مرتبطا بتنظيم داعش") lays it at that group's door:
// the speaker accuses the group. The trigger is the tie alone, not the attack noun before it, so that noun still
// reports the attack itself. The feminine "مرتبطة" is left out: it mostly ties cells or networks ("خلايا مرتبطة
// بداعش"), an arrest's detail rather than a charge about an attack.
import { triggers } from '../trigger.types';

// "على علاقة/صلة" is matched from its noun: a trigger opening on على (one of the commonest words) would defeat the
// assembler's early exit for texts with no trigger word (patterns/trigger-start.spec.ts).
const TIES = ['مستوحى من', 'مستوحاة من', 'علاقة', 'صلة', 'مرتبطا', 'مرتبط'];
/** The group right after the tie; the fused preposition folds away ("بداعش" reads as داعش). */
const GROUPS = ['داعش', 'تنظيم', 'القاعدة'];

/** Words before the tie that deny it ("نفى أن يكون له أي علاقة بداعش", "لا صلة بتنظيم"). */
const DENIED = ['أي', 'اي', 'لا', 'ولا', 'بلا', 'عدم', 'دون'];

export const AR_LINKED_ATTACKS = triggers('ACCUSE', [
  ['accuse', 'verb', 0.6, TIES.flatMap((t) => GROUPS.map((g) => `${t} ${g}`)).join('|'), { notAfter: DENIED }],
]);
