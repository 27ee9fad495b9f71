import { describe, expect, it } from 'vitest';
import { packParts } from '../../../modules/lib/packed-parts';
import { unpackEngineData } from '../../../utils/engine-data-file';
import { unpackParts } from '../../../utils/matching/packed-parts';

const utf8 = new TextDecoder();

describe('parts packed in one buffer', () => {
  it('gives back each part as written, texts as UTF-8, in order', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 91) % 256);
    const parts = unpackParts(packParts(['{"a":"Путін"}', bytes, '', 'last']));
    expect(parts.map((part) => part.length)).toEqual([18, 300, 0, 4]);
    expect(utf8.decode(parts[0])).toBe('{"a":"Путін"}');
    expect(parts[1]).toEqual(bytes);
    expect(utf8.decode(parts[3])).toBe('last');
  });

  it('gives back every byte value as written', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(unpackParts(packParts([bytes]))).toEqual([bytes]);
  });

  it('gives each part its own buffer, so that one kept keeps nothing of the others', () => {
    const parts = unpackParts(packParts([new Uint8Array(1000), 'small']));
    expect(parts.map((part) => part.buffer.byteLength)).toEqual([1000, 5]);
  });

  it('reads packed data that sits inside a larger buffer', () => {
    const packed = packParts(['one', 'two']);
    const larger = new Uint8Array(packed.length + 16);
    larger.set(packed, 8);
    const parts = unpackParts(larger.subarray(8, 8 + packed.length));
    expect(parts.map((part) => utf8.decode(part))).toEqual(['one', 'two']);
  });

  it.each([
    ['a length past the end', (packed: Uint8Array) => packed.slice(0, packed.length - 1)],
    ['bytes after the last part', (packed: Uint8Array) => Uint8Array.from([...packed, 0])],
    ['a count past the end', () => Uint8Array.from([9, 0, 0, 0])],
    ['no count', () => new Uint8Array(2)],
  ])('refuses packed data with %s', (_name, damage) => {
    const damaged = damage(packParts(['one', 'two']));
    expect(() => unpackParts(damaged)).toThrow(/Packed data is damaged/);
  });
});

describe("the engine's data file", () => {
  it('gives the slice parsed and the four tables as bytes', () => {
    const automaton = Uint8Array.from([1, 2, 3]);
    const patterns = new TextEncoder().encode('{"format":2}\n');
    const cueList = new TextEncoder().encode('{"stems":[]}');
    const cueAutomaton = Uint8Array.from([4, 5]);
    const { data, tables, cues } = unpackEngineData(
      packParts([
        JSON.stringify({ entities: [], figures: [] }),
        automaton,
        patterns,
        cueList,
        cueAutomaton,
      ]),
    );
    expect(data).toEqual({ entities: [], figures: [] });
    expect(tables.automaton).toEqual(automaton);
    expect(tables.patterns).toEqual(patterns);
    expect(cues.list).toEqual(cueList);
    expect(cues.automaton).toEqual(cueAutomaton);
  });

  it.each([
    ['three parts (a file from before the cue tables)', ['{}', 'a', 'b']],
    ['six parts', ['{}', 'a', 'b', 'c', 'd', 'e']],
  ])('refuses a file of %s', (_name, parts) => {
    expect(() => unpackEngineData(packParts(parts))).toThrow(/holds \d parts, not 5/);
  });

  it('refuses a slice that is not JSON', () => {
    expect(() => unpackEngineData(packParts(['{"entities":', 'a', 'b', 'c', 'd']))).toThrow(
      SyntaxError,
    );
  });
});
