/**
 * The register of persons: claims, conflicts, best values, status timelines, stable person ids,
 * reviewers' decisions and the review queue. Pure: plain data in, plain data out.
 */
export type { RecordKey, RegisterRecord, ScoredPair, PersonCluster } from './register-record.js';
export { recordKey, parseRecordKey, pairKey } from './register-record.js';
export type { DateReading, DateSpan } from './date-readings.js';
export { dateReadings, datesCompatible, swappedDayMonth, readingSpan, earliestDay } from './date-readings.js';
export type { Claim, ClaimValue, ClaimsByField } from './claims.js';
export { collectClaims, isDateValue } from './claims.js';
export type { Conflict, ConflictKind } from './conflicts.js';
export { COMPARED_FIELDS, findConflicts, valuesAgree, foldText, scriptOf } from './conflicts.js';
export type { BestValue, BestValueReason } from './best-value.js';
export { bestAmong, bestValue, describeReason } from './best-value.js';
export type { StatusEvent, StatusEventType, CurrentStatus } from './status-timeline.js';
export { STATUS_EVENT_TYPES, recordEvent, statusTimeline, currentStatus } from './status-timeline.js';
export type { Person, FieldClaims } from './person.js';
export { buildPerson, buildRegister } from './person.js';
export type { PersonIdEvent, PersonIdAssignment } from './person-ids.js';
export { assignPersonIds, formatPersonId } from './person-ids.js';
export type { Decision, Verdict, LinkConstraints, ConstraintViolation } from './decisions.js';
export { VERDICTS, recordDecision, latestDecisions, decisionConstraints, constraintViolations, contradictoryConstraints, decidedPairs, labelledPairs, decisionsAbout } from './decisions.js';
export type { DecisionRow } from './decisions-csv.js';
export { DECISION_COLUMNS, IDENTITY_COLUMNS, decisionsToCsv, decisionsFromCsv } from './decisions-csv.js';
export type { DecisionConflict, DecisionMerge } from './decisions-merge.js';
export { mergeDecisions } from './decisions-merge.js';
export type { ReviewBand, ReviewItem } from './review-queue.js';
export { reviewQueue, binaryEntropy } from './review-queue.js';
export type { ReviewAction, ReviewAnswer } from './review-session.js';
export { REVIEW_KEYS, reviewAction, ReviewSession } from './review-session.js';
export type { AccountingFrame, AccountingRule, AccountingState, DecidingDates, PersonAccounting } from './accounting-states.js';
export { ACCOUNTING_RULES, ACCOUNTING_STATES, accountingState, decidingDates } from './accounting-states.js';
export type { Assertion, AssertionKind } from './accounting-evidence.js';
export { ASSERTION_KINDS, recordAssertion } from './accounting-evidence.js';
export type { FrameList } from './accounting-frame.js';
export { accountingFrame } from './accounting-frame.js';
export type { EventClaims, EventKind } from './event-claims.js';
export { EVENT_KINDS, eventOfRecord, personEvents, placesAgree } from './event-claims.js';
