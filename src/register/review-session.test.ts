import { describe, expect, it } from 'vitest';
import { ReviewSession, reviewAction } from './review-session.js';

const T = '2026-11-29T09:00:00Z';

describe('reviewAction', () => {
  it('maps the documented keys, in either case, and nothing else', () => {
    expect(reviewAction('s')).toEqual({ kind: 'answer', verdict: 'same' });
    expect(reviewAction('D')).toEqual({ kind: 'answer', verdict: 'different' });
    expect(reviewAction('u')).toEqual({ kind: 'answer', verdict: 'unsure' });
    expect(reviewAction(' ')).toEqual({ kind: 'skip' });
    expect(reviewAction('k')).toEqual({ kind: 'skip' });
    expect(reviewAction('n')).toEqual({ kind: 'note' });
    expect(reviewAction('z')).toEqual({ kind: 'undo' });
    expect(reviewAction('q')).toEqual({ kind: 'quit' });
    expect(reviewAction('x')).toBeUndefined();
    expect(reviewAction('constructor')).toBeUndefined();
  });
});

describe('ReviewSession', () => {
  it('counts what is left and walks the queue in order', () => {
    const session = new ReviewSession(['p1', 'p2', 'p3']);
    expect(session.left).toBe(3);
    session.answer('same', T);
    session.skip();
    expect(session.current).toBe('p3');
    expect(session.left).toBe(1);
    session.answer('different', T);
    expect(session.current).toBeUndefined();
    expect(session.left).toBe(0);
  });

  it('holds the latest answer back until the next pair is answered or skipped', () => {
    const session = new ReviewSession(['p1', 'p2', 'p3']);
    session.answer('same', T);
    expect(session.settled()).toEqual([]);
    session.skip();
    expect(session.settled().map((a) => [a.item, a.verdict])).toEqual([['p1', 'same']]);
    session.answer('unsure', T);
    expect(session.settled()).toEqual([]);
    expect(session.finish().map((a) => [a.item, a.verdict])).toEqual([['p3', 'unsure']]);
    expect(session.storedCount).toBe(2);
  });

  it('undo of the latest answer forgets it: nothing is stored for that pair', () => {
    const session = new ReviewSession(['p1', 'p2']);
    session.answer('same', T);
    expect(session.undo()).toBe('forgotten');
    expect(session.current).toBe('p1');
    session.answer('different', T);
    session.skip();
    expect([...session.settled(), ...session.finish()].map((a) => [a.item, a.verdict])).toEqual([['p1', 'different']]);
  });

  it('undo past a stored answer reopens the pair; a new answer supersedes it, the old one stays stored', () => {
    const session = new ReviewSession(['p1', 'p2', 'p3']);
    session.answer('same', T);
    session.answer('same', T);
    expect(session.settled().map((a) => a.item)).toEqual(['p1']);
    expect(session.undo()).toBe('forgotten');
    expect(session.undo()).toBe('reopened');
    expect(session.current).toBe('p1');
    expect(session.storedAnswer?.verdict).toBe('same');
    session.answer('different', T);
    expect(session.storedAnswer).toBeUndefined();
    const rest = session.finish();
    expect(rest.map((a) => [a.item, a.verdict])).toEqual([['p1', 'different']]);
    expect(session.current).toBe('p2');
    expect(session.storedCount).toBe(2);
  });

  it('a note goes with the next answer only, and comes back on undo', () => {
    const session = new ReviewSession(['p1', 'p2']);
    session.setNote('  same unit, brother?  ');
    session.answer('unsure', T);
    expect(session.note).toBe('');
    session.undo();
    expect(session.note).toBe('same unit, brother?');
    session.answer('different', T);
    session.answer('same', T);
    expect(session.finish().map((a) => a.note)).toEqual(['same unit, brother?', '']);
  });

  it('undo at the start does nothing; answers after the end are ignored', () => {
    const session = new ReviewSession(['p1']);
    expect(session.undo()).toBe('nothing');
    session.skip();
    session.answer('same', T);
    expect(session.finish()).toEqual([]);
    expect(session.undo()).toBe('skipped');
    expect(session.current).toBe('p1');
  });
});
