// Turns a parsed keyword query into a predicate over a TextIndex. Compiled once per rule, evaluated per event.
import { parseKeywordQuery, type QueryNode } from './keyword-query.parser';
import { queryTokenKeys } from './text-folding';
import { TextIndex } from './text-index';

export type QueryPredicate = (text: TextIndex) => boolean;

function compileTerm(tokens: string[], prefix: boolean): QueryPredicate {
  const keys = tokens.map(queryTokenKeys);
  const last = keys.length - 1;
  return (text) =>
    text.positionsOf(keys[0], prefix && last === 0).some((start) => {
      for (let i = 1; i <= last; i += 1) {
        if (!text.hasAt(start + i, keys[i], prefix && i === last)) return false;
      }
      return true;
    });
}

export function compileQueryNode(node: QueryNode): QueryPredicate {
  switch (node.kind) {
    case 'term':
      return compileTerm(node.tokens, node.prefix);
    case 'and': {
      const children = node.children.map(compileQueryNode);
      return (text) => children.every((child) => child(text));
    }
    case 'or': {
      const children = node.children.map(compileQueryNode);
      return (text) => children.some((child) => child(text));
    }
    case 'not': {
      const child = compileQueryNode(node.child);
      return (text) => !child(text);
    }
  }
}

/** Parses and compiles a query; throws QueryParseError when it does not parse. */
export function compileKeywordQuery(query: string): QueryPredicate {
  return compileQueryNode(parseKeywordQuery(query));
}

/** Convenience for one-off checks (tests, previews): does `query` match `text`? */
export function matchesKeywordQuery(query: string, text: string | readonly string[]): boolean {
  return compileKeywordQuery(query)(new TextIndex(typeof text === 'string' ? [text] : text));
}
