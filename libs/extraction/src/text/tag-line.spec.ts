import { tagLineStart } from './tag-line';

describe('tagLineStart', () => {
  it('finds the trailing tag line of a report', () => {
    const text = 'فرضت الحكومة عقوبات جديدة أمس. سمات إيران عقوبات مجلس الأمن ';
    expect(text.slice(tagLineStart(text))).toBe(' سمات إيران عقوبات مجلس الأمن ');
  });

  it('finds tags on their own line', () => {
    const text = 'وأضاف أن العمل مستمر.\n سمات الجوازات وافدون وثيقة سفر';
    expect(text.slice(tagLineStart(text)).trim().startsWith('سمات الجوازات')).toBe(true);
    expect(text.slice(0, tagLineStart(text))).toBe('وأضاف أن العمل مستمر.');
  });

  it('finds tags after a line break and non-breaking spaces', () => {
    const text = 'والاستطلاع الجوي.\n\u00a0 سمات التحالف اليمن هادي هدنة ';
    expect(text.slice(0, tagLineStart(text))).toBe('والاستطلاع الجوي.');
  });

  it('leaves text without a tag line whole', () => {
    const text = 'أكد المتحدث أن سمات المرحلة المقبلة واضحة. وقال إن الحكومة ستعمل.';
    expect(tagLineStart(text)).toBe(text.length);
  });

  it('does not take "سمات" inside the last sentence', () => {
    const text = 'وقال إن من سمات هذه المرحلة التعاون بين الدول';
    expect(tagLineStart(text)).toBe(text.length);
  });
});
