// The bundled confidence model (data/calibration.json, written by eval/train-calibration.ts): a logistic
// regression over candidate features plus the emission threshold per language, both chosen on train gold only.
import bundled from '../data/calibration.json';
import type { Features } from './features';
import { predict, type LogisticModel } from './logistic';

export interface CalibrationModel extends LogisticModel {
  /** Probability below which a candidate is not emitted, by language ("default" for any other). */
  thresholds: Record<string, number>;
}

function isModel(x: unknown): x is CalibrationModel {
  const m = x as Partial<CalibrationModel> | null;
  return (
    !!m &&
    typeof m.bias === 'number' &&
    typeof m.weights === 'object' &&
    m.weights !== null &&
    Object.values(m.weights).every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    typeof m.thresholds === 'object' &&
    m.thresholds !== null &&
    typeof m.thresholds.default === 'number'
  );
}

/** The bundled model; throws when the file was hand-edited into something that is not one. */
export function bundledCalibration(): CalibrationModel {
  if (!isModel(bundled)) throw new Error('libs/extraction/src/data/calibration.json is not a calibration model');
  return { bias: bundled.bias, weights: bundled.weights, thresholds: bundled.thresholds };
}

export function thresholdFor(model: CalibrationModel, language: string): number {
  return model.thresholds[language] ?? model.thresholds.default;
}

/** Calibrated probability that the candidate is a right event (type and place as the gold would have them). */
export function calibratedConfidence(model: CalibrationModel, features: Features): number {
  return predict(model, features);
}
