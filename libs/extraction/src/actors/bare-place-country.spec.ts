// A bare Arabic force (الشرطة, الجيش) takes the country whose towns and regions the story names when no state or
// gentilic does (resolve-bare.ts); with no such places it is still dropped.
import { findActors } from './find-actors';

const ids = (text: string) => findActors(text, { language: 'ar' }).map((m) => m.actor.id);

describe('bare forces in a story told by its places', () => {
  it('take the country of the towns and regions the story names', () => {
    expect(ids('وقالت الشرطة إنها اعتقلت رجلين في مدينة صفاقس بعد مداهمة منزل في ولاية بنزرت.')).toEqual(['police:TN']);
  });

  it('are dropped when neither a country nor its places stand out', () => {
    expect(ids('وقالت الشرطة إنها اعتقلت رجلين بعد مداهمة منزل.')).toEqual([]);
  });
});
