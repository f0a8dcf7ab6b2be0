// The confidence model: candidate features, logistic regression, and the bundled fitted model.
export { candidateFeatures, placeHow, type ArticleContext, type Features } from './features';
export { fitLogistic, logLoss, predict, sigmoid, type FitOptions, type LogisticModel, type Sample } from './logistic';
export { fitBoostedTrees, predictTrees, type BoostOptions, type BoostedTrees, type TreeNode } from './boosted-trees';
export { bundledCalibration, calibratedConfidence, thresholdFor, type CalibrationModel } from './model';
