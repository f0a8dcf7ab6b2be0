import { tokenize } from '../text/tokenize';
import { countInNoun, readNumbers } from './read-numbers';

const values = (text: string) => readNumbers(tokenize(text)).map((n) => n.value);

describe('readNumbers', () => {
  it('reads ASCII and Arabic-Indic digits with separators', () => {
    expect(values('قتل ١٢ شخصا و 13,346 مدنيا و٢٬٥٠٠ آخرين')).toEqual([12, 13346, 2500]);
    expect(values('2.5 مليون')).toEqual([2500000]);
  });
  it('reads Arabic number words of both genders and compounds', () => {
    expect(values('خمسة قتلى')).toEqual([5]);
    expect(values('ثلاث نساء')).toEqual([3]);
    expect(values('اثنين من الجنود')).toEqual([2]);
    expect(values('أحد عشر شخصا')).toEqual([11]);
    expect(values('خمسة وعشرون جنديا')).toEqual([25]);
    expect(values('مائة وخمسون')).toEqual([150]);
    expect(values('ثلاثة آلاف')).toEqual([3000]);
    expect(values('ألفي شخص')).toEqual([2000]);
  });
  it('flags vague plurals and qualifiers as approximate', () => {
    const [n] = readNumbers(tokenize('عشرات القتلى'));
    expect(n).toMatchObject({ value: 20, approximate: true });
    const [q] = readNumbers(tokenize('مقتل نحو 50 شخصا'));
    expect(q).toMatchObject({ value: 50, approximate: true, qualifier: 'نحو' });
  });
  it('reads English number words', () => {
    expect(values('twenty-five soldiers and three children')).toEqual([25, 3]);
    expect(values('at least 12 people')).toEqual([12]);
    expect(readNumbers(tokenize('at least 12 people'))[0].qualifier).toBe('at least');
    expect(values('dozens of protesters')).toEqual([24]);
    expect(values('a hundred')).toEqual([100]);
    expect(values('two dozen people')).toEqual([24]);
    expect(values('a dozen people')).toEqual([12]);
    expect(values('half a dozen soldiers')).toEqual([6]);
    expect(values('half a million refugees')).toEqual([500000]);
  });
  it('reads the count carried by singular and dual people nouns', () => {
    const [shakhs, tiflan, soldier, city] = tokenize('شخص طفلان soldier مدينة');
    expect(countInNoun(shakhs)).toBe(1);
    expect(countInNoun(tiflan)).toBe(2);
    expect(countInNoun(soldier)).toBe(1);
    expect(countInNoun(city)).toBeNull();
  });
});

describe('readNumbers with a conjunction', () => {
  it('reads a number word that carries و', () => {
    expect(values('5 جنود وثلاثة مدنيين')).toEqual([5, 3]);
  });
});
