// The topic of a remark: "وعن استهداف الجماعات الإرهابية الجامع ...، قال الزيادي", "وحول زيارة خالد مشعل المملكة،
// أكد الجبير", "وعن اتهامه بخطف الأغاني قال إن الأمر مجرد إشاعات". A happening named in the phrase after "وعن / وحول
// / وبشأن" that opens a sentence, with the speaker's verb after it, is what a speaker is asked about: a happening the
// article looks back on (reported, when it is news, in its own words elsewhere); the remark is the event.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

const ABOUT = wordSet('وعن عن وحول حول وبشأن بشأن وبخصوص بخصوص');
// "وعن استهداف الجماعات الإرهابية باستخدام الأحزمة الناسفة الجامع التابع لمبنى قوات الطوارئ": the topic phrase may
// run long before the comma and the speaker.
const TOPIC_REACH = 16;
const SPEECH = wordSet(
  'قال قالت أكد أكدت أوضح أوضحت أشار أشارت أضاف أضافت بين بينت ذكر ذكرت نفى نفت شدد شددت اعتبر اعتبرت رأى علق علقت',
);
const SPEECH_REACH = 30;
const SENTENCE_END = /[.؟?!]/;

/** True when the Arabic trigger stands in the topic phrase of a sentence-opening "وعن / وحول / وبشأن" (within sixteen
 * words, no speech verb before it) and a speech verb follows it in the sentence (within thirty words). */
export function remarkTopic(text: string, tokens: Token[], trigger: TriggerMatch, sentenceFirst: number): boolean {
  if (!tokens[trigger.first]?.isArabic || !hasWord(tokens[sentenceFirst], ABOUT)) return false;
  if (trigger.first === sentenceFirst || trigger.first - sentenceFirst > TOPIC_REACH) return false;
  for (let k = sentenceFirst + 1; k < trigger.first; k++) if (hasWord(tokens[k], SPEECH)) return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + SPEECH_REACH); k++) {
    if (SENTENCE_END.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (hasWord(tokens[k], SPEECH)) return true;
  }
  return false;
}
