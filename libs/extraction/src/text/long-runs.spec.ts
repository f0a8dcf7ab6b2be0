// A run of text with no sentence end is cut into pieces of at most MAX_SENTENCE_CHARS (split-sentences.ts), and
// nothing of it is lost: every word lands in exactly one piece, and the events of a late piece are still read.
import { RuleExtractor } from '../extractor/rule-extractor';
import { MAX_SENTENCE_CHARS, splitSentences } from './split-sentences';

const words = (s: string) => s.split(/[\s،,]+/).filter(Boolean);

describe('runs longer than a sentence', () => {
  it('cuts an unpunctuated run into pieces no longer than the limit, keeping every word once', () => {
    const run = 'قال الجيش إن قصف مدينة حلب أسفر عن مقتل خمسة '.repeat(300);
    const sentences = splitSentences(run);
    expect(sentences.length).toBeGreaterThan(run.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(run.slice(s.start, s.end)).toBe(s.text);
    }
    expect(sentences.flatMap((s) => words(s.text))).toEqual(words(run));
  });

  it('cuts after a comma in the second half of the window rather than inside a phrase', () => {
    const clause = 'and the talks between the two delegations went on for another day';
    const run = Array.from({ length: 60 }, () => clause).join(', ');
    for (const s of splitSentences(run).slice(0, -1)) expect(run[s.end]).toBe(',');
  });

  it('leaves sentences under the limit alone', () => {
    const text = 'قتل 5 أشخاص في غارة على مدينة حلب أمس. وأصيب 3 آخرون في قصف على إدلب.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'قتل 5 أشخاص في غارة على مدينة حلب أمس.',
      'وأصيب 3 آخرون في قصف على إدلب.',
    ]);
  });

  it('still reads the happening told at the end of a long unpunctuated page', () => {
    const extractor = new RuleExtractor({ minConfidence: 0 });
    const pages = [
      'وقال مصدر أمني إن الأوضاع في المدينة هادئة '.repeat(120) + 'وقتل خمسة أشخاص في غارة جوية على مدينة إدلب أمس',
      'and officials said the situation in the region remained calm '.repeat(120) +
        'and gunmen killed five people in an attack on Idlib on Monday',
    ];
    for (const body of pages) {
      const late = extractor
        .extract({ id: 'long', body })
        .filter((e) => e.type === 'ASSAULT' && e.evidence.start > MAX_SENTENCE_CHARS);
      expect(late.map((e) => [e.location?.name, e.killed])).toEqual([['Idlib', 5]]);
    }
  });
});
