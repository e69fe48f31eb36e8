import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewAnswer } from '../register/index.js';
import type { RegisterTestStore } from './register-test-store.js';
import { registerTestStore, TEST_HEADER } from './register-test-store.js';
import type { ReviewQueueItem } from './review-session.js';
import { loadReviewQueue, storeAnswers } from './review-session.js';

const HOME = [TEST_HEADER, ['H1', 'Գրիգորյան', 'Արամ', '', '1999', '', ''], ['H2', 'Սարգսյան', 'Դավիթ', '', '2000', '', ''], ['H3', 'Հակոբյան', 'Մհեր', '', '1998', '', '']];
const HELD = [TEST_HEADER, ['D1', 'Qriqoryan', 'Aram', '', '1999', '', ''], ['D2', 'Sarkisyan', 'Davud', '', '2000', '', '']];

let t: RegisterTestStore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const answer = (item: ReviewQueueItem, verdict: 'same' | 'different' | 'unsure', note = ''): ReviewAnswer<ReviewQueueItem> => ({ item, verdict, note, at: '2026-11-29T10:00:00Z' });

async function withQueue(): Promise<RegisterTestStore> {
  t = await registerTestStore();
  await t.importCsv('home-missing', 'home', 'missing', HOME);
  await t.importCsv('detaining-held', 'detaining', 'detention', HELD);
  await t.storeRun(
    { 'P-000001': ['home-missing:1', 'detaining-held:1'], 'P-000002': ['home-missing:2'], 'P-000003': ['detaining-held:2'], 'P-000004': ['home-missing:3'] },
    [
      { a: 'home-missing:1', b: 'detaining-held:1', p: 0.8 },
      { a: 'home-missing:2', b: 'detaining-held:2', p: 0.45 },
      { a: 'home-missing:3', b: 'detaining-held:1', p: 0.3 },
    ],
    { lower: 0.2, upper: 0.9 },
  );
  return t;
}

describe('the review queue from the store', () => {
  it('gives each record of a pair the person it is in now and that person\'s other records', async () => {
    const { store } = await withQueue();
    const queue = await loadReviewQueue(store);
    const byKeys = new Map(queue.items.map((i) => [`${i.a.key} ${i.b.key}`, i]));
    // Already linked: both in P-000001, nobody else.
    const linked = byKeys.get('home-missing:1 detaining-held:1')!;
    expect([linked.personA?.personId, linked.personB?.personId]).toEqual(['P-000001', 'P-000001']);
    expect(linked.personA!.others.map((r) => r.key)).toEqual(['detaining-held:1']);
    // Apart: Hakobyan alone; the held record with Grigoryan, whom "same" would also join.
    const apart = byKeys.get('home-missing:3 detaining-held:1')!;
    expect(apart.personA).toEqual({ personId: 'P-000004', others: [] });
    expect(apart.personB!.personId).toBe('P-000001');
    expect(apart.personB!.others.map((r) => [r.key, r.fields.surname])).toEqual([['home-missing:1', 'Գրիգորյան']]);
  });

  it('is the latest run\'s review pairs, most informative first, with both records and the explanation', async () => {
    const { store } = await withQueue();
    const queue = await loadReviewQueue(store);
    expect(queue.items.map((i) => [i.a.key, i.b.key])).toEqual([
      ['home-missing:2', 'detaining-held:2'],
      ['home-missing:3', 'detaining-held:1'],
      ['home-missing:1', 'detaining-held:1'],
    ]);
    expect(queue.items[0]!.a.fields.surname).toBe('Սարգսյան');
    expect(queue.items[0]!.b.fields.surname).toBe('Sarkisyan');
    expect(queue.items[0]!.explanation?.steps[0]?.label).toBe('transliteration');
    expect(queue.band).toEqual({ lower: 0.2, upper: 0.9 });
  });

  it('stores answers as append-only decisions by identity and skips decided pairs next time', async () => {
    const { store } = await withQueue();
    const first = await loadReviewQueue(store);
    await storeAnswers(store, [answer(first.items[0]!, 'same', 'same father'), answer(first.items[1]!, 'unsure')], 'reviewer-a');
    const decisions = await store.decisions();
    expect(decisions.map((d) => [d.a.listName, d.a.identity, d.b.identity, d.verdict, d.reviewer, d.note])).toEqual([
      ['home-missing', 'id:H2', 'id:D2', 'same', 'reviewer-a', 'same father'],
      ['home-missing', 'id:H3', 'id:D1', 'unsure', 'reviewer-a', ''],
    ]);
    const next = await loadReviewQueue(store);
    expect(next.items.map((i) => i.a.key)).toEqual(['home-missing:1']);
    expect(next.decided).toBe(2);
  });

  it('says there is nothing to review before the first reconcile', async () => {
    t = await registerTestStore();
    await expect(loadReviewQueue(t.store)).rejects.toMatchObject({ code: 'WA_NOTHING_TO_DO' });
  });
});
