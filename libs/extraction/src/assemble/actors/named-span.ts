// A name read from plain text that still has an identity of its own ("person:…" or "named:…", unlike raw-subject's
// identity-less text actors), so that statements of two different speakers never merge as if one side were unknown.
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

/** The span of tokens [first, end) as an actor named by its own words. */
export function namedSpan(text: string, tokens: Token[], first: number, end: number, kind = 'other'): Span<ActorLike> {
  const name = text.slice(tokens[first].start, tokens[end - 1].end).replace(/\s+/g, ' ');
  return {
    first,
    end,
    start: tokens[first].start,
    stop: tokens[end - 1].end,
    surface: name,
    value: { id: (kind === 'person' ? 'person:' : 'named:') + name.toLowerCase(), name, kind, country: null },
  };
}

/** A named actor read at another mention's place in the text: "the group" (at) standing for Hezbollah (named). */
export function namedAt(named: Span<ActorLike>, at: Span<ActorLike>): Span<ActorLike> {
  return { ...named, first: at.first, end: at.end, start: at.start, stop: at.stop, surface: at.surface };
}
