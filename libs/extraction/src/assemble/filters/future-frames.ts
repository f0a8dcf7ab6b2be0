// Plans and forecasts read as happenings: an Arabic future passive (سيتم إدخال المساعدات), a verb in the future
// (وسيستقبل كيري نظيره، سوف يعمل) and a noun with a future adjective (الزيارة المرتقبة، the upcoming summit).
// Codebook: forecasts are not events. Called by non-event-frames.ts and trigger-filters.ts.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

const AR_FUTURE_AUX = wordSet(
  'سيتم ستتم سيجري ستجري سيحاول ستحاول سيقوم ستقوم سيكون ستكون سيبدأ ستبدأ سيواصل ستواصل سيستمر ستستمر',
);

/** "سيتم إدخال وتوزيع المساعدات": an Arabic future passive up to eight words before the trigger announces. */
export function futurePassive(tokens: Token[], first: number, clauseFirst: number): boolean {
  if (!tokens[first].isArabic) return false;
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 8); k--)
    if (AR_FUTURE_AUX.has(tokens[k].norm)) return true;
  return false;
}

const AR_SOUF = wordSet('سوف');

/** "وسيستقبل كيري نظيره", "المؤتمر سيبحث", "سوف يعمل على تخفيف": a verb trigger in the Arabic future (the prefix
 * سـ on an imperfect, or سوف right before it) announces a plan, not a happening (codebook: forecasts). The stripped
 * form must be the lexicon word itself, so verbs whose root begins with س (سيطر) are left alone. A threat is a
 * statement about the future by nature ("ستواصل استهداف"), so THREATEN is exempt. */
export function futureVerb(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.voice === 'noun' || trigger.spec.type === 'THREATEN') return false;
  if (hasWord(tokens[trigger.first - 1], AR_SOUF)) return true;
  const bare = /^[وف]?س([يتن].{2,})$/.exec(t.norm)?.[1];
  return !!bare && trigger.spec.words[0] === bare;
}

// Adjectives that put a meeting, visit, deal or attack in the future: "الزيارة المرتقبة", "القمة المقبلة", "the
// upcoming talks". "الأسبوع المقبل" after a noun dates it the same way ("اجتماع موسكو الأسبوع المقبل").
const UPCOMING = wordSet(
  'المرتقبة المرتقب المرتقبه مرتقبة مرتقبه مرتقب المقبلة المقبل المقبله القادمة القادم القادمه المزمع المزمعة ' +
    'المزمعه المنتظرة المنتظره upcoming forthcoming planned proposed',
);
const UPCOMING_SPAN = 6;

/** "زيارة موغيريني المرتقبة إلى المملكة", "مجزرة الفلوجة القادمة", "the upcoming summit": a noun trigger (or an
 * Arabic imperfect verb) with a future adjective within the next six words of its clause (English: right before)
 * names something still to come, not a reported happening. */
export function upcomingAct(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic) return trigger.spec.voice === 'noun' && hasWord(tokens[trigger.first - 1], UPCOMING);
  if (trigger.spec.voice !== 'noun' && !/^[وف]?ي/.test(t.norm)) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + UPCOMING_SPAN); k++)
    if (hasWord(tokens[k], UPCOMING)) return true;
  return false;
}
