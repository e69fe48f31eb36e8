import { describe, expect, it } from 'vitest';
import { internedSoundForm, soundId } from './sound-id.js';

describe('soundId', () => {
  it('gives one form one id and different forms different ids', () => {
    expect(soundId('krikor')).toBe(soundId('krikor'));
    expect(soundId('krikor')).not.toBe(soundId('kefork'));
  });
});

describe('internedSoundForm', () => {
  it('returns an equal string, the same for every copy of a form', () => {
    const copy = ['kri', 'kor'].join('');
    expect(internedSoundForm(copy)).toBe('krikor');
    expect(soundId(internedSoundForm(copy))).toBe(soundId('krikor'));
  });
});
