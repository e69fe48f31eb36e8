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
 * An INSERT of many rows at once into one table: a batch goes in as statements of
 * {@link MAX_ROWS_PER_STATEMENT} rows, and its remainder in statements of half as many, a
 * quarter... down to one row, each prepared once on first use. Each call into SQLite costs more
 * than binding a row, so one call per hundred rows rather than per row halves the time an import
 * spends inserting. The parameter arrays are reused from batch to batch.
 */
export class SqliteBulkInsert {
  readonly #database: Database.Database;
  readonly #head: string;
  readonly #tuple: string;
  readonly #width: number;
  readonly #rowsPerStatement: number;
  /** Statements and their parameter arrays by number of rows. */
  readonly #statements = new Map<number, { statement: Database.Statement; params: BulkValue[] }>();

  constructor(database: Database.Database, table: string, columns: readonly string[]) {
    this.#database = database;
    this.#width = columns.length;
    this.#rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(PARAMETERS_PER_STATEMENT / columns.length)));
    this.#head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    this.#tuple = `(${columns.map(() => '?').join(', ')})`;
  }

  /** Inserts `count` rows, each written by `fill`; runs synchronously on the caller's connection. */
  run(count: number, fill: FillRow): void {
    const width = this.#width;
    let index = 0;
    for (let rows = this.#rowsPerStatement; index < count; rows = Math.max(1, rows >> 1)) {
      if (count - index < rows) continue;
      const { statement, params } = this.#statement(rows);
      for (; index + rows <= count; index += rows) {
        for (let r = 0; r < rows; r++) fill(params, r * width, index + r);
        statement.run(params);
      }
    }
  }

  #statement(rows: number): { statement: Database.Statement; params: BulkValue[] } {
    let prepared = this.#statements.get(rows);
    if (prepared === undefined) {
      const statement = this.#database.prepare(this.#head + new Array<string>(rows).fill(this.#tuple).join(', '));
      prepared = { statement, params: new Array<BulkValue>(this.#width * rows).fill(null) };
      this.#statements.set(rows, prepared);
    }
    return prepared;
  }
}
