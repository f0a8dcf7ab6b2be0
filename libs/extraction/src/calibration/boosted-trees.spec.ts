import { fitBoostedTrees, predictTrees, type BoostedTrees } from './boosted-trees';
import { fitLogistic, predict, type Sample } from './logistic';

// "a" helps only without "b", "b" only without "a": an interaction no single weight per feature can express.
function xorSamples(): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i < 400; i++) {
    const a = i % 2;
    const b = Math.floor(i / 2) % 2;
    const noise = i % 10 === 0; // one in ten labels flipped
    const label = (a ^ b ^ (noise ? 1 : 0)) as 0 | 1;
    const features: Record<string, number> = { size: (i % 7) / 7 };
    if (a) features.a = 1;
    if (b) features.b = 1;
    out.push({ features, label });
  }
  return out;
}

describe('fitBoostedTrees', () => {
  const samples = xorSamples();
  const model = fitBoostedTrees(samples, { rounds: 40, depth: 2, rate: 0.3 });

  it('learns an interaction the logistic regression cannot', () => {
    const accuracy = (p: (f: Record<string, number>) => number) =>
      samples.filter((s) => (p(s.features) >= 0.5 ? 1 : 0) === s.label).length / samples.length;
    const logistic = fitLogistic(samples, { l2: 0.001 });
    expect(accuracy((f) => predictTrees(model, f))).toBeGreaterThanOrEqual(0.89);
    expect(accuracy((f) => predict(logistic, f))).toBeLessThan(0.7);
    expect(predictTrees(model, { a: 1 })).toBeGreaterThan(0.7);
    expect(predictTrees(model, { a: 1, b: 1 })).toBeLessThan(0.3);
  });

  it('reads a missing feature as 0 and stays in [0, 1]', () => {
    expect(predictTrees(model, {})).toBeCloseTo(predictTrees(model, { a: 0, b: 0, size: 0 }), 12);
    const vectors: Record<string, number>[] = [{}, { a: 1 }, { a: 5, b: -3, size: 100 }, { unknown: 1 }];
    for (const f of vectors) {
      const p = predictTrees(model, f);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic and survives a JSON round trip', () => {
    const again = fitBoostedTrees(samples, { rounds: 40, depth: 2, rate: 0.3 });
    expect(again).toEqual(model);
    const copy = JSON.parse(JSON.stringify(model)) as BoostedTrees;
    expect(predictTrees(copy, { a: 1, size: 0.5 })).toBe(predictTrees(model, { a: 1, size: 0.5 }));
  });

  it('starts from the positive rate and keeps trees within the depth asked', () => {
    const depthOf = (n: BoostedTrees['trees'][number]): number =>
      'leaf' in n ? 0 : 1 + Math.max(depthOf(n.low), depthOf(n.high));
    expect(model.trees).toHaveLength(40);
    expect(Math.max(...model.trees.map(depthOf))).toBeLessThanOrEqual(2);
    const rate = samples.filter((s) => s.label).length / samples.length;
    expect(model.base).toBeCloseTo(Math.log(rate / (1 - rate)), 10);
    const flat = fitBoostedTrees(samples, { rounds: 0 });
    expect(predictTrees(flat, { a: 1 })).toBeCloseTo(rate, 10);
  });
});
