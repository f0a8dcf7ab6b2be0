// Arabic copy often gives a battle's toll in a sentence with no attack word of its own: "وقال السكان إن 25 حوثيا
// و10 من رجال المقاومة سقطوا قتلى", "وأفادت مصادر طبية بسقوط سبعة قتلى". Its death words are no trigger, so no
// mention carries the figure and the happening told before it stays without a toll. Such a sentence counts the
// latest happening of force told before it (an attack, or a seizure won by fighting; joined-tolls.ts), when that one
// has no toll yet. Period totals ("منذ بدء الحرب") and the dead of accidents and disasters count no attack.
import type { Sentence } from '../../text/split-sentences';
import type { DraftEvent } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';
import { tokenAt } from '../map-spans';
import { injuryOnly, readCounts } from './read-counts';
import { arabicHost, SINCE_AR } from './joined-tolls';
import { draftsBySentence, inSentence } from './drafts-by-sentence';
import { isCue } from './count-pairs';
import type { Token } from '../../text/tokenize';

/** Deaths that are no attack's: road accidents, fires, floods, quakes, epidemics. */
const NOT_ATTACK_AR =
  /(?:^|[\s،,(«"])[وفب]?(?:ال)?(?:حادث|حوادث|تصادم|اصطدام|زلزال|فيضان|فيضانات|سيول|حريق|انهيار|غرق|وباء|الكوليرا|السير)(?=[\s،,.)»"]|$)/;

/** An attack noun the sentence tells without it being a mention ("بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 32
 * قتيلا", "نفذتا تفجيرين أسفرا عن مقتل 13"): a recalled happening, whose toll it is. */
const ATTACK_NOUN_AR =
  /(?:^|[\s،,(«"])[وفبل]?(?:ال)?(?:هجوم|هجوما|هجمات|تفجير|تفجيرين|تفجيرات|انفجار|غارة|غارات|قصف|عملية|عمليات|اعتداء|اعتداءات|جريمة|مجزرة|مذبحة)(?=[\s،,.)»"]|$)/;
/** A charge ("لم توجه إليهم تهمة بقتل الطفل"): an accusation, not a toll. */
const CHARGE_AR = /(?:^|[\s،,(«"])[وب]?(?:ال)?(?:تهمة|تهم|اتهام|اتهامات)(?=[\s،,.)»"]|$)/;
/** A year ("في عام 2014", "وفي 2012"): the toll of another time. */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

const forceful = (d: DraftEvent) => d.type === 'ASSAULT' || d.type === 'COERCE';

/** Whether tokens [first, end) hold a word that counts dead (read-counts.ts: a cue that is not only an injury): a
 * sentence without one reads no killed figure, so the regular expressions and readCounts are spared it. */
function hasDeathCue(tokens: Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (isCue(tokens, k) && !injuryOnly(tokens[k])) return true;
  return false;
}

/** Gives each Arabic toll-only sentence's killed figure to the happening of force told before it (in place). */
export function fillArabicTollSentences(
  article: ArticleContext,
  sentences: readonly Sentence[],
  out: DraftEvent[],
): DraftEvent[] {
  if (!out.some(forceful)) return out;
  const { tokens, text } = article;
  const by = draftsBySentence(out);
  for (const [si, sentence] of sentences.entries()) {
    if (si === 0 || inSentence(by, si).some(forceful)) continue;
    const [first, end] = [tokenAt(tokens, sentence.start), tokenAt(tokens, sentence.end)];
    if (!hasDeathCue(tokens, first, end)) continue;
    const said = text.slice(sentence.start, sentence.end);
    if (SINCE_AR.test(said) || NOT_ATTACK_AR.test(said) || ATTACK_NOUN_AR.test(said)) continue;
    if (CHARGE_AR.test(said) || YEAR.test(said)) continue;
    const counts = readCounts(tokens, first, end);
    if (!counts.killed) continue;
    const host = arabicHost(by, si);
    if (!host || host.negated || !host.place || host.killed !== null) continue;
    host.killed = counts.killed;
    host.injured ??= counts.injured;
    host.killedTotal = counts.tally.some((c) => c.kind === 'killed' && c.total);
    host.trace.cues.push('toll-sentence');
  }
  return out;
}
