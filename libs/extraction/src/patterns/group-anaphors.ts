// Definite nouns that take up an armed group already named ("التنظيم", "الجماعة"): a relative clause about them with a
// past verb ("التنظيم الذي فرض حظرا للتجوال") reports, as one about the group's name does (background-cues.ts).
import type { Token } from '../text/tokenize';
import { foldedSet } from '../text/word-sets';

// Definite nouns that take up an armed group already named: "التنظيم" (masculine), "الجماعة", "الميليشيات" (feminine).
const GROUP_ANAPHORS_M = foldedSet(['التنظيم']);
const GROUP_ANAPHORS_F = foldedSet(['الجماعة', 'الحركة', 'الميليشيا', 'الميليشيات', 'المليشيات', 'المليشيا']);

/** "التنظيم الذي فرض", "الجماعة التي شنت": a group anaphor before a relative pronoun and a past (not present) verb. */
export function groupAnaphorPast(noun: Token, verb: Token): boolean {
  if (GROUP_ANAPHORS_M.has(noun.norm)) return !verb.norm.startsWith('ي');
  if (GROUP_ANAPHORS_F.has(noun.norm)) return !verb.norm.startsWith('ت');
  return false;
}
