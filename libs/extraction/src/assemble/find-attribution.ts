// Finds who the article says a claim comes from: "قالت وزارة الدفاع الروسية", "بحسب المرصد", "نقلا عن", "according
// to X", "X said". The source is an actor mention when there is one, else the few words after the cue.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';

const AR_CUES = new Set(
  [
    'قال',
    'قالت',
    'افاد',
    'افادت',
    'ذكر',
    'ذكرت',
    'اعلن',
    'اعلنت',
    'اكد',
    'اكدت',
    'اضاف',
    'اضافت',
    'نقلت',
    'نقل',
    'اوضح',
    'اوضحت',
    'وفق',
    'وفقا',
    'بحسب',
    'حسب',
    'حسبما',
    'نقلا',
    'طبقا',
    'صرح',
    'كشف',
    'كشفت',
    'اورد',
    'اوردت',
    'بثت',
    'نشرت',
  ].map(foldWord),
);
const EN_BEFORE_SOURCE = new Set([
  'according',
  'said',
  'says',
  'told',
  'reported',
  'announced',
  'stated',
  'claimed',
  'cited',
]);
const EN_AFTER_SOURCE = new Set(['said', 'says', 'told', 'reported', 'announced', 'stated', 'claimed']);
const STOP = /[.،,:;؛«»"؟?!()\n]/;
const SKIP = new Set(['ان', 'إن', 'أن', 'to', 'the', 'عن', 'ل', 'على', 'في']);

function rawSource(text: string, tokens: Token[], from: number, limit: number): string | null {
  const words: string[] = [];
  let k = from;
  while (k < limit && SKIP.has(tokens[k].norm)) k++;
  for (; k < limit && words.length < 4; k++) {
    if (words.length && STOP.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    if (tokens[k].isNumber) break;
    words.push(tokens[k].surface);
  }
  return words.length ? words.join(' ') : null;
}

/** The attribution for a trigger at token `at`, searching the sentence [sentenceFirst, sentenceEnd). */
export function findAttribution(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  at: number,
  sentenceFirst: number,
  sentenceEnd: number,
): string | null {
  for (let k = at - 1; k >= sentenceFirst; k--) {
    const t = tokens[k];
    const cue = t.isArabic ? t.stems.slice(0, 3).some((s) => AR_CUES.has(s)) : EN_BEFORE_SOURCE.has(t.norm);
    if (!cue) continue;
    const after = actors.find((a) => a.first > k && a.first - k <= 4 && a.end <= sentenceEnd);
    if (after) return after.value.name;
    if (!t.isArabic) {
      const before = actors.find((a) => a.end <= k && k - a.end <= 1);
      if (before) return before.value.name;
      if (t.norm !== 'according') continue;
      return rawSource(text, tokens, k + 1, Math.min(sentenceEnd, at));
    }
    return rawSource(text, tokens, k + 1, Math.min(sentenceEnd, at));
  }
  // English puts the source last: "..., the ministry said."
  for (let k = at + 1; k < sentenceEnd; k++) {
    if (!EN_AFTER_SOURCE.has(tokens[k].norm)) continue;
    const before = actors.filter((a) => a.end <= k && k - a.end <= 1 && a.first > at);
    if (before.length) return before[before.length - 1].value.name;
    const after = actors.find((a) => a.first > k && a.first - k <= 2);
    if (after) return after.value.name;
  }
  return null;
}
