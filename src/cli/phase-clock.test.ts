import { describe, expect, it } from 'vitest';
import { PhaseClock } from './phase-clock.js';

describe('PhaseClock', () => {
  it('gives each phase the time until the next one began, in the order they began', () => {
    let t = 0;
    const clock = new PhaseClock(() => t);
    clock.begin('import');
    t = 2500;
    clock.begin('blocking');
    t = 3000;
    clock.begin('blocking'); // already running: no new phase
    t = 4000;
    clock.begin('scoring pairs');
    t = 4250;
    clock.end();
    t = 9999;
    expect(clock.seconds()).toEqual([
      { name: 'import', seconds: 2.5 },
      { name: 'blocking', seconds: 1.5 },
      { name: 'scoring pairs', seconds: 0.25 },
    ]);
    expect(clock.format()).toBe('import 2.5 s · blocking 1.5 s · scoring pairs 0.3 s');
  });
});
