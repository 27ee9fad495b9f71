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

  it('gives views on the packed bytes, copying none', () => {
    const packed = packParts([new Uint8Array(1000), 'small']);
    const parts = unpackParts(packed);
    expect(parts.every((part) => part.buffer === packed.buffer)).toBe(true);
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
  const index = { entities: [{ id: 'lavrov', category: 'people' }], figures: [], quotes: [] };
  const whole = { entities: [], figures: [], quotes: [] };
  const automaton = Uint8Array.from([1, 2, 3]);
  const patterns = new TextEncoder().encode('{"format":2}\n');
  const cueList = new TextEncoder().encode('{"stems":[]}');
  const cueAutomaton = Uint8Array.from([4, 5]);
  const file = () =>
    packParts([
      JSON.stringify(index),
      automaton,
      patterns,
      cueList,
      cueAutomaton,
      JSON.stringify(whole),
    ]);

  it('gives the slice’s index parsed, the whole slice when asked, and the four tables as bytes', () => {
    const { slice, tables, cues } = unpackEngineData(file());
    expect(slice.index).toEqual(index);
    expect(slice.whole()).toEqual(whole);
    expect(tables.automaton).toEqual(automaton);
    expect(tables.patterns).toEqual(patterns);
    expect(cues.list).toEqual(cueList);
    expect(cues.automaton).toEqual(cueAutomaton);
  });

  it('copies out the automatons, which a page keeps, and nothing else', () => {
    const packed = file();
    const { tables, cues } = unpackEngineData(packed);
    expect(tables.automaton.buffer.byteLength).toBe(automaton.length);
    expect(cues.automaton.buffer.byteLength).toBe(cueAutomaton.length);
    expect(tables.patterns.buffer).toBe(packed.buffer);
    expect(cues.list.buffer).toBe(packed.buffer);
  });

  it('decodes the whole slice only when asked', () => {
    const parts = [JSON.stringify(index), 'a', 'b', 'c', 'd', '{"entities":'];
    const { slice } = unpackEngineData(packParts(parts));
    expect(slice.index).toEqual(index);
    expect(() => slice.whole()).toThrow(SyntaxError);
  });

  it.each([
    ['five parts (a file from before the slice’s index)', ['{}', 'a', 'b', 'c', 'd']],
    ['seven parts', ['{}', 'a', 'b', 'c', 'd', 'e', 'f']],
  ])('refuses a file of %s', (_name, parts) => {
    expect(() => unpackEngineData(packParts(parts))).toThrow(/holds \d parts, not 6/);
  });

  it('refuses an index that is not JSON', () => {
    expect(() => unpackEngineData(packParts(['{"entities":', 'a', 'b', 'c', 'd', '{}']))).toThrow(
      SyntaxError,
    );
  });
});
