import { formatPartialDate } from '../ingest/partial-date.js';
import type { ParsedRecord } from '../ingest/record.js';
import type { NamePart } from '../names/index.js';
import { prepareName } from '../names/index.js';
import type { AccountingState } from '../register/accounting-states.js';
import { decidingDates } from '../register/accounting-states.js';
import { isDateValue } from '../register/claims.js';
import type { Person } from '../register/person.js';
import type { Label } from './label.js';
import type { PersonRow } from './report-model.js';

/** A record's name as its source wrote it: the full-name cell, else surname, given name, patronymic. */
export function writtenName(fields: ParsedRecord): string {
  if (fields.full_name) return fields.full_name;
  return [fields.surname, fields.given_name, fields.patronymic].filter((p) => p !== undefined && p !== '').join(' ');
}

/**
 * The names layer's keys of every name part a person's sources give, as the page's search
 * matches them: a key is shared by the spellings of one name in every script (Harutyunyan,
 * Арутюнян, Հարությունյան all give `s:artn`). The keys of a name's tail are left out: they are
 * made to catch a slip at the start, and would make a search find too much.
 */
export class NameKeyCache {
  private readonly keys = new Map<string, readonly string[]>();

  /** The search keys of one value as a name part. */
  of(value: string, part: NamePart): readonly string[] {
    const at = `${part}\u0000${value}`;
    let keys = this.keys.get(at);
    if (keys === undefined) {
      keys = value.trim() === '' ? [] : prepareName(value, part).keys.filter((k) => !k.includes('<'));
      this.keys.set(at, keys);
    }
    return keys;
  }

  /** The search keys of every name part of a record. */
  ofRecord(fields: ParsedRecord): string[] {
    const keys: string[] = [];
    for (const [value, part] of [[fields.surname, 'surname'], [fields.given_name, 'given'], [fields.patronymic, 'patronymic']] as const) {
      if (value !== undefined) keys.push(...this.of(value, part));
    }
    return keys;
  }
}

/** What a person row needs besides the person. */
export interface PersonRowContext {
  period: string | undefined;
  accountingState: AccountingState;
  /** How each record's row reads to the clerk, by record key. */
  rowLabels?: ReadonlyMap<string, Label>;
  keys: NameKeyCache;
}

/** A person as the persons table shows them. */
export function personRow(person: Person, context: PersonRowContext): PersonRow {
  const birth = person.fields.find((f) => f.field === 'birth_date');
  const best = birth?.best.value;
  const eventDates = [...new Set((decidingDates(person.records)?.dates ?? []).map(formatPartialDate))];
  return {
    personId: person.personId,
    names: person.records.map((r) => ({
      recordKey: r.key,
      list: r.list,
      party: r.party,
      name: writtenName(r.fields),
      ...(r.fields.surname === undefined ? {} : { surname: r.fields.surname }),
      ...(r.fields.given_name === undefined ? {} : { givenName: r.fields.given_name }),
      ...(r.fields.patronymic === undefined ? {} : { fatherName: r.fields.patronymic }),
      ...(r.fields.birth_date === undefined ? {} : { birthDate: r.fields.birth_date.text }),
      where: context.rowLabels?.get(r.key) ?? { en: `row ${r.row}`, ru: `строка ${r.row}` },
    })),
    birthDate: best !== undefined && isDateValue(best) ? formatPartialDate(best) : undefined,
    birthDateClaims: [...new Set((birth?.claims ?? []).flatMap((c) => (isDateValue(c.value) ? [formatPartialDate(c.value)] : [])))],
    eventDates,
    period: context.period,
    status: person.status?.type,
    accountingState: context.accountingState,
    nameKeys: [...new Set(person.records.flatMap((r) => context.keys.ofRecord(r.fields)))],
    lists: [...new Set(person.records.map((r) => r.list))],
    conflictFields: [...new Set(person.conflicts.map((c) => c.field))],
    duplicatedOn: person.duplicatedOn,
  };
}
