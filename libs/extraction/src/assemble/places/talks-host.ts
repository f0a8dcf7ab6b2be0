// "signed the arrangement after talks hosted by Egyptian Foreign Minister Badr Abdelatty", "two days of technical
// talks hosted by Turkish Foreign Minister Hakan Fidan": English talks a named official or state hosts were held in
// the host's capital, whatever country the parties or the story come from. Read only for talks the text places
// nowhere else, and only when the article names that capital (its dateline or its text).
import { capitalOf } from '../../gazetteer/gazetteer-store';
import type { ActorLike, PlaceLike, Span } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';

/** Words after the trigger before "hosted by": "talks hosted by", "talks in Cairo were hosted by". */
const REACH = 4;

/** The host's capital as a place span (at the host's mention), or null when the trigger's talks name no host. */
export function talksHostCapital(
  article: ArticleContext,
  trigger: { first: number; end: number },
  sentenceEnd: number,
): Span<PlaceLike> | null {
  const { tokens } = article;
  const last = Math.min(sentenceEnd - 2, trigger.end + REACH);
  for (let k = trigger.first; k <= last; k++) {
    if (tokens[k].norm !== 'hosted' || tokens[k + 1]?.norm !== 'by') continue;
    const host = hostAt(article.actors, k + 2, tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2);
    const capital = host?.value.country ? capitalOf(host.value.country) : null;
    if (!host || !capital || !named(article, capital.id)) return null;
    return { ...host, value: capital };
  }
  return null;
}

function hostAt(actors: Span<ActorLike>[], a: number, b: number): Span<ActorLike> | null {
  return actors.find((s) => s.first === a || s.first === b) ?? null;
}

function named(article: ArticleContext, id: string): boolean {
  return article.dateline?.value.id === id || article.places.some((p) => p.value.id === id);
}
