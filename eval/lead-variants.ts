// Short variants of gold articles for fitting the confidence model: the first sentence of the body with the title,
// and without it — the one-line flashes and pushed items a deployment receives. Fitted on full articles only, the
// trees leaned on article-wide signals (other events of the type, other actors) that a one-sentence item cannot
// have, and held back its events (a lone toll scored 0.13). Each variant keeps its set's name, so the folds of
// train-boosted.ts put it with its full article, and its article ids, so its candidates are labelled against the
// full article's gold (a lead event that matches a gold event is right wherever the gold saw it).
import { splitSentences, type ExtractInput } from '@marsad/extraction';
import type { GoldSet } from './gold-sets';

/** The first sentence of the body, with the title kept or dropped; undefined when the body is one sentence. */
export function leadOf(article: ExtractInput, withTitle: boolean): ExtractInput | undefined {
  const sentences = splitSentences(article.body).filter((s) => s.text.trim());
  if (sentences.length < 2) return undefined;
  const { title, ...rest } = article;
  return { ...rest, ...(withTitle && title ? { title } : {}), body: sentences[0].text };
}

/** Two lead variants of every article of every set (title kept, title dropped), grouped by their set. */
export function leadVariants(sets: readonly GoldSet[]): GoldSet[] {
  return sets.map((set) => ({
    ...set,
    articles: [true, false].flatMap((withTitle) =>
      set.articles.flatMap((a) => {
        const lead = leadOf(a, withTitle);
        return lead ? [lead] : [];
      }),
    ),
  }));
}
