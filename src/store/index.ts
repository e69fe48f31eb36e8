/** The store: the one repository interface and how to open one. */
export { openStore, DEFAULT_STORE, isPostgresUrl } from './open-store.js';
export type {
  Repository,
  RepositoryWriter,
  StoredList,
  StoredVersion,
  NewVersion,
  VersionCompletion,
  StoredRecord,
  ParsedStoredRecord,
  StoredQuarantinedRow,
  ChangeLogEntry,
  NewChange,
} from './repository.js';
export type {
  RegisterReads,
  RegisterWrites,
  RunListVersion,
  StoredRun,
  NewRun,
  PersonMember,
  StoredPersonMember,
  PersonEventKind,
  StoredPersonEvent,
  NewPersonEvent,
  DecisionVerdict,
  DecisionSide,
  StoredDecision,
  NewDecision,
  ReviewPairSide,
  StoredReviewPair,
  NewReviewPair,
  ListWithLatestVersion,
} from './register-repository.js';
export type { SettingKey, SettingValues, StoredSetting, SettingsReads, SettingsWrites } from './settings-repository.js';
export { recordIdentities, identityNamer, identityKey } from './record-identity.js';
export type { IdentitySource } from './record-identity.js';
export type { DialectName, RowOwner, RecordInsert, QuarantineInsert } from './store-dialect.js';
export { encodeRecord, encodeQuarantined, encodeFields } from './record-codec.js';
