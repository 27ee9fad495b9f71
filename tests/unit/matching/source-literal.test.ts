import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packParts, sourceLiteralCode } from '../../../modules/lib/source-literal-code';
import { sourceBytes, sourceParts } from '../../../utils/matching/source-literal';

/** A function written by the build for `data`, made here the way a script defines it. */
function written(data: Uint8Array | string): () => string {
  return new Function(`${sourceLiteralCode('holder', data)}\nreturn holder;`)() as () => string;
}

/** The UTF-8 text `holder`'s literal stands for. */
async function sourceText(holder: () => string): Promise<string> {
  return new TextDecoder().decode(await sourceBytes(holder));
}

/** "ABC" as the build writes it: raw DEFLATE, then base64. */
const ABC = deflateRawSync('ABC').toString('base64');

describe('data read from a function’s source text', () => {
  it.each([
    ['ASCII', 'plain text'],
    ['Cyrillic and quotes', 'Путін, «Крим» і "US"'],
    ['JSON', JSON.stringify({ a: [1, 'б'], c: '\\u2019' })],
    ['empty', ''],
  ])('gives back %s text as written', async (_name, text) => {
    expect(await sourceText(written(text))).toBe(text);
  });

  it('gives back bytes as written, every byte value', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(await sourceBytes(written(bytes))).toEqual(bytes);
  });

  it('reads the source without calling the function', async () => {
    // Calling this one throws; its literal is the first quoted text, as in what the build writes.
    const holder = new Function(
      `return "${ABC}" + (Math.random() < 2 ? undefined.x : "");`,
    ) as () => string;
    expect(() => holder()).toThrow(TypeError);
    expect(await sourceText(holder)).toBe('ABC');
  });

  it('calls the function where its source is hidden (a bound function shows none)', async () => {
    const hidden = written('hidden').bind(null);
    expect(Function.prototype.toString.call(hidden)).not.toContain('"');
    expect(await sourceText(hidden)).toBe('hidden');
  });

  it('reads whichever quote a minifier put around the literal', async () => {
    for (const quote of ["'", '`']) {
      const holder = new Function(`return ${quote}${ABC}${quote};`) as () => string;
      expect(await sourceText(holder)).toBe('ABC');
    }
  });

  it('writes repetitive data compressed: JSON of 20 KB in a literal of under a tenth of that', async () => {
    const json = JSON.stringify(
      Array.from({ length: 800 }, (_, i) => ({ stem: `путін${i % 7}`, lang: 'uk' })),
    );
    const literal = sourceLiteralCode('holder', json).match(/"([^"]*)"/)?.[1] ?? '';
    expect(json.length).toBeGreaterThan(20_000);
    expect(literal.length).toBeLessThan(json.length / 10);
    expect(await sourceText(written(json))).toBe(json);
  });

  it('rejects a literal that is not a whole compressed stream, rather than giving part of it', async () => {
    const whole = deflateRawSync('a text long enough to be cut short').toString('base64');
    const cut = new Function(`return "${whole.slice(0, 12)}";`) as () => string;
    await expect(sourceText(cut)).rejects.toThrow();
  });
});

describe('parts packed in one literal', () => {
  const utf8 = new TextDecoder();

  it('gives back each part as written, texts as UTF-8, in order', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 91) % 256);
    const parts = await sourceParts(written(packParts(['{"a":"Путін"}', bytes, '', 'last'])));
    expect(parts.map((part) => part.length)).toEqual([18, 300, 0, 4]);
    expect(utf8.decode(parts[0])).toBe('{"a":"Путін"}');
    expect(parts[1]).toEqual(bytes);
    expect(utf8.decode(parts[3])).toBe('last');
  });

  it('gives each part its own buffer, so that one kept keeps nothing of the others', async () => {
    const parts = await sourceParts(written(packParts([new Uint8Array(1000), 'small'])));
    expect(parts.map((part) => part.buffer.byteLength)).toEqual([1000, 5]);
  });

  it.each([
    ['a length past the end', (packed: Uint8Array) => packed.slice(0, packed.length - 1)],
    ['bytes after the last part', (packed: Uint8Array) => Uint8Array.from([...packed, 0])],
    ['a count past the end', () => Uint8Array.from([9, 0, 0, 0])],
    ['no count', () => new Uint8Array(2)],
  ])('refuses packed data with %s', async (_name, damage) => {
    const damaged = damage(packParts(['one', 'two']));
    await expect(sourceParts(written(damaged))).rejects.toThrow(/Packed data is damaged/);
  });
});
