// Tokenizer for the boolean keyword query language. Positions are kept on every token so parse errors can point at
// the exact character a user has to fix.
import { QueryParseError } from './query-parse.error';

export type QueryToken =
  | { kind: 'word'; raw: string; prefix: boolean; position: number }
  | { kind: 'phrase'; raw: string; position: number }
  | { kind: 'and' | 'or' | 'not' | 'lparen' | 'rparen'; raw: string; position: number };

// Latin operators must be upper case so that ordinary words ("or", "not") stay searchable, as in Lucene.
// Arabic operators are whole words on their own; a و glued to a word is a clitic, not an operator.
const OPERATORS: Record<string, 'and' | 'or' | 'not'> = {
  AND: 'and',
  OR: 'or',
  NOT: 'not',
  '&&': 'and',
  '||': 'or',
  و: 'and',
  أو: 'or',
  او: 'or',
  ليس: 'not',
};

const OPEN_QUOTES = new Set(['"', '“', '«']);
const CLOSE_QUOTES = new Set(['"', '”', '»']);
const isSpace = (ch: string) => /\s/u.test(ch);
const isBoundary = (ch: string) => isSpace(ch) || ch === '(' || ch === ')' || OPEN_QUOTES.has(ch);

export function tokenizeKeywordQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (isSpace(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', raw: ch, position: i });
      i += 1;
    } else if (OPEN_QUOTES.has(ch)) {
      let end = i + 1;
      while (end < query.length && !CLOSE_QUOTES.has(query[end])) end += 1;
      if (end >= query.length) throw new QueryParseError(`unterminated quote at position ${i}`, i);
      tokens.push({ kind: 'phrase', raw: query.slice(i + 1, end), position: i });
      i = end + 1;
    } else {
      let end = i;
      while (end < query.length && !isBoundary(query[end])) end += 1;
      const raw = query.slice(i, end);
      const operator = OPERATORS[raw];
      if (operator) tokens.push({ kind: operator, raw, position: i });
      else if (raw.endsWith('*'))
        tokens.push({ kind: 'word', raw: raw.replace(/\*+$/, ''), prefix: true, position: i });
      else tokens.push({ kind: 'word', raw, prefix: false, position: i });
      i = end;
    }
  }
  return tokens;
}
