import { describe, expect, it } from 'vitest';
import type { Decision } from './decisions.js';
import { constraintViolations, contradictoryConstraints, decidedPairs, decisionConstraints, decisionsAbout, isSourceDecision, labelledPairs, latestDecisions, recordDecision, sourceReviewer } from './decisions.js';
import { mergeDecisions } from './decisions-merge.js';
import { pairKey } from './register-record.js';

function decision(a: string, b: string, verdict: Decision['verdict'], at: string, reviewer = 'anna', note = ''): Decision {
  return { a, b, verdict, reviewer, at, note };
}

describe('decisions', () => {
  it('never overwrites: a changed mind is a new decision and the latest wins', () => {
    let log: Decision[] = [];
    log = recordDecision(log, decision('am:1', 'az:1', 'same', '2026-11-01T10:00:00Z'));
    log = recordDecision(log, decision('az:1', 'am:1', 'different', '2026-11-02T10:00:00Z', 'boris', 'unit differs'));
    expect(log).toHaveLength(2);
    const inForce = latestDecisions(log).get(pairKey('am:1', 'az:1'))!;
    expect([inForce.verdict, inForce.reviewer]).toEqual(['different', 'boris']);
  });

  it('a "different" decision splits a chain: the constraints keep the ends apart', () => {
    // The model chains am:1 — icrc:1 — az:1; a reviewer says am:1 and az:1 are two persons.
    const log = [decision('icrc:1', 'am:1', 'same', '2026-11-01T10:00:00Z'), decision('az:1', 'am:1', 'different', '2026-11-01T11:00:00Z'), decision('am:2', 'az:2', 'unsure', '2026-11-01T12:00:00Z')];
    const constraints = decisionConstraints(log);
    expect(constraints).toEqual({ mustLink: [['am:1', 'icrc:1']], cannotLink: [['am:1', 'az:1']] });
    // The chained cluster the model alone would give breaks the decision; a split one does not.
    const chained = [{ personId: 'P-000001', recordKeys: ['am:1', 'icrc:1', 'az:1'] }];
    expect(constraintViolations(chained, constraints)).toEqual([{ kind: 'cannot-link', pair: ['am:1', 'az:1'], personIds: ['P-000001'] }]);
    const split = [
      { personId: 'P-000001', recordKeys: ['am:1', 'icrc:1'] },
      { personId: 'P-000002', recordKeys: ['az:1'] },
    ];
    expect(constraintViolations(split, constraints)).toEqual([]);
    // Cutting the "same" link instead would break the other decision.
    const wrongCut = [
      { personId: 'P-000001', recordKeys: ['am:1'] },
      { personId: 'P-000002', recordKeys: ['icrc:1', 'az:1'] },
    ];
    expect(constraintViolations(wrongCut, constraints).map((v) => v.kind)).toEqual(['must-link']);
  });

  it('finds decisions that contradict each other through transitivity', () => {
    const log = [
      decision('a:1', 'b:1', 'same', '2026-11-01T10:00:00Z'),
      decision('b:1', 'c:1', 'same', '2026-11-01T10:00:00Z'),
      decision('c:1', 'a:1', 'different', '2026-11-01T10:00:00Z'),
      decision('c:1', 'd:1', 'different', '2026-11-01T10:00:00Z'),
    ];
    expect(contradictoryConstraints(decisionConstraints(log))).toEqual([['a:1', 'c:1']]);
  });
});

describe('what decisions feed', () => {
  const log = [
    decision('a:1', 'b:1', 'same', '2026-11-01T10:00:00Z'),
    decision('a:1', 'b:1', 'different', '2026-11-02T10:00:00Z', 'boris'),
    decision('a:2', 'b:2', 'unsure', '2026-11-01T10:00:00Z'),
    decision('c:1', 'd:1', 'same', '2026-11-01T10:00:00Z'),
  ];

  it('labels for the model: the decision in force, unsure left out', () => {
    expect(labelledPairs(log)).toEqual([
      { a: 'a:1', b: 'b:1', same: false },
      { a: 'c:1', b: 'd:1', same: true },
    ]);
  });

  it('the review queue skips every decided pair, unsure included', () => {
    expect(decidedPairs(log)).toEqual(new Set([pairKey('a:1', 'b:1'), pairKey('a:2', 'b:2'), pairKey('c:1', 'd:1')]));
  });

  it('a person shows every decision on their records, superseded ones too', () => {
    expect(decisionsAbout(log, ['b:1', 'x:9']).map((d) => d.verdict)).toEqual(['same', 'different']);
  });
});

describe('mergeDecisions', () => {
  it('unites two reviewers, drops exact repeats, and reports a pair they disagree on', () => {
    const shared = decision('a:1', 'b:1', 'same', '2026-11-01T09:00:00Z');
    const anna = [shared, decision('a:2', 'b:2', 'same', '2026-11-01T10:00:00Z')];
    const boris = [shared, decision('b:2', 'a:2', 'different', '2026-11-03T10:00:00Z', 'boris', 'brothers'), decision('a:3', 'b:3', 'unsure', '2026-11-02T10:00:00Z', 'boris')];
    const merged = mergeDecisions(anna, boris);
    expect(merged.decisions).toHaveLength(4);
    expect(merged.decisions.map((d) => d.at)).toEqual([...merged.decisions.map((d) => d.at)].sort());
    expect(merged.conflicts).toHaveLength(1);
    const [conflict] = merged.conflicts;
    expect([conflict!.kept.verdict, conflict!.kept.reviewer, conflict!.overruled.reviewer]).toEqual(['different', 'boris', 'anna']);
    expect(latestDecisions(merged.decisions).get(pairKey('a:2', 'b:2'))!.verdict).toBe('different');
  });
});

describe('decisions by a source (PFIF links)', () => {
  const at = (m: number): string => `2026-11-29T08:${String(m).padStart(2, '0')}:00Z`;
  const d = (a: string, b: string, verdict: 'same' | 'different', reviewer: string, minute: number) => ({ a, b, verdict, reviewer, at: at(minute), note: '' });

  it('never win over a reviewer’s decision on the same pair, even when later', () => {
    const log = [d('x:1', 'y:1', 'different', 'amira', 1), d('x:1', 'y:1', 'same', sourceReviewer('y'), 2)];
    expect(decisionConstraints(log)).toEqual({ mustLink: [], cannotLink: [['x:1', 'y:1']] });
    expect(isSourceDecision(log[1]!)).toBe(true);
  });

  it('never join, through a chain, two records a reviewer keeps apart', () => {
    const log = [d('a:1', 'c:1', 'different', 'amira', 1), d('a:1', 'b:1', 'same', sourceReviewer('b'), 2), d('b:1', 'c:1', 'same', sourceReviewer('c'), 3)];
    const constraints = decisionConstraints(log);
    expect(constraints.mustLink).toEqual([['a:1', 'b:1']]);
    expect(contradictoryConstraints(constraints)).toEqual([]);
  });

  it('bind like a reviewer’s while no reviewer decided, and leave the pair in review', () => {
    const log = [d('a:1', 'b:1', 'same', sourceReviewer('b'), 1)];
    expect(decisionConstraints(log).mustLink).toEqual([['a:1', 'b:1']]);
    expect(decidedPairs(log).size).toBe(0);
    expect(decidedPairs([...log, d('a:1', 'b:1', 'same', 'amira', 2)]).size).toBe(1);
  });
});
