import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AccountingState } from '../register/accounting-states.js';
import { ACCOUNTING_STATES } from '../register/accounting-states.js';
import { dayNumberOfIso } from '../synth/calendar.js';
import { FATE } from '../synth/fates.js';
import { generatePopulation, personId } from '../synth/population.js';
import { personsForRecords, resolveSettings } from '../synth/settings.js';
import { synthesize } from '../synth/write-lists.js';
import type { SynthManifest } from '../synth/write-lists.js';
import type { AccountingSummary } from './accounting-summary.js';
import { summariseAccounting } from './accounting-summary.js';
import { synthTestRegister } from './synth-test-register.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** A synth folder read as the report reads it, and its accounting states. */
interface SynthCase {
  manifest: SynthManifest;
  summary: AccountingSummary;
  /** Per true person, the lists his imported records are on. */
  listsOf: Map<string, Set<string>>;
}

/** Reads a synth folder (parties and kinds from its manifest) and summarises its persons' states. */
async function readSynth(dir: string): Promise<SynthCase> {
  const { manifest, persons, listsOf } = await synthTestRegister(dir);
  const summary = summariseAccounting(persons, { cutoffs: [`${manifest.settings.population.ceasefire}=ceasefire`] });
  return { manifest, summary, listsOf };
}

/**
 * The state each man is in by the generator's own record of him: his fate (what became of him)
 * and the lists it put him on. Written from the generator's facts, not from the rules: a man
 * who died is dead only if a list says so, since the lists are all the report can know.
 */
function trueState(fate: number, on: ReadonlySet<string>): AccountingState {
  if (fate === FATE.died && on.has('detaining-deaths')) return 'died';
  if (fate === FATE.exchanged && on.has('mediator-exchange')) return 'exchanged';
  if (fate === FATE.released && on.has('mediator-exchange')) return 'released';
  if (on.has('detaining-held')) return on.has('home-missing') ? 'acknowledged_held' : 'held_never_reported';
  if (on.has('delegate-visits')) return 'seen_not_acknowledged';
  return 'no_trace';
}

/** Every state's persons by the generator's truth. */
function truthByState(c: SynthCase): Map<AccountingState, string[]> {
  const { settings } = c.manifest;
  const population = generatePopulation(settings.persons, settings.seed, settings.population);
  const byState = new Map<AccountingState, string[]>(ACCOUNTING_STATES.map((s) => [s, []]));
  for (let i = 0; i < population.size; i++) {
    const on = c.listsOf.get(personId(i));
    if (on !== undefined) byState.get(trueState(population.fate[i]!, on))!.push(personId(i));
  }
  return byState;
}

function checkAgainstTruth(c: SynthCase): void {
  const truth = truthByState(c);
  for (const state of c.summary.states) {
    expect([...state.total.personIds].sort(), state.state).toEqual([...truth.get(state.state)!].sort());
    expect(state.total.count, state.state).toBe(truth.get(state.state)!.length);
  }
  // Synth makes every state but two: remains are never identified, and its lists never contradict.
  for (const state of ACCOUNTING_STATES.filter((s) => s !== 'remains_identified' && s !== 'conflicting')) {
    expect(truth.get(state)!.length, state).toBeGreaterThan(0);
  }
}

/** Persons placed in a dated period were captured (or went missing) on that side of the ceasefire. */
function checkPeriods(c: SynthCase): void {
  const { settings } = c.manifest;
  const population = generatePopulation(settings.persons, settings.seed, settings.population);
  const index = new Map<string, number>();
  for (let i = 0; i < population.size; i++) index.set(personId(i), i);
  const ceasefire = dayNumberOfIso(settings.population.ceasefire);
  let dated = 0;
  for (const p of c.summary.persons) {
    if (p.period !== 'period-0' && p.period !== 'period-1') continue;
    const i = index.get(p.personId)!;
    const day = p.decidedBy === 'capture' ? population.captureDay[i]! : population.lastContact[i]!;
    expect(day >= ceasefire ? 'period-1' : 'period-0', `${p.personId} by ${p.decidedBy}`).toBe(p.period);
    dated++;
  }
  expect(dated).toBeGreaterThan(c.summary.persons.length * 0.8);
  for (const state of c.summary.states) {
    const split = c.summary.periods.reduce((n, period) => n + state.byPeriod[period.id]!.count, 0);
    expect(split, state.state).toBe(state.total.count);
  }
}

describe('accounting states on the bundled demo, against the generator\'s fates (with flags: parties and kinds from the manifest)', () => {
  let c: SynthCase;
  it('every state holds exactly the persons the truth puts there', async () => {
    c = await readSynth(EXAMPLES);
    checkAgainstTruth(c);
  });
  it('every dated period holds persons captured or gone missing on its side of the ceasefire', () => {
    checkPeriods(c);
  });
});

describe('accounting states at 10,000 records, against the generator\'s fates (with flags)', () => {
  let dir: string | undefined;
  let c: SynthCase;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  it('every state holds exactly the persons the truth puts there', async () => {
    dir = await mkdtemp(join(tmpdir(), 'whereabouts-accounting-10k-'));
    const base = resolveSettings({ seed: 'accounting-10k' });
    await synthesize({ ...base, persons: personsForRecords(10_000, base) }, dir);
    c = await readSynth(dir);
    expect(c.manifest.records).toBeGreaterThan(9_000);
    checkAgainstTruth(c);
  }, 120_000);
  it('every dated period holds persons captured or gone missing on its side of the ceasefire', () => {
    checkPeriods(c);
  });
});
