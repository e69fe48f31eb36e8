import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonArraySplitter, JsonLinesSplitter } from './json-items.js';
import type { JsonItem } from './json-items.js';

function feed(splitter: JsonArraySplitter | JsonLinesSplitter, text: string, chunk: number): JsonItem[] {
  const items: JsonItem[] = [];
  for (let at = 0; at < text.length; at += chunk) items.push(...splitter.push(text.slice(at, at + chunk)));
  items.push(...splitter.end());
  return items;
}

const value = fc.jsonValue({ maxDepth: 3 });

describe('JsonArraySplitter', () => {
  it('gives back every element of any array, however the text is chunked', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 15 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), (elements, chunk, pretty) => {
        const text = JSON.stringify(elements, null, pretty ? 2 : undefined);
        const items = feed(new JsonArraySplitter(), text, chunk);
        expect(items.map((item) => ('text' in item ? JSON.parse(item.text) : item))).toEqual(JSON.parse(JSON.stringify(elements)));
        expect(items.map((item) => item.number)).toEqual(elements.map((_, i) => i + 1));
      }),
    );
  });

  it('returns an element left open at the end as broken, and reports text after the array', () => {
    expect(feed(new JsonArraySplitter(), '[{"a":1},{"b":', 4)).toEqual([
      { text: '{"a":1}', number: 1 },
      { broken: '{"b":', number: 2, reason: expect.stringContaining('ends inside') },
    ]);
    expect(feed(new JsonArraySplitter(), '[1] [2]', 3)).toEqual([{ text: '1', number: 1 }, { broken: '[2]', number: 2, reason: expect.stringContaining('after the end') }]);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', 'a', ' '), maxLength: 100 }), fc.integer({ min: 1, max: 10 }), (text, chunk) => {
        for (const item of feed(new JsonArraySplitter(), `[${text}`, chunk)) expect(item.number).toBeGreaterThan(0);
      }),
    );
  });
});

describe('JsonLinesSplitter', () => {
  it('numbers lines from 1, with or without a final line break', () => {
    expect(feed(new JsonLinesSplitter(), '{"a":1}\n\n{"b":2}', 3)).toEqual([
      { text: '{"a":1}', number: 1 },
      { text: '', number: 2 },
      { text: '{"b":2}', number: 3 },
    ]);
  });
});
