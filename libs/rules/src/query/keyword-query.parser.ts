// Recursive-descent parser for keyword queries: terms, "quoted phrases", term* prefixes, AND / OR / NOT (also و / أو /
// ليس), parentheses and implicit AND. Precedence, loosest first: OR, AND (explicit or implicit), NOT.
import { tokenizeKeywordQuery, type QueryToken } from './keyword-query.lexer';
import { QueryParseError } from './query-parse.error';
import { foldTokens } from './text-folding';

export type QueryNode =
  | {
      kind: 'term';
      /** Folded tokens; more than one means a phrase (consecutive tokens). */
      tokens: string[];
      /** The last token matches as a prefix (written `term*`). */
      prefix: boolean;
      raw: string;
      position: number;
    }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

const startsOperand = (token: QueryToken | undefined): boolean =>
  token !== undefined &&
  (token.kind === 'word' || token.kind === 'phrase' || token.kind === 'lparen' || token.kind === 'not');

class Parser {
  private next = 0;

  constructor(
    private readonly tokens: QueryToken[],
    private readonly query: string,
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) throw new QueryParseError('query is empty', 0);
    const node = this.parseOr();
    const extra = this.peek();
    if (extra) throw this.unexpected(extra);
    return node;
  }

  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    for (let token = this.peek(); token?.kind === 'or'; token = this.peek()) {
      this.next += 1;
      this.expectOperandAfter(token);
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children };
  }

  private parseAnd(): QueryNode {
    const children = [this.parseUnary()];
    for (;;) {
      const token = this.peek();
      if (token?.kind === 'and') {
        this.next += 1;
        this.expectOperandAfter(token);
      } else if (!startsOperand(token)) {
        break;
      }
      children.push(this.parseUnary());
    }
    return children.length === 1 ? children[0] : { kind: 'and', children };
  }

  private parseUnary(): QueryNode {
    const token = this.peek();
    if (token?.kind === 'not') {
      this.next += 1;
      this.expectOperandAfter(token);
      return { kind: 'not', child: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode {
    const token = this.peek();
    if (!token) throw new QueryParseError(`expected a term at position ${this.query.length}`, this.query.length);
    switch (token.kind) {
      case 'word':
      case 'phrase': {
        this.next += 1;
        const tokens = foldTokens(token.raw);
        if (tokens.length === 0) {
          const what = token.kind === 'phrase' ? 'phrase' : 'term';
          throw new QueryParseError(
            `${what} '${token.raw}' at position ${token.position} has no letters or digits`,
            token.position,
          );
        }
        // In a phrase, a trailing * makes its last word a prefix ("protesters gath*").
        const prefix = token.kind === 'word' ? token.prefix : /\*\s*$/.test(token.raw);
        return { kind: 'term', tokens, prefix, raw: token.raw, position: token.position };
      }
      case 'lparen': {
        this.next += 1;
        if (this.peek()?.kind === 'rparen') {
          throw new QueryParseError(`empty parentheses at position ${token.position}`, token.position);
        }
        const inner = this.parseOr();
        if (this.peek()?.kind !== 'rparen') {
          throw new QueryParseError(`missing ')' to close '(' at position ${token.position}`, token.position);
        }
        this.next += 1;
        return inner;
      }
      case 'and':
      case 'or':
        throw new QueryParseError(
          `expected a term before '${token.raw}' at position ${token.position}`,
          token.position,
        );
      case 'not':
      case 'rparen':
        throw this.unexpected(token);
    }
  }

  private expectOperandAfter(operator: QueryToken): void {
    if (!startsOperand(this.peek())) {
      throw new QueryParseError(
        `expected a term after '${operator.raw}' at position ${operator.position}`,
        operator.position,
      );
    }
  }

  private unexpected(token: QueryToken): QueryParseError {
    return new QueryParseError(`unexpected '${token.raw}' at position ${token.position}`, token.position);
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.next];
  }
}

/** Parses a keyword query; throws QueryParseError (with a 0-based `position`) when it does not parse. */
export function parseKeywordQuery(query: string): QueryNode {
  return new Parser(tokenizeKeywordQuery(query), query).parse();
}

/** Renders a parsed query with explicit parentheses: shows how precedence was resolved (tests, API previews). */
export function describeQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term': {
      const text = node.tokens.join(' ') + (node.prefix ? '*' : '');
      return node.tokens.length > 1 ? `"${text}"` : text;
    }
    case 'and':
      return `(${node.children.map(describeQuery).join(' AND ')})`;
    case 'or':
      return `(${node.children.map(describeQuery).join(' OR ')})`;
    case 'not':
      return `NOT ${describeQuery(node.child)}`;
  }
}
