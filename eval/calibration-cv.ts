// Cross-validation helpers for eval/train-calibration.ts: out-of-fold probabilities, scorer F1 curves over
// thresholds (pooled over repeated fold draws to tame the noise of ~100 articles), and a smoothed threshold pick.
import { fitLogistic, predict, type Features, type Sample } from '@marsad/extraction';
import { countsWhen, type ArticleCandidates, type Candidate } from './calibration-data';
import { f1Of, type Counts } from './score-match';

export type Scores = Map<Candidate, number>;
export type Folds = Map<ArticleCandidates, number>;

export interface Point {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export const THRESHOLDS = Array.from({ length: 91 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

/** Keeps only the named features (for baselines such as the hand score alone); all of them without a list. */
export const pick = (f: Features, only?: string[]): Features =>
  only ? Object.fromEntries(only.filter((k) => k in f).map((k) => [k, f[k]])) : f;

export const samplesOf = (articles: ArticleCandidates[], only?: string[]): Sample[] =>
  articles.flatMap((a) =>
    a.candidates.flatMap((c) => (c.label === null ? [] : [{ features: pick(c.features, only), label: c.label }])),
  );

/** A model fitter: training samples in, a scorer of feature vectors out. */
export type Fitter = (samples: Sample[]) => (features: Features) => number;

/** Out-of-fold probabilities of any model: each article is scored by one fitted on the other folds only. */
export function outOfFoldBy(articles: ArticleCandidates[], folds: Folds, k: number, fit: Fitter): Scores {
  const oof: Scores = new Map();
  for (let f = 0; f < k; f++) {
    const score = fit(samplesOf(articles.filter((a) => folds.get(a) !== f)));
    for (const a of articles) if (folds.get(a) === f) for (const c of a.candidates) oof.set(c, score(c.features));
  }
  return oof;
}

/** Out-of-fold probabilities of the logistic model (on the named features only, with `only`). */
export function outOfFold(articles: ArticleCandidates[], folds: Folds, k: number, l2: number, only?: string[]): Scores {
  return outOfFoldBy(articles, folds, k, (samples) => {
    const model = fitLogistic(
      samples.map((s) => ({ features: pick(s.features, only), label: s.label })),
      { l2 },
    );
    return (features) => predict(model, pick(features, only));
  });
}

/** Mean log-loss of scores on the labelled candidates. */
export function scoresLogLoss(articles: ArticleCandidates[], scores: Scores): number {
  let sum = 0;
  let n = 0;
  for (const a of articles)
    for (const c of a.candidates) {
      if (c.label === null) continue;
      const p = Math.min(1 - 1e-9, Math.max(1e-9, scores.get(c)!));
      sum -= c.label ? Math.log(p) : Math.log(1 - p);
      n++;
    }
  return sum / Math.max(1, n);
}

/** Scorer F1 at every threshold, counts pooled over several score maps (one per repeated fold draw). */
export function f1Curve(articles: ArticleCandidates[], runs: Scores[]): Point[] {
  return THRESHOLDS.map((threshold) => {
    const total: Counts = { tp: 0, fp: 0, fn: 0, neutral: 0 };
    for (const scores of runs) {
      const c = countsWhen(articles, (x) => scores.get(x)! >= threshold);
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return { threshold, ...f1Of(total) };
  });
}

/** The threshold whose F1 averaged over t±0.03 is best: a lone spike in a noisy curve loses to a plateau. */
export function pickThreshold(curve: Point[], half = 3): Point {
  const smooth = (i: number) => {
    const window = curve.slice(Math.max(0, i - half), i + half + 1);
    return window.reduce((s, x) => s + x.f1, 0) / window.length;
  };
  let best = 0;
  for (let i = 1; i < curve.length; i++) if (smooth(i) > smooth(best) + 1e-12) best = i;
  return curve[best];
}

/** A less optimistic figure: each fold emits at the threshold picked on the other folds' out-of-fold scores. */
export function nestedF1(articles: ArticleCandidates[], folds: Folds, k: number, scores: Scores): Point {
  const total: Counts = { tp: 0, fp: 0, fn: 0, neutral: 0 };
  for (let f = 0; f < k; f++) {
    const t = pickThreshold(
      f1Curve(
        articles.filter((a) => folds.get(a) !== f),
        [scores],
      ),
    ).threshold;
    const c = countsWhen(
      articles.filter((a) => folds.get(a) === f),
      (x) => scores.get(x)! >= t,
    );
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { threshold: NaN, ...f1Of(total) };
}
