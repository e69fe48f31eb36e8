/**
 * The linkage engine's public API: link records into persons, explain any pair, evaluate a
 * clustering, save and read models. Pure: no files, database or terminal. See docs/linkage.md.
 */
export { linkRecords } from './link-records.js';
export type { LinkageInput, LinkageResult, LinkageStage } from './link-records.js';
export { linkRecordKey } from './link-record.js';
export type { LinkRecord } from './link-record.js';
export { defaultLinkageSettings, parseLinkageSettings } from './linkage-settings.js';
export type { LinkageSettings } from './linkage-settings.js';
export { NameComparison, DateComparison, CodeComparison, PlaceComparison, defaultComparisons } from './comparison-settings.js';
export type { ComparisonSettings } from './comparison-settings.js';
export { defaultBlockingRules, BLOCKING_KEY_PARTS } from './blocking.js';
export type { BlockingRule, BlockingKeyPart } from './blocking.js';
export type { BlockingReport, BlockingRuleReport, SkippedBlock } from './blocking-report.js';
export { MODEL_FORMAT_VERSION, parseModel, serialiseModel } from './trained-model.js';
export type { TrainedModel, ComparisonModel, ComparisonLevelModel, TrainingSummary } from './trained-model.js';
export { matchProbability, matchWeightOf } from './pair-scoring.js';
export type { PairExplanation, WaterfallStep } from './match-explanation.js';
export { renderExplanation } from './explanation-text.js';
export type { ScoredPairChunk } from './pair-pass.js';
export type { LabelledPair } from './label-training.js';
export type { Clustering, RecordPair, RefusedJoins } from './clustering.js';
export { clusterRecords } from './clustering.js';
export { evaluateClustering } from './evaluate.js';
export type { Evaluation, Scores } from './evaluate.js';
export { namesAnalyser } from './names-analyser.js';
export type { NameAnalyser, AnalysedName, NameRelation } from './name-analyser.js';
export { groupIndices } from './group-indices.js';
export type { IndexGroups } from './group-indices.js';
