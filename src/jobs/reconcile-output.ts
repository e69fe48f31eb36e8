import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { formatPartialDate } from '../ingest/partial-date.js';
import type { PartialDate } from '../ingest/partial-date.js';
import type { LinkageSettings, LinkRecord, ScoredPairChunk } from '../linkage/index.js';
import { matchProbability, serialiseModel } from '../linkage/index.js';
import { rowPlace, rowPlacePrefix, rowPlaceText } from '../ingest/row-place.js';
import { csvCell, csvLine } from '../report/csv-writer.js';
import type { ReconcileResult } from './reconcile.js';

/** Bytes gathered before each write: one buffer, reused for the whole file. */
const WRITE_BUFFER = 1 << 20;

/**
 * Buffered, synchronous appends (pair chunks arrive from a synchronous callback) to a
 * `.partial` file that takes its real name only when complete, so that a failed or killed run
 * never leaves a half-written file under the real name. Text is encoded straight into one
 * reused buffer: a million rows make no joined string and no fresh buffer per write.
 */
class CsvFile {
  private readonly fd: number;
  private readonly partial: string;
  private readonly buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  private used = 0;

  constructor(private readonly path: string, header: readonly string[]) {
    this.partial = `${path}.partial`;
    this.fd = openSync(this.partial, 'w');
    // A byte-order mark so that Excel reads Armenian and Cyrillic as UTF-8.
    this.append('\uFEFF' + csvLine(header));
  }

  append(text: string): void {
    // A UTF-16 unit takes at most three bytes of UTF-8.
    if (text.length * 3 > WRITE_BUFFER - this.used) {
      this.flush();
      if (text.length * 3 > WRITE_BUFFER) {
        writeSync(this.fd, text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Appends text already encoded (UTF-8), after whatever text is buffered. */
  appendBytes(bytes: Uint8Array): void {
    this.flush();
    writeSync(this.fd, bytes);
  }

  flush(): void {
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.partial, this.path);
  }

  abort(): void {
    closeSync(this.fd);
    rmSync(this.partial, { force: true });
  }
}

/** Rounds for files people read; the stored model keeps full precision. */
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * Writes `pairs.csv` as pairs arrive: every scored candidate pair with its match weight and
 * probability and the weight each comparison added.
 */
export class PairsCsvWriter {
  private readonly file: CsvFile;
  count = 0;

  constructor(dir: string, settings: LinkageSettings) {
    mkdirSync(dir, { recursive: true });
    this.file = new CsvFile(join(dir, 'pairs.csv'), [
      'list_l',
      'row_l',
      'list_r',
      'row_r',
      'match_weight',
      'match_probability',
      ...settings.comparisons.map((c) => `match_weight_${c.field}`),
    ]);
  }

  /**
   * Appends one chunk of scored pairs: as the rows the engine formatted where it scored them,
   * or, from a pass that did not, formatted here.
   */
  write(chunk: ScoredPairChunk, records: readonly LinkRecord[]): void {
    if (chunk.csv !== undefined) this.file.appendBytes(chunk.csv);
    else {
      const k = chunk.comparisons;
      for (let i = 0; i < chunk.a.length; i++) {
        const l = records[chunk.a[i] as number] as LinkRecord;
        const r = records[chunk.b[i] as number] as LinkRecord;
        const w = chunk.matchWeight[i] as number;
        const cells: (string | number)[] = [l.list, l.row, r.list, r.row, round(w, 3), round(matchProbability(w), 6)];
        for (let c = 0; c < k; c++) cells.push(round(chunk.fieldWeights[i * k + c] as number, 3));
        this.file.append(csvLine(cells));
      }
    }
    this.count += chunk.a.length;
  }

  close(): void {
    this.file.close();
  }

  /** Removes the unfinished file. */
  abort(): void {
    this.file.abort();
  }
}

/**
 * Writes `records.csv`: one row per input record with its person and the best probability
 * linking it to another record of that person (empty when it stands alone), then the names and
 * dates as the source wrote them, so that the file can be read without the store.
 */
export function writeRecordsCsv(dir: string, result: ReconcileResult): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'records.csv');
  // `row` names the record (LIST:ROW, the data row); `row_in_file` is where the clerk finds it.
  const file = new CsvFile(path, ['list', 'row', 'row_in_file', 'person_id', 'match_probability', 'surname', 'given_name', 'patronymic', 'full_name', 'birth_date', 'event_date']);
  // csvCell by hand rather than csvLine: a million rows. The list and person cells are made
  // once per list and per person, a date's text once per date.
  const listCells = new Map<string, string>();
  const { cluster, clusterCount } = result.linkage.clustering;
  const personCells = new Array<string | undefined>(clusterCount);
  const dates = new Map<number, string>();
  const dateCell = (date: PartialDate | undefined): string => {
    if (date === undefined) return '';
    const key = date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
    let cell = dates.get(key);
    if (cell === undefined) dates.set(key, (cell = csvCell(formatPartialDate(date))));
    return cell;
  };
  // "Excel row 12": the words once per list, kind and sheet, the number per record.
  const prefixes = new Map<string, string | undefined>();
  const placeCell = (record: ReconcileResult['records'][number]): string => {
    const layout = result.layouts.get(record.listId);
    if (layout === undefined) return '';
    const place = rowPlace(layout.format, record.row, record.sourceRow, record.sheet, layout.sheets);
    const key = `${record.listId}\u0000${place.kind}\u0000${place.sheet ?? ''}`;
    let prefix = prefixes.get(key);
    if (!prefixes.has(key)) {
      const words = rowPlacePrefix(place);
      // Words a CSV cell must quote (a sheet name with a comma) are quoted with the number.
      prefixes.set(key, (prefix = csvCell(words) === words ? words : undefined));
    }
    return prefix === undefined ? csvCell(rowPlaceText(place)) : `${prefix}${place.number}`;
  };
  for (const record of result.records) {
    const f = record.fields;
    let list = listCells.get(record.list);
    if (list === undefined) listCells.set(record.list, (list = csvCell(record.list)));
    const c = cluster[record.id] as number;
    const person = (personCells[c] ??= csvCell(result.personIds[record.id] as string));
    const p = result.linkage.recordProbability[record.id] as number;
    const place = placeCell(record);
    file.append(
      `${list},${record.row},${place},${person},${Number.isNaN(p) ? '' : probabilityText(p)},${csvCell(f.surname ?? '')},${csvCell(f.given_name ?? '')},${csvCell(
        f.patronymic ?? '',
      )},${csvCell(f.full_name ?? '')},${dateCell(f.birth_date)},${dateCell(f.event_date)}\r\n`,
    );
  }
  file.close();
  return path;
}

/**
 * A probability rounded to six decimals, as `String(round(p, 6))` writes it: the fixed digits
 * without trailing zeros (two numbers of at most six decimals are far more than a double's
 * precision apart, so the shortest text of the rounded number is those digits).
 */
function probabilityText(p: number): string {
  const fixed = p.toFixed(6);
  if (fixed.charCodeAt(0) === 45) return String(round(p, 6));
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48) end--;
  if (fixed.charCodeAt(end - 1) === 46) end--;
  return end === fixed.length ? fixed : fixed.slice(0, end);
}

/**
 * Writes `model.json`: the settings and the trained model of the run (versioned), so that the
 * result can be explained and reproduced later (`whereabouts reconcile --settings`).
 */
export function writeModelJson(dir: string, result: ReconcileResult): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'model.json');
  writeFileSync(`${path}.partial`, serialiseModel(result.linkage.model));
  renameSync(`${path}.partial`, path);
  return path;
}
