import { Worker } from 'node:worker_threads';
import { WhereaboutsError } from '../errors.js';
import type { ListReadOptions } from '../ingest/list-source.js';
import { newTally, unpackRecords } from './import-rows.js';
import type { EncodedBatch, EncodedList } from './import-rows.js';
import type { ImportWorkerAck, ImportWorkerData, ImportWorkerMessage } from './import-worker.js';

/** Batches a worker reads ahead of the inserts: enough to keep both threads busy, few enough to bound memory. */
const AHEAD = 4;

/** As the CLI's --max-semi-space-size=64 for the main thread: parsing allocates many short-lived strings. */
const YOUNG = { maxYoungGenerationSizeMb: 192 };

function startWorker(workerData: ImportWorkerData): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./import-worker.js', self), { workerData, resourceLimits: YOUNG });
  // Under vitest or tsx the sources are TypeScript: the worker registers tsx before loading its module.
  const source = new URL('./import-worker.ts', self).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true, workerData, resourceLimits: YOUNG });
}

/** The worker's messages as a queue the import job awaits one at a time. */
class MessageQueue {
  readonly #messages: ImportWorkerMessage[] = [];
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(worker: Worker) {
    worker.on('message', (message: ImportWorkerMessage) => this.#push(message));
    worker.on('error', (error: Error) => this.#fail(error));
    worker.on('exit', () => this.#fail(new WhereaboutsError('WA_INTERNAL', 'the thread reading the list stopped before the end of the file')));
  }

  async next(): Promise<ImportWorkerMessage> {
    for (;;) {
      const message = this.#messages.shift();
      if (message !== undefined) return message;
      if (this.#failure !== undefined) throw this.#failure;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  #push(message: ImportWorkerMessage): void {
    this.#messages.push(message);
    this.#wake?.();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wake?.();
  }
}

/** The error the worker reported, as the thread that started it would have thrown it. */
function rethrow(message: Extract<ImportWorkerMessage, { type: 'failed' }>): never {
  const { error } = message;
  if ('code' in error) throw new WhereaboutsError(error.code, error.message, error.location === undefined ? {} : { location: error.location });
  const internal = new WhereaboutsError('WA_INTERNAL', `reading the list failed: ${error.message}`);
  if (error.stack !== undefined) internal.stack = error.stack;
  throw internal;
}

/**
 * Opens `file` with `openList` in a worker thread, which reads, parses and encodes its rows
 * while this thread stores them: on two cores an import takes about as long as the slower of
 * the two halves rather than their sum. Errors are the ones `openList` would throw here.
 */
export async function readListInWorker(file: string, options: ListReadOptions, batchSize: number): Promise<EncodedList> {
  const worker = startWorker({ file, options, batchSize, ahead: AHEAD });
  const queue = new MessageQueue(worker);
  const first = await queue.next().catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  if (first.type === 'failed') {
    await worker.terminate();
    rethrow(first);
  }
  if (first.type !== 'opened') throw new WhereaboutsError('WA_INTERNAL', `the thread reading the list said "${first.type}" first`);
  const list: EncodedList = {
    format: first.format,
    encoding: first.encoding,
    delimiter: first.delimiter,
    sheets: first.sheets,
    columns: first.columns,
    skipped: { empty: 0, preamble: [] },
    tally: newTally(),
    async *batches(): AsyncGenerator<EncodedBatch> {
      for (;;) {
        const message = await queue.next();
        if (message.type === 'batch') {
          yield { rowsRead: message.rowsRead, records: unpackRecords(message.records), quarantined: message.quarantined };
          // The caller has stored the batch: the worker may read one more ahead.
          worker.postMessage({ type: 'ack' } satisfies ImportWorkerAck);
        } else if (message.type === 'done') {
          list.columns = message.columns;
          list.skipped = message.skipped;
          list.tally = message.tally;
          return;
        } else if (message.type === 'failed') {
          rethrow(message);
        } else {
          throw new WhereaboutsError('WA_INTERNAL', `the thread reading the list said "${message.type}" twice`);
        }
      }
    },
    close: async () => {
      await worker.terminate();
    },
  };
  return list;
}
