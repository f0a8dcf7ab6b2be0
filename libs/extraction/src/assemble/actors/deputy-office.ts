// "استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف", "التقى مستشار خادم الحرمين الشريفين أمير منطقة مكة
// المكرمة الأمير خالد الفيصل", "نائب الرئيس الأمريكي جو بايدن": a person named in the idafa of "deputy" or
// "adviser" is part of another man's title. The deputy or the adviser acts, not the king or the president his
// title names, so that mention is no actor (the holder is usually named right after it).
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';

const DEPUTY = foldedSet(['نائب', 'ونائب', 'لنائب', 'مستشار', 'ومستشار', 'لمستشار', 'مستشارة', 'ومستشارة']);

/** The Arabic mention starting at token `first` (character `start`) stands in the idafa of deputy or adviser. */
export function inDeputyTitle(text: string, tokens: Token[], mention: { first: number; start: number }): boolean {
  const office = tokens[mention.first - 1];
  return !!office?.isArabic && DEPUTY.has(office.norm) && /^\s+$/.test(text.slice(office.end, mention.start));
}
