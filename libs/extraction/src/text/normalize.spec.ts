import { normalizeKey, normalizeText } from './normalize';

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
