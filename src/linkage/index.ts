/**
 * The linkage engine's public API: link records into persons, explain any pair, evaluate a
 * clustering, save and read models. Pure: no files, database or terminal. See docs/linkage.md.
 */
export { linkRecords } from './link-records.js';
export type { LinkageInput, LinkageResult, LinkageStage } from './link-records.js';
export { parallelPairPass } from './parallel/parallel-pair-pass.js';
export type { PairPassFactory } from './scoring/pair-pass.js';
export { linkRecordKey } from './features/link-record.js';
export type { LinkRecord } from './features/link-record.js';
export { defaultLinkageSettings, parseLinkageSettings } from './model/linkage-settings.js';
export type { LinkageSettings } from './model/linkage-settings.js';
export { NameComparison, DateComparison, CodeComparison, PlaceComparison, defaultComparisons } from './comparisons/comparison-settings.js';
export type { ComparisonSettings } from './comparisons/comparison-settings.js';
export { defaultBlockingRules, BLOCKING_KEY_PARTS } from './blocking/blocking.js';
export type { BlockingRule, BlockingKeyPart } from './blocking/blocking.js';
export type { BlockingReport, BlockingRuleReport, SkippedBlock } from './blocking/blocking-report.js';
export { MODEL_FORMAT_VERSION, parseModel, serialiseModel } from './model/trained-model.js';
export type { TrainedModel, ComparisonModel, ComparisonLevelModel, TrainingSummary } from './model/trained-model.js';
export { matchProbability, matchWeightOf } from './scoring/pair-scoring.js';
export type { PairExplanation, WaterfallStep } from './explanations/match-explanation.js';
export { renderExplanation } from './explanations/explanation-text.js';
export { explainerFor } from './explanations/explain-with-model.js';
export type { ScoredPairChunk } from './scoring/pair-pass.js';
export type { LabelledPair } from './training/label-training.js';
export type { Clustering, RecordPair, RefusedJoins } from './clustering/clustering.js';
export { clusterRecords } from './clustering/clustering.js';
export { evaluateClustering } from './evaluation/evaluate.js';
export type { Evaluation, Scores } from './evaluation/evaluate.js';
export { namesAnalyser } from './features/names-analyser.js';
export type { NameAnalyser, AnalysedName, NameRelation } from './features/name-analyser.js';
export { groupIndices } from './clustering/group-indices.js';
export type { IndexGroups } from './clustering/group-indices.js';
