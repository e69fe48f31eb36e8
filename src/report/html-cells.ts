import type { Label } from './label.js';
import type { ReportCell } from './report-model.js';

/** What the page's script needs to filter to the persons behind one number. */
export interface PageCell {
  /** Indices into the persons table. */
  p: number[];
  en: string;
  ru: string;
}

/**
 * Gives every non-zero number of the page an id and remembers its persons, so the numbers in
 * tables, key figures and charts all filter the one persons table the same way.
 */
export class PageCells {
  readonly cells: Record<string, PageCell> = {};
  private readonly indexOf: ReadonlyMap<string, number>;
  private next = 0;

  constructor(personIds: readonly string[]) {
    this.indexOf = new Map(personIds.map((id, i) => [id, i]));
  }

  /** The id of a number, or undefined for zero (nothing to show). `caption` says what it counts. */
  register(cell: ReportCell, caption: Label): string | undefined {
    if (cell.personIds.length === 0) return undefined;
    const id = `c${this.next++}`;
    this.cells[id] = { p: cell.personIds.map((pid) => this.indexOf.get(pid)!), en: caption.en, ru: caption.ru };
    return id;
  }
}
