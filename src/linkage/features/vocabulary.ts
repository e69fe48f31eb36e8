/**
 * Distinct values coded as dense integers, so that features are typed arrays and comparing two
 * records is comparing numbers. Each distinct text is prepared once.
 */
export class Vocabulary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  /** The code of `value`, adding it when new. */
  code(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }

  get size(): number {
    return this.values.length;
  }
}
