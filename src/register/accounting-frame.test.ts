import { describe, expect, it } from 'vitest';
import { accountingFrame } from './accounting-frame.js';

describe('the accounting frame', () => {
  it('takes the largest detention party as detaining and the largest other missing party as home', () => {
    const lists = [
      { party: 'icrc', kind: 'missing' as const, records: 240 },
      { party: 'am', kind: 'missing' as const, records: 340 },
      { party: 'az', kind: 'detention' as const, records: 180 },
      { party: 'az', kind: 'death' as const, records: 6 },
      { party: 'icrc', kind: 'visit' as const, records: 100 },
    ];
    expect(accountingFrame(lists)).toEqual({ home: 'am', detaining: 'az' });
  });

  it('keeps the parties the caller names, and never makes one party both', () => {
    const lists = [
      { party: 'am', kind: 'missing' as const, records: 10 },
      { party: 'az', kind: 'missing' as const, records: 50 },
      { party: 'az', kind: 'detention' as const, records: 5 },
    ];
    expect(accountingFrame(lists)).toEqual({ home: 'am', detaining: 'az' });
    expect(accountingFrame(lists, { home: 'az' })).toEqual({ home: 'az' });
    expect(accountingFrame(lists, { detaining: 'am' })).toEqual({ home: 'az', detaining: 'am' });
  });

  it('leaves a party out when no list of its kind names a party (a newcomer\'s lists, before `list set`)', () => {
    expect(accountingFrame([{ party: '', kind: 'other', records: 400 }])).toEqual({});
  });
});
