import { assertPageSize, MAX_PAGE_SIZE, toPage } from './cursor-page';

describe('toPage', () => {
  it('reports more when the extra look-ahead row came back, and drops it', () => {
    expect(toPage([1, 2, 3], 2)).toEqual({ data: [1, 2], hasMore: true });
    expect(toPage([1, 2], 2)).toEqual({ data: [1, 2], hasMore: false });
    expect(toPage([], 2)).toEqual({ data: [], hasMore: false });
  });
});

describe('assertPageSize', () => {
  it('accepts 1..MAX_PAGE_SIZE and rejects the rest', () => {
    expect(assertPageSize(1)).toBe(1);
    expect(assertPageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(() => assertPageSize(0)).toThrow(RangeError);
    expect(() => assertPageSize(MAX_PAGE_SIZE + 1)).toThrow(RangeError);
    expect(() => assertPageSize(2.5)).toThrow(RangeError);
  });
});
