import type { Kysely } from 'kysely';

/**
 * The row number the clerk sees, beside the data row (`row_number`, header excluded) that names
 * a row everywhere else: the sheet's own row for a workbook (title rows and the header counted),
 * the line the row starts on for CSV. Null for rows stored before, and for JSON, whose item
 * number is the data row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['record', 'quarantine']) {
    await db.schema.alterTable(table).addColumn('source_row', 'integer').execute();
  }
}
