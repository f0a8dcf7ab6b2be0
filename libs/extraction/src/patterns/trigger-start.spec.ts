// The exact pre-check behind the assembler's early exit: a text none of whose words can open a trigger yields no
// match in any range, and the words that do open one (also through an accusative alif or a restored plural alif)
// are seen.
import { tokenize } from '../text/tokenize';
import { splitSentences } from '../text/split-sentences';
import { triggerIndex } from './lexicon';
import { anyTriggerStart, matchTriggers } from './match-triggers';

const index = (lang: string) => {
  const i = triggerIndex(lang);
  if (!i) throw new Error(`no ${lang} lexicon`);
  return i;
};

describe('anyTriggerStart', () => {
  it('is false for a text without trigger words, and then no clause matches', () => {
    const text = 'فاز النادي الأهلي على الهلال بهدفين نظيفين في المباراة. وسجل اللاعب الهدف الثاني.';
    const tokens = tokenize(text);
    expect(anyTriggerStart(tokens, index('ar'))).toBe(false);
    for (const s of splitSentences(text))
      for (const c of s.clauses) {
        const from = tokens.findIndex((t) => t.start >= c.start);
        const to = tokens.findIndex((t) => t.start >= c.end);
        expect(matchTriggers(tokens, index('ar'), from, to < 0 ? tokens.length : to)).toEqual([]);
      }
  });
  it('sees a verb, an accusative noun and an English trigger', () => {
    expect(anyTriggerStart(tokenize('وقتل خمسة أشخاص في حلب'), index('ar'))).toBe(true);
    expect(anyTriggerStart(tokenize('شن المسلحون هجوما على الحاجز'), index('ar'))).toBe(true);
    expect(anyTriggerStart(tokenize('Gunmen attacked a checkpoint in Kabul.'), index('en'))).toBe(true);
    expect(anyTriggerStart(tokenize('Shares rose slightly in early trading.'), index('en'))).toBe(false);
  });
  it('answers the same for a word seen before (memoised per surface)', () => {
    const first = anyTriggerStart(tokenize('هجوما'), index('ar'));
    expect(anyTriggerStart(tokenize('هجوما'), index('ar'))).toBe(first);
    expect(first).toBe(true);
  });
});

describe('splitSentences memo', () => {
  it('returns the same reading for the same text and a fresh one for another', () => {
    const a = 'قتل خمسة. وأصيب عشرة.';
    const first = splitSentences(a);
    expect(splitSentences(a)).toBe(first);
    expect(first).toHaveLength(2);
    expect(splitSentences('جملة واحدة فقط')).toHaveLength(1);
    expect(splitSentences(a).map((s) => s.text)).toEqual(['قتل خمسة.', 'وأصيب عشرة.']);
  });
});
