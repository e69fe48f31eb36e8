import type { CanonicalField, ParsedRecord } from '../ingest/record.js';

/**
 * The do-not-transmit rule (issue 14), pure: which records, and which fields of records, must
 * not reach any party. The mediator still sees everything; every output made for a party
 * (`--for PARTY`: PFIF, CSV, XLSX, HTML, releases) drops what this says is withheld *before*
 * anything is counted, so that no total lets the party infer that something was held back.
 *
 * Flags are events (set, clear) kept in the store (migration 0009); the flag in force for a
 * record or a field is the latest event about it. `src/disclosure/` calls this module.
 */

/** One flag event, as the store keeps it (StoredTransmissionFlag has this shape). */
export interface FlagEvent {
  listName: string;
  identity: string;
  /** The field withheld, or null for the whole record. */
  field: CanonicalField | null;
  action: 'set' | 'clear';
  actor: string;
  at: string;
  reason: string;
  row: number;
  version: number;
}

/** A flag in force: the event that set it. */
export type FlagInForce = FlagEvent & { action: 'set' };

/** A record named as the register names it: its list and identity. */
export interface FlaggableRecord {
  list: string;
  identity: string;
}

const recordKeyOf = (list: string, identity: string): string => `${list}\u0000${identity}`;

const NO_FIELDS: ReadonlySet<CanonicalField> = new Set();

/**
 * The flags in force, from the log of flag events in the order they were appended.
 *
 * @example
 * const flags = TransmissionFlags.from(await store.transmissionFlags());
 * const sendable = records.filter((r) => !flags.recordWithheld(r.list, r.identity));
 */
export class TransmissionFlags {
  readonly #records = new Map<string, FlagInForce>();
  readonly #fields = new Map<string, Map<CanonicalField, FlagInForce>>();

  private constructor() {}

  /** The flags the events leave in force: for each record and field, the latest event decides. */
  static from(events: Iterable<FlagEvent>): TransmissionFlags {
    const flags = new TransmissionFlags();
    for (const event of events) {
      const key = recordKeyOf(event.listName, event.identity);
      if (event.field === null) {
        if (event.action === 'set') flags.#records.set(key, event as FlagInForce);
        else flags.#records.delete(key);
        continue;
      }
      let fields = flags.#fields.get(key);
      if (event.action === 'set') {
        if (fields === undefined) flags.#fields.set(key, (fields = new Map()));
        fields.set(event.field, event as FlagInForce);
      } else if (fields !== undefined) {
        fields.delete(event.field);
        if (fields.size === 0) flags.#fields.delete(key);
      }
    }
    return flags;
  }

  /** No flag at all: what a store without flags gives. */
  static none(): TransmissionFlags {
    return new TransmissionFlags();
  }

  /** Whether the whole record must not be transmitted. */
  recordWithheld(list: string, identity: string): boolean {
    return this.#records.has(recordKeyOf(list, identity));
  }

  /**
   * The record's fields that must not be transmitted (empty when none), with the name fields
   * that carry the same words: see {@link withNameClosure}.
   */
  withheldFields(list: string, identity: string): ReadonlySet<CanonicalField> {
    const fields = this.#fields.get(recordKeyOf(list, identity));
    return fields === undefined ? NO_FIELDS : withNameClosure(new Set(fields.keys()));
  }

  /** The flag in force on a record (field null) or one of its fields, if any. */
  flagInForce(list: string, identity: string, field: CanonicalField | null): FlagInForce | undefined {
    const key = recordKeyOf(list, identity);
    return field === null ? this.#records.get(key) : this.#fields.get(key)?.get(field);
  }

  /** Every flag in force: whole records first, then fields, each in the order they were set. */
  inForce(): FlagInForce[] {
    const byOrder = (a: FlagInForce, b: FlagInForce): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
    const fields = [...this.#fields.values()].flatMap((m) => [...m.values()]);
    return [...[...this.#records.values()].sort(byOrder), ...fields.sort(byOrder)];
  }

  /** Whether no flag is in force. */
  get empty(): boolean {
    return this.#records.size === 0 && this.#fields.size === 0;
  }
}

/**
 * What a party may be sent of some records: those not withheld as a whole, each with its
 * withheld fields removed (by `strip`, which knows the record's shape). Counting what this
 * returns, never the input, is what keeps a total from betraying a withheld record.
 */
export function transmittable<R extends FlaggableRecord>(
  records: Iterable<R>,
  flags: TransmissionFlags,
  strip: (record: R, withheld: ReadonlySet<CanonicalField>) => R = (record) => record,
): R[] {
  const out: R[] = [];
  for (const record of records) {
    if (flags.recordWithheld(record.list, record.identity)) continue;
    const withheld = flags.withheldFields(record.list, record.identity);
    out.push(withheld.size === 0 ? record : strip(record, withheld));
  }
  return out;
}

/** The parsed fields without the withheld ones. */
export function withoutWithheldFields(fields: ParsedRecord, withheld: ReadonlySet<CanonicalField>): ParsedRecord {
  if (withheld.size === 0) return fields;
  const out: ParsedRecord = {};
  for (const [field, value] of Object.entries(fields) as [CanonicalField, ParsedRecord[CanonicalField]][]) {
    if (!withheld.has(field)) (out as Record<string, unknown>)[field] = value;
  }
  return out;
}

/** A column of a list version and the field it feeds, as `list_version.columns` holds it. */
export interface ColumnFeeding {
  sheet?: string;
  header: string;
  field?: CanonicalField;
}

/**
 * The raw cells without those of columns that feed a withheld field: a withheld date of birth
 * must not travel as the cell it was read from.
 */
export function withoutWithheldCells(
  raw: Record<string, string>,
  columns: readonly ColumnFeeding[],
  sheet: string | null,
  withheld: ReadonlySet<CanonicalField>,
): Record<string, string> {
  if (withheld.size === 0) return raw;
  const hidden = new Set<string>();
  for (const column of columns) {
    if (column.field === undefined || (column.sheet ?? null) !== sheet) continue;
    if (withheld.has(column.field)) hidden.add(column.header);
  }
  const out: Record<string, string> = {};
  for (const [header, cell] of Object.entries(raw)) if (!hidden.has(header)) out[header] = cell;
  return out;
}

/** The fields a full name is split into. */
const NAME_PARTS: readonly CanonicalField[] = ['surname', 'given_name', 'patronymic'];

/**
 * The withheld fields with the name fields that hold the same words: a full name holds the
 * surname, given name and patronymic, and they are often split from it, so withholding the full
 * name withholds the parts, and withholding a part withholds the full name.
 */
export function withNameClosure(withheld: Set<CanonicalField>): Set<CanonicalField> {
  if (withheld.has('full_name')) for (const part of NAME_PARTS) withheld.add(part);
  else if (NAME_PARTS.some((part) => withheld.has(part))) withheld.add('full_name');
  return withheld;
}
