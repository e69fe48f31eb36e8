import type { CanonicalField } from '../ingest/record.js';

/**
 * The register's settings (migration 0004): small named values that every part of whereabouts
 * may read, such as the ceasefire date a report splits at by default or the PFIF domain.
 * A key is added to {@link SettingKey} by the capability that reads it, with its meaning.
 */

/** The keys the register knows, and what each holds (JSON). */
export interface SettingValues {
  /** The default cut-off of reports and the dashboard: `{ "date": "2020-11-10", "label": "ceasefire" }`. */
  ceasefire: { date: string; label: string };
  /**
   * The register's PFIF domain (docs/interchange.md): the first part of every person_record_id
   * it exports (`DOMAIN/LIST/IDENTITY`), a lower-case domain name such as `tracing.example.org`.
   * Set once (`pfif export --domain`): changing it would change every id partners hold.
   */
  pfifDomain: string;
  /**
   * Retention dates of parties (docs/interchange.md): party → `YYYY-MM-DD`, the first day its
   * lists' records are no longer kept (a list's own date, if earlier, wins). `whereabouts expire`
   * turns them into placeholders.
   */
  partyRetention: Record<string, string>;
  /**
   * Field minimisation (src/interchange/field-minimisation.ts): the fields lists may hold beyond
   * Art. 17's minimum, for every list (`default`) and per list (`lists`).
   */
  listFields: { default?: CanonicalField[]; lists?: Record<string, CanonicalField[]> };
  /** The language each party reads its reports in (`report --for PARTY`): party → `en` or `ru`. */
  partyLanguages: Record<string, 'en' | 'ru'>;
}

export type SettingKey = keyof SettingValues;

/** A setting as stored. */
export interface StoredSetting {
  key: string;
  value: unknown;
  updatedAt: string;
  updatedBy: string;
}

/** Reads of the settings, on {@link Repository}. */
export interface SettingsReads {
  /** Every setting, by key. */
  settings(): Promise<StoredSetting[]>;
  /** One setting's value, or undefined when it was never set. */
  setting<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined>;
}

/** Writes of the settings, on {@link RepositoryWriter}; each is also logged as a change. */
export interface SettingsWrites {
  putSetting<K extends SettingKey>(key: K, value: SettingValues[K], actor: string): Promise<void>;
}
