// L2-regularised logistic regression on sparse named features, fitted by plain full-batch gradient descent.
// The data are small (hundreds of candidates), so a few thousand exact-gradient steps converge; no dependency.
import type { Features } from './features';

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface Sample {
  features: Features;
  label: 0 | 1;
}

export interface FitOptions {
  /** L2 strength per sample (the penalty is l2/2 · Σw², averaged loss): larger shrinks weights harder. */
  l2?: number;
  iterations?: number;
  learningRate?: number;
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Probability of the positive class; names the model never saw weigh nothing. */
export function predict(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const name in features) z += (model.weights[name] ?? 0) * features[name];
  return sigmoid(z);
}

/** Fits weights minimising mean log-loss + l2/2·|w|² (the bias is not penalised). */
export function fitLogistic(samples: Sample[], options: FitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 3000;
  const rate = options.learningRate ?? 0.5;
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  // Dense-on-sparse: each sample as index/value pairs, so a step costs the number of non-zero features.
  const rows = samples.map((s) => {
    const keys = Object.keys(s.features);
    return { idx: keys.map((k) => at.get(k)!), val: keys.map((k) => s.features[k]), y: s.label };
  });
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  let b = 0;
  const n = Math.max(1, rows.length);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]] * r.val[k];
      const err = sigmoid(z) - r.y;
      gb += err;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]] += err * r.val[k];
    }
    b -= (rate * gb) / n;
    for (let j = 0; j < w.length; j++) w[j] -= rate * (grad[j] / n + l2 * w[j]);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    weights[name] = w[j];
  });
  return { bias: b, weights };
}

/** Mean log-loss of a model on samples (for reports and tests). */
export function logLoss(model: LogisticModel, samples: Sample[]): number {
  let sum = 0;
  for (const s of samples) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, predict(model, s.features)));
    sum -= s.label ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, samples.length);
}
