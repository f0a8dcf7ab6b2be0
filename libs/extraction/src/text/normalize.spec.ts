import { foldPresentationForms, normalizeKey, normalizeText } from './normalize';

describe('normalize', () => {
  it('folds Arabic letter forms and digits for keys', () => {
    expect(normalizeKey('إدلب')).toBe(normalizeKey('ادلب'));
    expect(normalizeKey('مدينةُ')).toBe('مدينه');
    expect(normalizeKey('٥ قتلى')).toBe('5 قتلي');
    expect(normalizeKey('Dūmā')).toBe('duma');
  });
  it('keeps offsets in text normalization', () => {
    const s = 'قُتل ٣ في حلب';
    expect(normalizeText(s)).toHaveLength(s.length);
  });
});

describe('foldPresentationForms', () => {
  it('reads presentation forms as plain letters, one for one', () => {
    const text = 'ﻓﻲ ﻋﺪﻥ';
    const folded = foldPresentationForms(text);
    expect(folded).toBe('في عدن');
    expect(folded.length).toBe(text.length);
  });
  it('leaves two-letter ligatures and plain text alone', () => {
    expect(foldPresentationForms('ﻻ')).toBe('ﻻ');
    expect(foldPresentationForms('قصفت الطائرات')).toBe('قصفت الطائرات');
  });
});
