import type Database from 'better-sqlite3';
import type { BulkValue } from '../store-dialect.js';

/**
 * Parameters per multi-row INSERT, at most: far under SQLite's limit (32,766), and past about a
 * hundred rows a longer statement saves nothing more.
 */
const PARAMETERS_PER_STATEMENT = 1000;
const MAX_ROWS_PER_STATEMENT = 100;

/** Writes row `index` of a batch into `params` from `at` on, one value per column. */
export type FillRow = (params: BulkValue[], at: number, index: number) => void;

/**
 * An INSERT of many rows at once into one table, prepared once: a batch goes in as statements of
 * {@link MAX_ROWS_PER_STATEMENT} rows and a remainder of single-row statements. Each call into
 * SQLite costs more than binding a row, so one call per hundred rows rather than per row halves
 * the time an import spends inserting. The parameter arrays are reused from batch to batch.
 */
export class SqliteBulkInsert {
  readonly #width: number;
  readonly #rowsPerStatement: number;
  readonly #many: Database.Statement;
  readonly #one: Database.Statement;
  readonly #manyParams: BulkValue[];
  readonly #oneParams: BulkValue[];

  constructor(database: Database.Database, table: string, columns: readonly string[]) {
    this.#width = columns.length;
    this.#rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(PARAMETERS_PER_STATEMENT / columns.length)));
    const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    this.#many = database.prepare(head + new Array<string>(this.#rowsPerStatement).fill(tuple).join(', '));
    this.#one = database.prepare(head + tuple);
    this.#manyParams = new Array<BulkValue>(this.#width * this.#rowsPerStatement).fill(null);
    this.#oneParams = new Array<BulkValue>(this.#width).fill(null);
  }

  /** Inserts `count` rows, each written by `fill`; runs synchronously on the caller's connection. */
  run(count: number, fill: FillRow): void {
    const width = this.#width;
    const per = this.#rowsPerStatement;
    let index = 0;
    if (per > 1) {
      const params = this.#manyParams;
      for (; index + per <= count; index += per) {
        for (let r = 0; r < per; r++) fill(params, r * width, index + r);
        this.#many.run(params);
      }
    }
    const params = this.#oneParams;
    for (; index < count; index++) {
      fill(params, 0, index);
      this.#one.run(params);
    }
  }
}
