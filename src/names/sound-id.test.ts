import { describe, expect, it } from 'vitest';
import { soundId } from './sound-id.js';

describe('soundId', () => {
  it('gives one form one id and different forms different ids', () => {
    expect(soundId('krikor')).toBe(soundId('krikor'));
    expect(soundId('krikor')).not.toBe(soundId('kefork'));
  });
});
