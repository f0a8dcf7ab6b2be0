import { startingWithin } from './spans-in-order';

const spans = (...firsts: number[]) => firsts.map((first) => ({ first }));

describe('startingWithin', () => {
  it('finds the spans starting in the range of a list in text order, in list order', () => {
    const list = spans(0, 2, 2, 5, 9, 12);
    expect(startingWithin(list, 2, 9).map((s) => s.first)).toEqual([2, 2, 5]);
    expect(startingWithin(list, 13, 20)).toEqual([]);
    expect(startingWithin(list, -5, 1).map((s) => s.first)).toEqual([0]);
  });

  it('returns a list out of text order whole, so the caller range test decides', () => {
    const list = spans(4, 1, 8);
    expect(startingWithin(list, 2, 5)).toBe(list);
  });

  it('checks the order again when the list has grown', () => {
    const list = spans(1, 3);
    expect(startingWithin(list, 0, 10)).toHaveLength(2);
    list.push({ first: 0 });
    expect(startingWithin(list, 0, 10)).toBe(list);
  });
});
