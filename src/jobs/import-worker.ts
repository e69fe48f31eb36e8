import { parentPort, workerData } from 'node:worker_threads';
import { WhereaboutsError } from '../errors.js';
import type { InputLocation } from '../errors.js';
import type { ColumnMapping, ListFormat, ListReadOptions, SkippedRows } from '../ingest/list-source.js';
import { openList } from '../ingest/open-list.js';
import { encodeBatches, newTally, packRecords } from './import-rows.js';
import type { ImportTally } from './import-rows.js';
import type { QuarantineInsert } from '../store/store-dialect.js';

/** What the import job gives the worker. */
export interface ImportWorkerData {
  file: string;
  options: ListReadOptions;
  batchSize: number;
  /** Batches the worker may send ahead of the inserts before it waits for an `ack`. */
  ahead: number;
}

/** What the worker sends, in this order: `opened`, any `batch`es, then `done` or `failed`. */
export type ImportWorkerMessage =
  | { type: 'opened'; format: ListFormat; encoding: string | null; delimiter: string | null; sheets: string[] | null; columns: ColumnMapping[] }
  | { type: 'batch'; rowsRead: number; records: string; quarantined: QuarantineInsert[] }
  | { type: 'done'; columns: ColumnMapping[]; skipped: SkippedRows; tally: ImportTally }
  | { type: 'failed'; error: { code: WhereaboutsError['code']; message: string; location: InputLocation | undefined } | { message: string; stack: string | undefined } };

/** What the import job answers: one `ack` per batch it has stored. */
export type ImportWorkerAck = { type: 'ack' };

const { file, options, batchSize, ahead } = workerData as ImportWorkerData;
const port = parentPort!;
let acked = 0;
let wake: (() => void) | undefined;
port.on('message', (message: ImportWorkerAck) => {
  if (message.type !== 'ack') return;
  acked += 1;
  wake?.();
});

function send(message: ImportWorkerMessage): void {
  port.postMessage(message);
}

try {
  const source = await openList(file, options);
  send({ type: 'opened', format: source.format, encoding: source.encoding ?? null, delimiter: source.delimiter ?? null, sheets: source.sheets ?? null, columns: source.columns });
  const tally = newTally();
  let sent = 0;
  for await (const batch of encodeBatches(source, tally, batchSize, false)) {
    // Read ahead of the inserts by a few batches only, so memory stays flat on a long file.
    while (sent - acked >= ahead) await new Promise<void>((resolve) => (wake = resolve));
    // One string per batch: copying it to the other thread costs a fraction of cloning thousands of objects.
    send({ type: 'batch', rowsRead: batch.rowsRead, records: packRecords(batch.records), quarantined: batch.quarantined });
    sent += 1;
  }
  send({ type: 'done', columns: source.columns, skipped: source.skipped, tally });
} catch (error) {
  send({
    type: 'failed',
    error:
      error instanceof WhereaboutsError
        ? { code: error.code, message: error.message, location: error.location }
        : { message: (error as Error).message ?? String(error), stack: (error as Error).stack },
  });
}
port.close();
