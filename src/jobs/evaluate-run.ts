import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { WhereaboutsError } from '../errors.js';
import type { Evaluation } from '../linkage/index.js';
import { evaluateClustering } from '../linkage/index.js';

/** An evaluation of a reconciliation's records.csv against a truth file. */
export interface RunEvaluation extends Evaluation {
  /** Truth rows with no record in the run (quarantined rows, or lists not reconciled). */
  truthRowsWithoutRecord: number;
}

async function readCsv(path: string, required: readonly string[]): Promise<Record<string, string>[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'WA_FILE_NOT_FOUND' : 'WA_FILE_UNREADABLE';
    throw new WhereaboutsError(code, `cannot read ${path}: ${(error as Error).message}`, { location: { file: path } });
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    throw new WhereaboutsError('WA_TRUTH_INVALID', `${path} is not a readable CSV: ${(error as Error).message}`, { location: { file: path } });
  }
  const header = rows[0] === undefined ? [] : Object.keys(rows[0]);
  for (const column of required) {
    if (rows.length > 0 && !header.includes(column)) {
      throw new WhereaboutsError('WA_TRUTH_INVALID', `${path} has no column "${column}" (it needs ${required.join(', ')})`, { location: { file: path, column } });
    }
  }
  return rows;
}

/**
 * Scores `DIR/records.csv` against a truth file `list,row,person`: pairwise and B-cubed
 * precision, recall and F1. Every record must have a truth row.
 */
export async function evaluateRun(truthPath: string, dir: string): Promise<RunEvaluation> {
  const truthRows = await readCsv(truthPath, ['list', 'row', 'person']);
  const recordsPath = join(dir, 'records.csv');
  const records = await readCsv(recordsPath, ['list', 'row', 'person_id']);
  const truth = new Map<string, string>();
  for (const row of truthRows) truth.set(`${row['list']}:${row['row']}`, row['person'] as string);
  const predicted: string[] = [];
  const actual: string[] = [];
  records.forEach((record, i) => {
    const key = `${record['list']}:${record['row']}`;
    const person = truth.get(key);
    if (person === undefined) {
      throw new WhereaboutsError('WA_TRUTH_INVALID', `record ${key} has no row in the truth file ${truthPath}`, { location: { file: recordsPath, row: i + 1 } });
    }
    predicted.push(record['person_id'] as string);
    actual.push(person);
  });
  return { ...evaluateClustering(predicted, actual), truthRowsWithoutRecord: truth.size - records.length };
}
