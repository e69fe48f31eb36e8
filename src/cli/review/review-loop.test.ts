import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ReviewAnswer } from '../../register/review-session.js';
import { ReviewSession } from '../../register/review-session.js';
import { lineKeyInput } from './key-input.js';
import type { ReviewPairView } from './pair-screen.js';
import { pairScreen } from './pair-screen.js';
import { runReviewLoop } from './review-loop.js';

const PAIRS = ['p1', 'p2', 'p3'];

function view(item: string): ReviewPairView {
  return {
    a: { heading: `home-missing:${item.slice(1)} (home)`, fields: { surname: 'Գրիգորյան', given_name: 'Արամ' } },
    b: { heading: `detaining-held:${item.slice(1)} (detaining)`, fields: { surname: 'Qriqoryan', given_name: 'Aram' } },
    match_probability: 0.5,
    match_weight: 0,
    explanation: {
      record_l: 'home-missing:1',
      record_r: 'detaining-held:1',
      match_weight: 0,
      match_probability: 0.5,
      steps: [
        { column: 'prior', label: 'probability two random records match', value_l: '', value_r: '', bayes_factor: 0.001, match_weight: -9.97, tf_adjustment: 0, total_weight: -9.97 },
        { column: 'surname', label: 'transliteration', gamma: 5, value_l: 'Գրիգորյան', value_r: 'Qriqoryan', bayes_factor: 1000, match_weight: 9.97, tf_adjustment: 0, total_weight: 9.97 },
      ],
    },
  };
}

/** Drives the review as a script would: one key per line on standard input. */
async function review(keys: string[]): Promise<{ batches: ReviewAnswer<string>[][]; screen: string; stored: number }> {
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const batches: ReviewAnswer<string>[][] = [];
  const stored = await runReviewLoop({
    session: new ReviewSession(PAIRS),
    view,
    input: lineKeyInput(Readable.from(keys.map((k) => `${k}\n`))),
    output,
    clearScreen: false,
    width: 100,
    store: async (answers) => void batches.push(answers),
    now: () => '2026-11-29T09:00:00Z',
  });
  return { batches, screen, stored };
}

describe('review driven through a pipe', () => {
  it('stores same, different and unsure with the note, and shows progress', async () => {
    const { batches, screen, stored } = await review(['s', 'n', 'brothers, same unit', 'd', 'u']);
    expect(batches.flat().map((a) => [a.item, a.verdict, a.note])).toEqual([
      ['p1', 'same', ''],
      ['p2', 'different', 'brothers, same unit'],
      ['p3', 'unsure', ''],
    ]);
    expect(stored).toBe(3);
    expect(screen).toContain('3 of 3 left');
    expect(screen).toContain('1 of 3 left');
    expect(screen).toContain('Գրիգորյան (Grigoryan)');
    expect(screen).toContain('transliteration');
  });

  it('undo of the latest answer stores nothing for it; skip and an empty line leave pairs undecided', async () => {
    const { batches } = await review(['s', 'z', 'd', 'k', '', 'q']);
    expect(batches.flat().map((a) => [a.item, a.verdict])).toEqual([['p1', 'different']]);
  });

  it('undo past a stored answer says so, and the new answer is stored as a further decision', async () => {
    const { batches, screen } = await review(['s', 's', 'z', 'z', 'd']);
    expect(screen).toContain('Already stored: "same"');
    expect(batches.flat().map((a) => [a.item, a.verdict])).toEqual([
      ['p1', 'same'],
      ['p1', 'different'],
    ]);
  });

  it('waits for a key after the last pair, so z still takes the last answer back', async () => {
    const { batches, screen } = await review(['s', 's', 'u', 'z', 'd', 'q']);
    expect(screen).toContain('That was the last of 3 pairs. [z] takes your last answer back');
    expect(screen).toContain('Undone: that answer was not stored yet and is forgotten.');
    // The third pair's "unsure" was never stored; "different" took its place.
    expect(batches.flat().map((a) => [a.item, a.verdict])).toEqual([
      ['p1', 'same'],
      ['p2', 'same'],
      ['p3', 'different'],
    ]);
  });

  it('says "not comparable" or "not given", never "null", for a comparison the engine left out', () => {
    const pair = view('p1');
    pair.explanation!.steps.push(
      { column: 'event_date', label: 'null', value_l: '20.10.2020', value_r: '01.12.2020', bayes_factor: 1, match_weight: 0, tf_adjustment: 0, total_weight: 0 },
      { column: 'birth_date', label: 'null', value_l: '', value_r: '1999', bayes_factor: 1, match_weight: 0, tf_adjustment: 0, total_weight: 0 },
    );
    const lines = pairScreen(pair, { left: 1, total: 1, note: '' }).join('\n');
    expect(lines).toMatch(/event_date +not comparable: the lists mean different things by it/);
    expect(lines).toMatch(/birth_date +not given on one side: counts neither way/);
    expect(lines).not.toMatch(/\bnull\b/);
  });

  it('stores what was answered when the input ends without q, and names a key that does nothing', async () => {
    const { batches, screen } = await review(['x', 'd']);
    expect(screen).toContain('The key "x" does nothing here.');
    expect(batches.flat().map((a) => a.verdict)).toEqual(['different']);
  });
});

describe('a pair only a source decided', () => {
  it('is shown with what the source said, and that the reviewer’s answer overrides it', () => {
    const screen = pairScreen({ ...view('p1'), sourceSays: { reviewer: 'source:icrc', verdict: 'same', note: 'PFIF note by Mary Jacobs: same mother' } }, { left: 1, total: 1, note: '' }).join('\n');
    expect(screen).toContain('The source says "same" (source:icrc: PFIF note by Mary Jacobs: same mother); your answer overrides it.');
    expect(pairScreen(view('p1'), { left: 1, total: 1, note: '' }).join('\n')).not.toContain('The source says');
  });
});
