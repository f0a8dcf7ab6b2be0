import { allMatches } from './all-matches';

const same = (re: RegExp, s: string) => {
  const mine = allMatches(re, s).map((m) => [m.index, [...m]]);
  const spec = [...s.matchAll(re)].map((m) => [m.index, [...m]]);
  expect(mine).toEqual(spec);
  expect(re.lastIndex).toBe(0);
};

describe('allMatches', () => {
  it('gives what matchAll gives, groups and indices included', () => {
    same(/(\d+)-(\d+)?/g, 'a 1-2 b 3- c 45-6');
    same(/[«»"]/g, 'قال «لن نقصف» ثم "نعم"');
  });

  it('moves past empty matches as matchAll does, by code point under the u flag', () => {
    same(/(?=a)|b*/g, 'abba');
    same(/(?:^|\s)(?=(x))/gu, 'x 😀 x😀x');
    same(/\p{L}*/gu, '😀a😀');
  });

  it('starts from the beginning whatever lastIndex was left at', () => {
    const re = /o/g;
    re.lastIndex = 3;
    expect(allMatches(re, 'foo bo').map((m) => m.index)).toEqual([1, 2, 5]);
  });
});
