// The shadda written on عمّان says Amman, which عُمان (Oman) never carries (shadda-names.ts); without it the
// text's context still decides.
import { findPlaces } from './index';
import { shaddaSignature } from './shadda-names';

const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => `${m.surface}=${m.place.name}`);

describe('a shadda that picks the place', () => {
  it('finds where the shadda sits, whatever vowel is written with it', () => {
    expect(shaddaSignature('عمّان')).toBe('1');
    expect(shaddaSignature('عمَّان')).toBe('1');
    expect(shaddaSignature('عمان')).toBe('');
  });

  it.each([
    ['وصل وزير الخارجية إلى عمّان أمس في زيارة رسمية', 'عمّان=Amman'],
    ['نظمت وقفة احتجاجية في شوارع عمّان مساء الجمعة', 'عمّان=Amman'],
    ['وعقد الاجتماع في عمَّان بحضور الوفود', 'عمَّان=Amman'],
    ['تعزيز التعاون بين الرياض وعمّان', 'عمّان=Amman'],
  ])('reads Amman in: %s', (text, reading) => {
    expect(names(text)).toContain(reading);
  });

  it('reads Amman in its municipality, أمانة عمان', () => {
    expect(names('حذر رئيس جمعية المستثمرين من تعليمات أمانة عمان الجديدة')).toContain('أمانة عمان=Amman');
  });

  it('leaves the unmarked spelling to the context', () => {
    expect(names('وصل وزير الخارجية إلى سلطنة عمان أمس')).toContain('سلطنة عمان=Oman');
    expect(names('وصل وزير الخارجية إلى عمان أمس')).toContain('عمان=Oman');
  });
});
