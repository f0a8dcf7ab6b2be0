// The bundled confidence model (data/calibration.json): a logistic regression over candidate features
// (eval/train-calibration.ts), boosted trees for the languages they were fitted for (eval/train-boosted.ts), and
// the emission threshold per language, all chosen on train and calib gold only.
import bundled from '../data/calibration.json';
import { predictTrees, type BoostedTrees, type TreeNode } from './boosted-trees';
import type { Features } from './features';
import { predict, type LogisticModel } from './logistic';

export interface CalibrationModel extends LogisticModel {
  /** Probability below which a candidate is not emitted, by language ("default" for any other). */
  thresholds: Record<string, number>;
  /** Languages whose candidates the boosted trees score instead of the logistic regression. */
  boosted?: BoostedTrees & { languages: string[] };
}

function isTree(x: unknown): x is TreeNode {
  const n = x as Record<string, unknown> | null;
  if (!n || typeof n !== 'object') return false;
  if ('leaf' in n) return typeof n.leaf === 'number' && Number.isFinite(n.leaf);
  return typeof n.feature === 'string' && typeof n.at === 'number' && isTree(n.low) && isTree(n.high);
}

function isBoosted(x: unknown): x is CalibrationModel['boosted'] {
  const b = x as Partial<NonNullable<CalibrationModel['boosted']>> | undefined;
  if (b === undefined) return true;
  return (
    typeof b.base === 'number' &&
    typeof b.rate === 'number' &&
    Array.isArray(b.languages) &&
    Array.isArray(b.trees) &&
    b.trees.every(isTree)
  );
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
    typeof m.thresholds.default === 'number' &&
    isBoosted(m.boosted)
  );
}

/** The bundled model; throws when the file was hand-edited into something that is not one. */
export function bundledCalibration(): CalibrationModel {
  if (!isModel(bundled)) throw new Error('libs/extraction/src/data/calibration.json is not a calibration model');
  const { bias, weights, thresholds, boosted } = bundled as CalibrationModel;
  return boosted ? { bias, weights, thresholds, boosted } : { bias, weights, thresholds };
}

export function thresholdFor(model: CalibrationModel, language: string): number {
  return model.thresholds[language] ?? model.thresholds.default;
}

/** Calibrated probability that the candidate is a right event (type and place as the gold would have them). */
export function calibratedConfidence(model: CalibrationModel, features: Features, language?: string): number {
  if (model.boosted && language && model.boosted.languages.includes(language))
    return predictTrees(model.boosted, features);
  return predict(model, features);
}
