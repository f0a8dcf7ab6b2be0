// Arabic SUPPORT the praise verbs (cooperative.patterns.ts) miss: a verb of judging with a word that can only commend
// ("وصف المسؤول الاتفاق بالتاريخي", "اعتبرت الوزارة القرار خطوة إيجابية"), the mirror of the blaming CHARACTERIZE rows
// of verbal.patterns.ts, and granting a state the right to defend itself ("أكدت واشنطن أن للمملكة الحق في الدفاع عن
// نفسها"), the wire's usual backing of one side in a war.
import { triggers } from '../trigger.types';

const JUDGE = ['وصف', 'وصفت', 'وصفوا', 'اعتبر', 'اعتبرت', 'اعتبروا'];
const COMMENDED = [
  ...['إنجازا', 'بالإنجاز', 'خطوة إيجابية', 'خطوة مهمة', 'خطوة هامة', 'خطوة تاريخية', 'بالخطوة التاريخية'],
  ...['بالتاريخي', 'بالتاريخية', 'تطورا تاريخيا', 'بالإيجابي', 'بالإيجابية', 'خطوة في الاتجاه الصحيح'],
];
const RIGHT_TO_DEFEND = ['الحق في الدفاع عن', 'حق الدفاع عن'].flatMap((r) =>
  ['نفسها', 'نفسه', 'أراضيها', 'أراضيه'].map((o) => `${r} ${o}`),
);

export const AR_ENDORSEMENTS = triggers('SUPPORT', [
  ['praise', 'verb', 0.75, JUDGE.flatMap((v) => COMMENDED.map((c) => `${v} ~~ ${c}`)).join('|')],
  ['solidarity', 'noun', 0.7, RIGHT_TO_DEFEND.join('|')],
]);
