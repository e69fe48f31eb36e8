import { describe, expect, it } from 'vitest';
import { skeleton, soundForm, tailSkeleton } from './sound-form.js';

const sound = (latin: string, surname = true): string => soundForm(latin, surname).form;

describe('soundForm', () => {
  it('folds the spellings of one surname to one form', () => {
    const forms = ['harutyunyan', 'arutyunyan', 'harutiunian', 'haroutiounian', 'arutjunjan', "harut'yunyan"].map((s) => sound(s));
    expect(new Set(forms)).toEqual(new Set(['arutiun']));
  });

  it('folds kh/x, ch/ç, sh/ş, gh/ğ/q and voiced/voiceless stops', () => {
    expect(sound('khachatryan')).toBe(sound('xaçatryan'));
    expect(sound('grigoryan')).toBe(sound('qriqoryan'));
    expect(sound('gevorgyan')).toBe(sound('kevorkian'));
    expect(sound('ghazaryan')).toBe(sound('kazaryan'));
  });

  it('keeps apart surnames that only share the ending', () => {
    expect(sound('grigoryan')).not.toBe(sound('gevorgyan'));
    expect(sound('hakobyan')).not.toBe(sound('harutyunyan'));
    expect(sound('shevchenko')).not.toBe(sound('savchenko'));
    expect(sound('karimov')).toBe(sound('kerimov'));
  });

  it('folds the surname ending and says which', () => {
    expect(soundForm('aliyeva', true)).toEqual({ form: 'ali', ending: 'ov' });
    expect(soundForm('mammadov', true).ending).toBe('ov');
    expect(soundForm('tsaturyants', true).ending).toBe('yan');
    expect(soundForm('petrovskaya', true)).toEqual(soundForm('petrovsky', true));
    expect(soundForm('aslan', true).ending).toBe('none');
  });

  it('leaves given names whole', () => {
    expect(sound('ivan', false)).toBe('ifan');
    expect(sound('yuri', false)).toBe(sound('iurii', false));
  });
});

describe('skeleton', () => {
  it('keeps the first letter and the next consonants', () => {
    expect(skeleton('arutiun', 4)).toBe('artn');
    expect(skeleton('krikor', 4)).toBe('krkr');
    expect(tailSkeleton('arutiun', 3)).toBe('rtn');
  });
});
