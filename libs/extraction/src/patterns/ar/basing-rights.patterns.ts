// A state letting another use its bases, airspace or territory ("سمحت تركيا للولايات المتحدة باستخدام قاعدة إنجرليك",
// "الاتفاق بالسماح للطائرات الأمريكية باستخدام قاعدة تركية"): an agreement granted, whoever asked. Bare "سمح باستخدام"
// permits anything (a drug, a phone, a road), so the thing used must be a base, the airspace or the land.
import { triggers } from '../trigger.types';

const ALLOW = ['سمحت', 'سمح', 'ستسمح', 'سيسمح', 'يسمح', 'تسمح', 'السماح', 'بالسماح'];
const USED = [
  ...['قاعدة', 'قواعد', 'القاعدة', 'القواعد', 'العديد من القواعد', 'قاعدتها', 'قاعدتين'],
  ...['أراضيها', 'أراضيه', 'مجالها الجوي', 'مجاله الجوي', 'أجوائها', 'المجال الجوي'],
];
const GRANTS = [
  ...ALLOW.flatMap((v) => USED.map((u) => `${v} ~~ باستخدام ${u}`)),
  ...USED.map((u) => `سماح ~~ استخدام ${u}`),
];

export const AR_BASING_RIGHTS = triggers('AGREE', [['agree', 'verb', 0.8, GRANTS.join('|')]]);
