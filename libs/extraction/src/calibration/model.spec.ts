// The bundled calibration.json loads as a model, gives probabilities in [0, 1], and drives the extractor.
import { FAKE_RESOURCES } from '../extractor/fake-resources';
import { RuleExtractor } from '../extractor/rule-extractor';
import { sigmoid } from './logistic';
import { bundledCalibration, calibratedConfidence, thresholdFor, type CalibrationModel } from './model';

describe('bundled calibration model', () => {
  const model = bundledCalibration();
  it('loads with finite weights and thresholds between 0 and 1', () => {
    expect(Number.isFinite(model.bias)).toBe(true);
    for (const lang of ['ar', 'en', 'fr']) {
      expect(thresholdFor(model, lang)).toBeGreaterThan(0);
      expect(thresholdFor(model, lang)).toBeLessThan(1);
    }
  });
  it('scores Arabic with its boosted trees, other languages with the logistic regression', () => {
    expect(model.boosted?.languages).toEqual(['ar']);
    expect(model.boosted!.trees.length).toBeGreaterThan(10);
    const toy: CalibrationModel = {
      bias: 0,
      weights: { x: 2 },
      thresholds: { default: 0.5 },
      boosted: {
        languages: ['ar'],
        base: 0,
        rate: 1,
        trees: [{ feature: 'x', at: 0.5, low: { leaf: -3 }, high: { leaf: 3 } }],
      },
    };
    expect(calibratedConfidence(toy, { x: 1 }, 'ar')).toBeCloseTo(sigmoid(3), 12);
    expect(calibratedConfidence(toy, { x: 0 }, 'ar')).toBeCloseTo(sigmoid(-3), 12);
    expect(calibratedConfidence(toy, { x: 1 }, 'en')).toBeCloseTo(sigmoid(2), 12);
    expect(calibratedConfidence(toy, { x: 1 })).toBeCloseTo(sigmoid(2), 12);
  });
  it('gives probabilities in [0, 1] for any feature vector', () => {
    const names = Object.keys(model.weights);
    for (let i = 0; i < 50; i++) {
      const f: Record<string, number> = {};
      for (const n of names) if ((i * 7 + n.length) % 3 === 0) f[n] = (i % 5) / 2;
      for (const lang of ['ar', 'en']) {
        const p = calibratedConfidence(model, f, lang);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });
  it('is the confidence of extracted events, and calibration can be switched off', () => {
    const article = {
      id: 't',
      body: 'شنت قوات النظام غارات جوية على مدينة حلب أسفرت عن مقتل 7 أشخاص.',
      language: 'ar',
    };
    const on = new RuleExtractor({ resources: FAKE_RESOURCES, minConfidence: 0 }).explain(article);
    const e = on.find((x) => x.event.type === 'ASSAULT')!;
    expect(e.event.confidence).toBeCloseTo(e.explain.calibration!.probability, 3);
    const off = new RuleExtractor({ resources: FAKE_RESOURCES, minConfidence: 0, calibration: false }).explain(article);
    expect(off.find((x) => x.event.type === 'ASSAULT')!.explain.calibration).toBeUndefined();
  });
});
