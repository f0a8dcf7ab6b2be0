// Warning of abuses ("وحذرت ثماني منظمات حقوقية دولية في بيان مشترك من حصول انتهاكات لحقوق الإنسان عبر قانون
// مكافحة الإرهاب") charges whoever commits or allows them: an ACCUSE, not the THREATEN a bare حذر reads as (a
// warning of action). Only abuses count: a warning "من خطورة التخزين" (of a danger) accuses nobody.
import { triggers } from '../trigger.types';

const WARN = ['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر', 'محذرا', 'محذرة'];
const ABUSES = ['انتهاكات', 'الانتهاكات', 'انتهاك', 'تجاوزات', 'التجاوزات'];
/** "من انتهاكات", or with a verb of happening between ("من حصول انتهاكات", "من وقوع انتهاكات"). */
const OF_ABUSES = ABUSES.flatMap((a) => [`من ${a}`, ...['حصول', 'وقوع', 'ارتكاب'].map((h) => `من ${h} ${a}`)]);

export const AR_WARNED_ABUSES = triggers('ACCUSE', [
  ['accuse', 'verb', 0.65, WARN.flatMap((w) => OF_ABUSES.map((o) => `${w} ~~~ ${o}`)).join('|')],
]);
