// Arabic: a happening whose article names no place for it, in a story whose places lie in a country the text never
// writes as a country noun (only its towns and its adjective), is put in that country, not left without a place.
import { draftPlaces } from './placed-events.fixture';

describe('the Arabic story country', () => {
  it('an arrest with no place of its own, in a story of Aden and Lahij, is in Yemen', () => {
    const text =
      'قال مسؤول إن الأوضاع في عدن ولحج هادئة. وفي سياق آخر ألقى الحوثيون القبض على عشرة من أتباعهم رفضوا القتال.';
    expect(draftPlaces(text, 'ar', 'COERCE')).toContain('Yemen');
  });

  it('a meeting with no place of its own is not put in the story country', () => {
    const text = 'قال مسؤول إن الأوضاع في عدن ولحج هادئة. وفي سياق آخر عقد الوزيران اجتماعا لبحث الأوضاع.';
    expect(draftPlaces(text, 'ar', 'CONSULT')).not.toContain('Yemen');
  });
});
