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

/**
 * Folds by whole gold set: each set (one sampling or one writer) falls in one fold, so every candidate is scored by
 * a model and threshold fitted on other sets only — the shift a deployment meets on new text, which article-level
 * folds hide because the rules were tuned on every train set.
 */
export function assignSetFolds(articles: ArticleCandidates[], k: number, seed = 7): Map<ArticleCandidates, number> {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const foldOfSet = new Map<string, number>();
  for (const lang of [...new Set(articles.map((a) => a.language))].sort()) {
    const sets = [...new Set(articles.filter((a) => a.language === lang).map((a) => a.set))].sort();
    for (let i = sets.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [sets[i], sets[j]] = [sets[j], sets[i]];
    }
    sets.forEach((s, i) => foldOfSet.set(s, i % k));
  }
  return new Map(articles.map((a) => [a, foldOfSet.get(a.set) ?? 0]));
}
