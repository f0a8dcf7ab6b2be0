// Arabic thanks for a stance or for support as SUPPORT, the way English "thanked" is (en/cooperative.patterns.ts):
// "وشكر الرئيس دول التحالف على مواقفها", "أعرب الوزير باسم الحكومة عن الشكر العميق للقيادة على المواقف الثابتة",
// "وجه الرئيس الشكر لدول الخليج على دعمها". Thanks for anything else is courtesy the gold does not count (a new
// appointee thanking the leadership "على هذه الثقة", a host thanking guests "على الحضور"), and a bare شكر is also a
// surname (فؤاد شكر), so the stance or the support thanked for must follow in the clause.
import { triggers } from '../trigger.types';

/** What the thanks are for: a stance or support. */
const FOR = ['على موقف', 'على مواقف', 'على دعم', 'على الدعم', 'على وقوف'];

/** The verb and the light-verb frames that carry the noun; the thanker may stand between verb and noun. */
const THANKING = [
  ...['شكر', 'شكرت', 'شكروا', 'يشكر', 'تشكر', 'نشكر'],
  // "أعرب وزير الخارجية باسم الرئيس والحكومة عن الشكر": a long subject between the verb and its عن.
  ...['أعرب', 'أعربت', 'أعربوا', 'عبر', 'عبرت', 'عبروا'].flatMap((v) => [`${v} ~~~ عن شكر`, `${v} ~~~ عن امتنان`]),
  ...['وجه', 'وجهت', 'وجهوا', 'قدم', 'قدمت', 'قدموا'].map((v) => `${v} ~~ شكر`),
  ...['تقدم', 'تقدمت', 'تقدموا'].map((v) => `${v} ~~ بالشكر`),
];

export const AR_THANKS = triggers('SUPPORT', [
  ['praise', 'verb', 0.75, THANKING.flatMap((t) => FOR.map((f) => `${t} ~~ ${f}`)).join('|')],
]);
