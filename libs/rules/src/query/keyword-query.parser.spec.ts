import { describeQuery, parseKeywordQuery } from './keyword-query.parser';
import { QueryParseError } from './query-parse.error';

const shape = (query: string) => describeQuery(parseKeywordQuery(query));

function errorOf(query: string): QueryParseError {
  try {
    parseKeywordQuery(query);
  } catch (error) {
    if (error instanceof QueryParseError) return error;
    throw error;
  }
  throw new Error(`expected '${query}' not to parse`);
}

describe('parseKeywordQuery', () => {
  it('binds AND tighter than OR, and NOT tightest', () => {
    expect(shape('a OR b AND c')).toBe('(a OR (b AND c))');
    expect(shape('a AND b OR c')).toBe('((a AND b) OR c)');
    expect(shape('NOT a AND b')).toBe('(NOT a AND b)');
    expect(shape('NOT NOT a')).toBe('NOT NOT a');
  });

  it('treats adjacency as AND and honours parentheses', () => {
    expect(shape('a b OR c')).toBe('((a AND b) OR c)');
    expect(shape('a (b OR c)')).toBe('(a AND (b OR c))');
    expect(shape('(a OR b) NOT c')).toBe('((a OR b) AND NOT c)');
  });

  it('keeps quoted phrases together and folds them', () => {
    expect(shape('"Islamic State" OR داعش')).toBe('("islamic state" OR داعش)');
    expect(shape('«مدينة تدمر»')).toBe('"مدينه تدمر"');
    // A hyphenated word folds into a phrase of its parts.
    expect(shape('al-Qaeda')).toBe('"al qaeda"');
  });

  it('reads term* as a prefix and lower-case and/or/not as words', () => {
    expect(shape('protest*')).toBe('protest*');
    expect(shape('war and peace')).toBe('(war AND and AND peace)');
  });

  it('accepts Arabic operators as standalone words', () => {
    expect(shape('حلب أو دمشق')).toBe('(حلب OR دمشق)');
    expect(shape('حلب و دمشق')).toBe('(حلب AND دمشق)');
    expect(shape('حلب ليس دمشق')).toBe('(حلب AND NOT دمشق)');
  });

  it.each([
    ['', 'query is empty', 0],
    ['Palmyra OR', "expected a term after 'OR' at position 8", 8],
    ['OR Palmyra', "expected a term before 'OR' at position 0", 0],
    ['a AND OR b', "expected a term after 'AND' at position 2", 2],
    ['a NOT', "expected a term after 'NOT' at position 2", 2],
    ['(a OR b', "missing ')' to close '(' at position 0", 0],
    ['a OR b)', "unexpected ')' at position 6", 6],
    ['a ()', 'empty parentheses at position 2', 2],
    ['"unfinished phrase', 'unterminated quote at position 0', 0],
    ['a !!!', "term '!!!' at position 2 has no letters or digits", 2],
  ])('rejects %j with a positioned error', (query, message, position) => {
    const error = errorOf(query);
    expect(error.message).toBe(message);
    expect(error.position).toBe(position);
  });
});
