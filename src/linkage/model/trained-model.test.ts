import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WhereaboutsError } from '../../errors.js';
import { defaultLinkageSettings, parseLinkageSettings } from './linkage-settings.js';
import { parseModel } from './trained-model.js';

describe('parseLinkageSettings', () => {
  it('fills defaults and round-trips through JSON', () => {
    const settings = { ...defaultLinkageSettings(), duplicateFreeLists: ['home-missing'], matchThreshold: 0.8 };
    expect(parseLinkageSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
    expect(parseLinkageSettings({})).toEqual(defaultLinkageSettings());
  });

  it('names the bad key', () => {
    expect(() => parseLinkageSettings({ matchThreshold: 2 })).toThrow(/matchThreshold/);
    expect(() => parseLinkageSettings({ blockingRules: [{ name: 'x', keys: ['shoe_size'] }] })).toThrow(/blocking rule/);
    expect(() => parseLinkageSettings({ comparisons: [{ comparison: 'name', field: 'surname', jaroWinklerThresholds: [0.8, 0.9] }] })).toThrow(/strongest first/);
  });

  it('either accepts any JSON value or refuses it with WA_SETTINGS_INVALID', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ blockingRules: fc.array(fc.jsonValue()), comparisons: fc.array(fc.jsonValue()) })), (value) => {
        try {
          parseLinkageSettings(value);
        } catch (error) {
          expect(error).toBeInstanceOf(WhereaboutsError);
          expect((error as WhereaboutsError).code).toBe('WA_SETTINGS_INVALID');
        }
      }),
    );
  });
});

describe('parseModel', () => {
  it('refuses a model from a newer whereabouts', () => {
    expect(() => parseModel({ format_version: 99 })).toThrow(/newer/);
  });

  it('either accepts any JSON value or refuses it with WA_SETTINGS_INVALID', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ format_version: fc.constant(1), settings: fc.constant({}), comparisons: fc.jsonValue(), probability_two_random_records_match: fc.double() })), (value) => {
        try {
          parseModel(value);
        } catch (error) {
          expect(error).toBeInstanceOf(WhereaboutsError);
        }
      }),
    );
  });
});
