// A town the gazetteer holds without the article is found when the text writes it with one after a settlement noun
// (definite-names.ts), in the country of the places named close by; a word that is no town stays a word.
import { findPlaces } from './index';

const ids = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.id);

describe('names written with the article', () => {
  it('reads "بلدة القرقور" as the curated قرقور of the Idlib-Hama border', () => {
    const text = 'في أطراف محافظة إدلب تمكنت الفصائل من السيطرة على بلدة القرقور وتلتها بعد هجوم عنيف.';
    expect(ids(text)).toContain('cur:qarqur');
  });

  it('needs a settlement noun before the name', () => {
    expect(ids('في أطراف محافظة إدلب تمكنت الفصائل من السيطرة على القرقور بعد هجوم عنيف.')).not.toContain('cur:qarqur');
  });

  it('needs the town’s country among the places named close by', () => {
    expect(ids('في ولاية بورنو هاجم المسلحون بلدة القرقور.')).not.toContain('cur:qarqur');
  });
});
