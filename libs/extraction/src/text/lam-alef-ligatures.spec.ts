// Presentation-form text keeps its lam-alef ligatures (two letters in one code unit): a word's fold spells them out.
import { foldPresentationForms } from './normalize';
import { RuleExtractor } from '../extractor/rule-extractor';
import { foldWord, tokenize } from './tokenize';

describe('lam-alef ligatures', () => {
  it('folds each ligature to lam and alef', () => {
    for (const lig of ['ﻻ', 'ﻼ', 'ﻷ', 'ﻸ', 'ﻹ', 'ﻺ', 'ﻵ', 'ﻶ']) expect(foldWord(lig)).toBe('لا');
  });

  it('reads a presentation-form word as its letters, with the offsets of the text', () => {
    const text = foldPresentationForms('أعلنوا ﺍﺳﺘﺴﻼﻣﻬﻢ أمس');
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['اعلنوا', 'استسلامهم', 'امس']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it('lets a trigger written with a ligature be read', () => {
    const body = 'وقال مصدر إن العشرات من المسلحين ﺃﻋﻠﻨﻮﺍ ﺍﺳﺘﺴﻼﻣﻬﻢ ﺑﻌﺪ ﺗﻮﻏﻞ ﻣﺪﺭﻋﺎﺕ ﺍﻟﻤﻘﺎﻭﻣﺔ.';
    const types = new RuleExtractor({ minConfidence: 0 }).extract({ id: 't', body, language: 'ar' }).map((e) => e.type);
    expect(types).toContain('RETREAT');
  });
});
