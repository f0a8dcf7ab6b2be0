// A name after an Arabic verb that sits in the idafa of a noun a directional preposition governs ("شن غارات على
// مواقع مليشيات الحوثي", "تقدمت نحو معاقل داعش") is what the act was aimed at, never the verb's VSO subject. A
// subject follows its verb directly or after an adverb ("شنت أمس طائرات التحالف"), never behind such a phrase.
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

// Prepositions that aim an act at a place or a side (not "في"/"من", which also open adverbials: "في بيان", "من جهته").
const AIMING = new Set(['على', 'ضد', 'الى', 'إلى', 'نحو', 'باتجاه', 'تجاه', 'صوب', 'بحق'].map(foldWord));
const BREAK = /[.؟?!؛;:،,]/;

/** True when the mention after the verb is reached through "على/ضد/نحو ... " within three nouns: "على مواقع ومعسكرات X". */
export function aimedPhraseAfterVerb(text: string, tokens: Token[], verbEnd: number, a: Span<ActorLike>): boolean {
  for (let k = a.first - 1; k >= Math.max(verbEnd, a.first - 4); k--) {
    const t = tokens[k];
    if (!t?.isArabic || t.isNumber) return false;
    if (BREAK.test(text.slice(t.end, tokens[k + 1]?.start ?? t.end))) return false;
    if (AIMING.has(t.norm.replace(/^[وف](?=..)/, ''))) return k < a.first - 1;
  }
  return false;
}
