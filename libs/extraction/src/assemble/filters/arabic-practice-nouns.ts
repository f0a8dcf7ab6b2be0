// Arabic act nouns that name a practice, not a happening: an example after مثل ("إجراءات ضد المتطرفين، مثل الاعتقال
// الإداري"), a definite noun in a list of practices ("سياسات الاستيطان والاعتقالات والاغتيالات"), or a definite noun
// that a relative clause in the present or the past habitual describes ("الاعتقالات التي تقوم بها إسرائيل",
// "الاعتقالات الشكلية التي كانت تنفذها مخابرات الاحتلال"). Codebook: generic or habitual statements are not events.
// A relative clause in the perfect ("الاعتقالات التي نفذتها قوات الاحتلال أمس") reports one and stays.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { wordSet } from '../../text/word-sets';

const LIKE = wordSet('مثل ومثل كمثل');
// Heads that make what follows a list of practices: policies, practices, measures.
const PRACTICE_HEADS = wordSet('سياسات سياسة وسياسات وسياسة ممارسات وممارسات ممارسة');
// Relatives of things, not of people: "المتظاهرين الذين كانوا يدينون" describes the crowd, not a practice.
const RELATIVE = wordSet('التي الذي والتي والذي');
// Acts a state or a group keeps doing: raids, arrests, strikes, killings. A truce or a statement in the narrative
// present ("الهدنة الثالثة التي تعلنها قوات التحالف") is announced now.
const PRACTICE_TYPES = new Set(['ASSAULT', 'COERCE']);
const WAS = wordSet('كانت كان كانوا');
// An imperfect verb: present-tense prefix ("تقوم", "ينفذها", "تمارسها"); perfect verbs of the same look ("الهجوم
// الذي تعرض له", "التي تم", "التي تبنتها") report a happening.
const IMPERFECT = /^[يت]/;
const PERFECT_LOOKALIKES = /^(تم|تعرض|تبن|تلق|تول)/;
// Adjectives between the noun and its relative clause ("الاعتقالات الشكلية التي").
const ADJECTIVE_GAP = 2;
// A definite noun, with و or ب/ل before the article at most ("والاعتقالات").
const DEFINITE = /^(و|ف)?(ب|ل)?ال/;

/** True when the Arabic act noun at the trigger names a practice: after مثل, in a list under a practice head, or
 * described by a present or past-habitual relative clause. */
export function practiceNoun(tokens: Token[], trigger: TriggerMatch, cFirst: number, cEnd: number): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || trigger.spec.voice !== 'noun' || !DEFINITE.test(t.norm)) return false;
  if (trigger.first > cFirst && LIKE.has(tokens[trigger.first - 1].norm)) return true;
  if (listUnderPracticeHead(tokens, trigger.first, cFirst)) return true;
  return PRACTICE_TYPES.has(trigger.spec.type) && habitualRelative(tokens, trigger.end, cEnd);
}

/** "سياسات الاستيطان والاعتقالات": a definite noun joined by و to definite nouns back to a practice head. */
function listUnderPracticeHead(tokens: Token[], first: number, cFirst: number): boolean {
  let k = first;
  while (k > cFirst && /^وال/.test(tokens[k].norm) && DEFINITE.test(tokens[k - 1].norm)) k--;
  return k > cFirst && PRACTICE_HEADS.has(tokens[k - 1].norm) && DEFINITE.test(tokens[k].norm);
}

/** "التي تقوم بها", "التي كانت تنفذها": a relative clause in the present or the past habitual after the noun (past a
 * list of definite nouns and up to two adjectives). */
function habitualRelative(tokens: Token[], end: number, cEnd: number): boolean {
  let k = end;
  while (k < cEnd && /^وال/.test(tokens[k].norm)) k++;
  for (let gap = 0; gap < ADJECTIVE_GAP && k < cEnd && !RELATIVE.has(tokens[k].norm); gap++) {
    if (!DEFINITE.test(tokens[k].norm)) return false;
    k++;
  }
  if (k >= cEnd || !RELATIVE.has(tokens[k].norm)) return false;
  let verb = tokens[k + 1];
  if (verb && WAS.has(verb.norm)) verb = tokens[k + 2];
  return !!verb && verb.isArabic && IMPERFECT.test(verb.norm) && !PERFECT_LOOKALIKES.test(verb.norm);
}
