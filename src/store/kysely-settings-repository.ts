import type { Kysely } from 'kysely';
import type { SettingKey, SettingValues, StoredSetting } from './settings-repository.js';

/** The settings table (migration 0004) as Kysely sees it. */
export type SettingsSchema = {
  setting: { key: string; value: string; updated_at: string; updated_by: string };
};

/** Every setting, by key. */
export async function readSettings(db: Kysely<SettingsSchema>): Promise<StoredSetting[]> {
  const rows = await db.selectFrom('setting').selectAll().orderBy('key').execute();
  return rows.map((row) => ({ key: row.key, value: JSON.parse(row.value) as unknown, updatedAt: row.updated_at, updatedBy: row.updated_by }));
}

/** One setting's value, or undefined when it was never set. */
export async function readSetting<K extends SettingKey>(db: Kysely<SettingsSchema>, key: K): Promise<SettingValues[K] | undefined> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.value) as SettingValues[K]);
}

/** Sets a setting, replacing its value; the caller logs the change. */
export async function writeSetting<K extends SettingKey>(
  db: Kysely<SettingsSchema>,
  key: K,
  value: SettingValues[K],
  actor: string,
): Promise<void> {
  const row = { key, value: JSON.stringify(value), updated_at: new Date().toISOString(), updated_by: actor };
  await db
    .insertInto('setting')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at, updated_by: row.updated_by }))
    .execute();
}
