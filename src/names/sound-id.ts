/**
 * Small integers standing for sound forms, so that the hot path tests two forms for equality
 * with one integer comparison instead of comparing strings. The table only grows, by one entry
 * per distinct sound form ever prepared (tens of thousands for a real set of lists). Ids are
 * per thread (each worker has its own table), so equal ids are confirmed on the strings; the
 * table also hands out one shared instance of each form, so that confirmation is a pointer
 * compare for names prepared in the same thread.
 */
const ids = new Map<string, number>();
const forms: string[] = [''];

/** The id of a sound form; the same form always gets the same id within a process. */
export function soundId(form: string): number {
  let id = ids.get(form);
  if (id === undefined) {
    id = forms.length;
    ids.set(form, id);
    forms.push(form);
  }
  return id;
}

/** The one instance of a sound form this thread keeps (equal to `form`, shared by every name). */
export function internedSoundForm(form: string): string {
  return forms[soundId(form)] as string;
}
