/**
 * Small integers standing for sound forms, so that the hot path tests two forms for equality
 * with one integer comparison instead of comparing strings. The table only grows, by one entry
 * per distinct sound form ever prepared (tens of thousands for a real set of lists). Ids are
 * per thread (each worker has its own table), so equal ids are confirmed on the strings.
 */
const ids = new Map<string, number>();

/** The id of a sound form; the same form always gets the same id within a process. */
export function soundId(form: string): number {
  let id = ids.get(form);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(form, id);
  }
  return id;
}
