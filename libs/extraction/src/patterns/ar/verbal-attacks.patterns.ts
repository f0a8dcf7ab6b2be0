// An Arabic attack verb whose subject or object only attacks or is attacked with words ("هاجمت الكتل البرلمانية
// بعض القوى السياسية", "هاجم الوزير الاتفاق النووي"): criticism, an ACCUSE, not force. The same words keep the
// ASSAULT reading of that verb out (assemble/filters/arabic-non-events.ts isVerbalAttack), so the one list decides both.
import { triggers } from '../trigger.types';

export const AR_ATTACK_VERBS = ['هاجم', 'هاجمت', 'هاجموا', 'يهاجم', 'تهاجم'];

/** Subjects that attack with words (blocs, deputies, the press) and objects that can only be attacked with words
 * (policies, stances, statements, decisions, deals). Within three words after the verb. */
export const AR_VERBAL_ATTACK_WORDS = [
  'الكتل',
  'الكتلة',
  'كتلة',
  'النواب',
  'النائب',
  'البرلمان',
  'الإعلام',
  'وسائل',
  'الصحف',
  'الصحيفة',
  'السياسات',
  'سياسات',
  'السياسة',
  'سياسة',
  'الدور',
  'دور',
  'مواقف',
  'موقف',
  'تصريحات',
  'التصريحات',
  'القرار',
  'قرار',
  // The indefinite accusative keeps its alif ("هاجم قرارا صدر عن مجلس الأمن"): no stem strips it.
  'قرارا',
  // A deal or an accord is argued against, never stormed ("ليهاجم الاتفاق بندا بندا").
  'الاتفاق',
  'اتفاق',
  'الاتفاقية',
  'اتفاقية',
  'القوى',
  'الأحزاب',
];

/** An attack noun ("شن هجوما حادا على منافسيه", "هجوما لاذعا", "بسبب هجومه الشديد على الإرهابيين") ... */
export const AR_ATTACK_NOUNS = ['هجوم', 'هجوما', 'هجومه', 'هجومها', 'هجومهم', 'الهجوم'];
/** ... qualified as sharp or harsh is made with words: the sense of a tongue, never of a raid. "عنيف" (violent) is left
 * out: "شنت طائرات حربية هجوما عنيفا على مواقع" is force. */
export const AR_SHARP_WORDS = ['حاد', 'حادا', 'الحاد', 'لاذع', 'لاذعا', 'اللاذع', 'شديد', 'شديدا', 'الشديد'];

// The verb with the word within its three following tokens, as isVerbalAttack reads it; weighted as انتقد. The sharp
// attack noun is criticism too.
export const AR_VERBAL_ATTACK = triggers('ACCUSE', [
  [
    'criticize',
    'verb',
    0.7,
    AR_ATTACK_VERBS.flatMap((v) => AR_VERBAL_ATTACK_WORDS.map((w) => `${v} ~ ${w}`)).join('|'),
  ],
  ['criticize', 'noun', 0.7, AR_ATTACK_NOUNS.flatMap((n) => AR_SHARP_WORDS.map((w) => `${n} ${w}`)).join('|')],
]);
