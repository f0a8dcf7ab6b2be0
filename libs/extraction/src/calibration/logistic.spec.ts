// The logistic regression on tiny datasets: separable data is learned, L2 shrinks, unknown features weigh 0.
import type { Features } from './features';
import { fitLogistic, logLoss, predict, sigmoid, type Sample } from './logistic';

const separable: Sample[] = [
  { features: { a: 1 }, label: 1 },
  { features: { a: 1, c: 0.5 }, label: 1 },
  { features: { a: 1 }, label: 1 },
  { features: { b: 1 }, label: 0 },
  { features: { b: 1, c: 0.5 }, label: 0 },
  { features: { b: 1 }, label: 0 },
];

describe('fitLogistic', () => {
  it('separates a separable dataset', () => {
    const m = fitLogistic(separable, { l2: 0.001 });
    expect(predict(m, { a: 1 })).toBeGreaterThan(0.9);
    expect(predict(m, { b: 1 })).toBeLessThan(0.1);
    expect(m.weights.a).toBeGreaterThan(0);
    expect(m.weights.b).toBeLessThan(0);
    expect(logLoss(m, separable)).toBeLessThan(0.1);
  });
  it('shrinks weights as L2 grows, and keeps probabilities in (0, 1)', () => {
    const loose = fitLogistic(separable, { l2: 0.001 });
    const tight = fitLogistic(separable, { l2: 1 });
    expect(Math.abs(tight.weights.a)).toBeLessThan(Math.abs(loose.weights.a));
    const vectors: Features[] = [{ a: 1 }, { b: 1 }, {}, { zzz: 3 }];
    for (const f of vectors) {
      const p = predict(tight, f);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });
  it('learns the base rate from the bias alone and ignores unseen features', () => {
    const m = fitLogistic(
      [
        { features: {}, label: 1 },
        { features: {}, label: 1 },
        { features: {}, label: 1 },
        { features: {}, label: 0 },
      ],
      { iterations: 5000 },
    );
    expect(predict(m, {})).toBeCloseTo(0.75, 2);
    expect(predict(m, { unseen: 1 })).toBeCloseTo(0.75, 2);
  });
  it('computes a stable sigmoid at the extremes', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
  });
});
