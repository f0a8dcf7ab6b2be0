// Candidates for training the confidence model: every event the RuleExtractor would produce with the threshold
// off, with its features and its label under the scorer's matching rule (score-match.ts), grouped by article.
import { readFileSync } from 'node:fs';
import type { MarsadEvent } from '@marsad/contracts';
import { RuleExtractor, type Features } from '@marsad/extraction';
import type { GoldSet } from './gold-sets';
import { labelCandidate, scoreArticle, addCounts, type Counts, type GoldArticle, type GoldEvent } from './score-match';

export interface Candidate {
  event: MarsadEvent;
  features: Features;
  /** The hand-set score of assemble-events.ts (the pre-calibration confidence). */
  handScore: number;
  label: 0 | 1 | null;
}

export interface ArticleCandidates {
  set: string;
  language: string;
  articleId: string;
  gold: GoldEvent[];
  candidates: Candidate[];
}

/** Runs the extractor without a threshold over the sets and labels each candidate against its article's gold. */
export function collectCandidates(sets: GoldSet[]): ArticleCandidates[] {
  const open = new RuleExtractor({ minConfidence: 0 });
  const hand = new RuleExtractor({ minConfidence: 0, calibration: false });
  const out: ArticleCandidates[] = [];
  for (const set of sets) {
    const gold = JSON.parse(readFileSync(set.goldPath, 'utf8')) as { articles: GoldArticle[] };
    const byId = new Map(gold.articles.map((a) => [a.id, a.events]));
    for (const article of set.articles) {
      const events = byId.get(article.id) ?? [];
      const explained = open.explain(article);
      const handScores = hand.extract(article).map((e) => e.confidence);
      // Both runs see the same merged drafts in the same order; only the scoring differs.
      if (handScores.length !== explained.length) throw new Error(`candidate lists differ for ${article.id}`);
      out.push({
        set: set.name,
        language: set.language,
        articleId: article.id,
        gold: events,
        candidates: explained.map((e, i) => ({
          event: e.event,
          features: e.explain.calibration?.features ?? {},
          handScore: handScores[i],
          label: labelCandidate(events, e.event),
        })),
      });
    }
  }
  return out;
}

/** Scorer counts over articles when only candidates with keep(c) are emitted (in their text order). */
export function countsWhen(articles: ArticleCandidates[], keep: (c: Candidate) => boolean): Counts {
  let total: Counts = { tp: 0, fp: 0, fn: 0, neutral: 0 };
  for (const a of articles)
    total = addCounts(
      total,
      scoreArticle(
        a.gold,
        a.candidates.filter(keep).map((c) => c.event),
      ),
    );
  return total;
}

/** Deterministic K folds over articles (seeded shuffle per language, then round robin): ids are never features. */
export function assignFolds(articles: ArticleCandidates[], k: number, seed = 7): Map<ArticleCandidates, number> {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const folds = new Map<ArticleCandidates, number>();
  for (const lang of [...new Set(articles.map((a) => a.language))].sort()) {
    const mine = articles.filter((a) => a.language === lang);
    for (let i = mine.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [mine[i], mine[j]] = [mine[j], mine[i]];
    }
    mine.forEach((a, i) => folds.set(a, i % k));
  }
  return folds;
}
