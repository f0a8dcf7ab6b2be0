import { arabicStems } from './arabic-stems';
import { foldWord, lastTokenization, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps original offsets and folds letters', () => {
    const text = 'قُتل ٣ في حلب، وأصيب 12.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['قتل', '3', 'في', 'حلب', 'واصيب', '12']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens[1].isNumber).toBe(true);
  });
  it('reads numbers with separators as one token', () => {
    expect(tokenize('13,346 مدنيا و2.5 مليون').map((t) => t.norm)).toEqual(['13,346', 'مدنيا', 'و', '2.5', 'مليون']);
  });
  it('strips proclitics and enclitics into stem candidates', () => {
    expect(arabicStems(foldWord('وبالقصف'))).toContain('قصف');
    expect(arabicStems(foldWord('سيطرته'))).toContain('سيطره');
    expect(arabicStems(foldWord('للمفاوضات'))).toContain('مفاوضات');
    expect(arabicStems(foldWord('أسلحتهم'))).toContain('اسلحه');
    // least stripping first: the word itself comes first
    expect(arabicStems('بحث')[0]).toBe('بحث');
  });
  it('lowercases English and splits possessives off', () => {
    const [t] = tokenize("Russia's");
    expect(t.norm).toBe('russia');
  });
  it('splits letters from digits, keeps marks and astral letters inside words, ends numbers at a bare separator', () => {
    const text = 'ab12 قُتِلَ 1.5. 3,, 𝐀𝐁c 😀x ٣٫٥';
    expect(tokenize(text).map((t) => t.surface)).toEqual(['ab', '12', 'قُتِلَ', '1.5', '3', '𝐀𝐁c', 'x', '٣٫٥']);
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });
  it('gives a word seen before the same fields (memoised by surface)', () => {
    const [a] = tokenize('بالقصف');
    const [, b] = tokenize('ثم بالقصف');
    expect(b.stems).toBe(a.stems);
    expect(b.norm).toBe('بالقصف');
  });
  it('hands the tokens of the text tokenized last to a later reader of the same text only', () => {
    const tokens = tokenize('قصفت الطائرات بلدة');
    expect(lastTokenization('قصفت الطائرات بلدة')).toEqual(tokens);
    expect(lastTokenization('قصفت الطائرات')).toBeNull();
  });
});

describe('dotted initialisms', () => {
  it('glue the letters of "U.N." into one word for phrase gaps, as a hyphen does', () => {
    const tokens = tokenize('dismissed the U.N. criticism, said the U.S. Navy');
    expect(tokens.filter((t) => t.joined).map((t) => t.surface)).toEqual(['N', 'S']);
  });
  it('leave a lone capital after a sentence end and a middle initial apart', () => {
    expect(tokenize('Plan B. A new start by John F. Kennedy').some((t) => t.joined)).toBe(false);
  });
});

describe('a clitic-like letter before ائد', () => {
  it('keeps فائدة (benefit) from yielding the verb أيدت', () => {
    expect(tokenize('فائدتها')[0].stems).not.toContain('ايدت');
    expect(tokenize('وأيدت')[0].stems).toContain('ايدت');
    expect(tokenize('وائتلاف')[0].stems).toContain('ايتلاف');
  });
});
