// Gradient-boosted regression trees on sparse named features, for the confidence model: logistic loss, splits chosen
// by second-order gain (as XGBoost does), no dependency. Trees see interactions the logistic regression cannot
// (a place kind that helps one type and hurts another) without hand-made crossed features.
import type { Features } from './features';
import { sigmoid, type Sample } from './logistic';

/** A split sends features[feature] <= at to `low` (a missing feature reads 0), the rest to `high`. */
export type TreeNode = { leaf: number } | { feature: string; at: number; low: TreeNode; high: TreeNode };

export interface BoostedTrees {
  /** Log-odds every prediction starts from (the positive rate of the training samples). */
  base: number;
  /** Shrinkage applied to every tree's output. */
  rate: number;
  trees: TreeNode[];
}

export interface BoostOptions {
  rounds?: number;
  depth?: number;
  rate?: number;
  /** L2 penalty on leaf values. */
  lambda?: number;
  /** Nodes with fewer samples are not split. */
  minNodeSize?: number;
  /** Minimum summed hessian on each side of a split. */
  minHessian?: number;
  /** Split points tried per feature with many distinct values (quantiles). */
  bins?: number;
}

function treeOutput(node: TreeNode, features: Features): number {
  let n = node;
  while (!('leaf' in n)) n = (features[n.feature] ?? 0) <= n.at ? n.low : n.high;
  return n.leaf;
}

/** Probability of the positive class. */
export function predictTrees(model: BoostedTrees, features: Features): number {
  let z = model.base;
  for (const tree of model.trees) z += model.rate * treeOutput(tree, features);
  return sigmoid(z);
}

/** Split points of one feature column: every distinct value but the largest, or `bins` quantiles of many. */
function splitPoints(column: Float64Array, bins: number): number[] {
  const values = [...new Set(column)].sort((a, b) => a - b);
  if (values.length <= 1) return [];
  if (values.length <= bins + 1) return values.slice(0, -1);
  const points = new Set<number>();
  for (let k = 1; k < bins; k++) points.add(values[Math.floor((k * values.length) / bins)]);
  return [...points];
}

interface Grower {
  columns: Float64Array[];
  names: string[];
  points: number[][];
  g: Float64Array;
  h: Float64Array;
  lambda: number;
  minNodeSize: number;
  minHessian: number;
}

function grow(s: Grower, rows: number[], depth: number): TreeNode {
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += s.g[i];
    H += s.h[i];
  }
  const leaf = { leaf: -G / (H + s.lambda) };
  if (depth === 0 || rows.length < s.minNodeSize) return leaf;
  const parent = (G * G) / (H + s.lambda);
  let best = { gain: 0, feature: -1, at: 0 };
  for (let f = 0; f < s.columns.length; f++) {
    const column = s.columns[f];
    for (const at of s.points[f]) {
      let GL = 0;
      let HL = 0;
      for (const i of rows)
        if (column[i] <= at) {
          GL += s.g[i];
          HL += s.h[i];
        }
      const GR = G - GL;
      const HR = H - HL;
      if (HL < s.minHessian || HR < s.minHessian) continue;
      const gain = (GL * GL) / (HL + s.lambda) + (GR * GR) / (HR + s.lambda) - parent;
      if (gain > best.gain) best = { gain, feature: f, at };
    }
  }
  if (best.feature < 0) return leaf;
  const column = s.columns[best.feature];
  return {
    feature: s.names[best.feature],
    at: best.at,
    low: grow(
      s,
      rows.filter((i) => column[i] <= best.at),
      depth - 1,
    ),
    high: grow(
      s,
      rows.filter((i) => column[i] > best.at),
      depth - 1,
    ),
  };
}

/** Fits `rounds` trees of at most `depth` splits, each on the gradients left by the ones before. Deterministic. */
export function fitBoostedTrees(samples: Sample[], options: BoostOptions = {}): BoostedTrees {
  const rounds = options.rounds ?? 120;
  const depth = options.depth ?? 3;
  const rate = options.rate ?? 0.1;
  const names = [...new Set(samples.flatMap((x) => Object.keys(x.features)))].sort();
  const columns = names.map((name) => Float64Array.from(samples, (x) => x.features[name] ?? 0));
  const positives = samples.reduce((sum, x) => sum + x.label, 0);
  const p0 = Math.min(1 - 1e-6, Math.max(1e-6, positives / Math.max(1, samples.length)));
  const base = Math.log(p0 / (1 - p0));
  const grower: Grower = {
    columns,
    names,
    points: columns.map((c) => splitPoints(c, options.bins ?? 16)),
    g: new Float64Array(samples.length),
    h: new Float64Array(samples.length),
    lambda: options.lambda ?? 1,
    minNodeSize: options.minNodeSize ?? 20,
    minHessian: options.minHessian ?? 1,
  };
  const score = new Float64Array(samples.length).fill(base);
  const all = samples.map((_, i) => i);
  const trees: TreeNode[] = [];
  for (let m = 0; m < rounds; m++) {
    for (let i = 0; i < samples.length; i++) {
      const p = sigmoid(score[i]);
      grower.g[i] = p - samples[i].label;
      grower.h[i] = p * (1 - p);
    }
    const tree = grow(grower, all, depth);
    trees.push(tree);
    for (let i = 0; i < samples.length; i++) score[i] += rate * treeOutput(tree, samples[i].features);
  }
  return { base, rate, trees };
}
