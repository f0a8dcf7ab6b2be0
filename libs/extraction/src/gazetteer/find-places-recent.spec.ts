// findPlaces remembers its last few whole-text readings (find-places.ts): a repeated call answers the same, and a
// caller that edits the array it got back does not change what the next caller gets.
import { findPlaces } from './find-places';

describe('findPlaces asked again for the same text', () => {
  const text = 'وقصفت الطائرات مواقع في مدينة الرقة وريف حلب الشمالي.';

  it('answers as the first time', () => {
    const first = findPlaces(text, { language: 'ar' }).map((m) => m.place.name);
    expect(first).toContain('Raqqa');
    expect(findPlaces(text, { language: 'ar' }).map((m) => m.place.name)).toEqual(first);
  });

  it('hands each caller its own array', () => {
    const got = findPlaces(text, { language: 'ar' });
    const n = got.length;
    got.length = 0;
    expect(findPlaces(text, { language: 'ar' })).toHaveLength(n);
  });
});
