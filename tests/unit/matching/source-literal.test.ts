import { describe, expect, it } from 'vitest';
import { sourceLiteralCode } from '../../../modules/lib/source-literal-code';
import { sourceBytes, sourceText } from '../../../utils/matching/source-literal';

/** A function written by the build for `data`, made here the way a script defines it. */
function written(data: Uint8Array | string): () => string {
  return new Function(`${sourceLiteralCode('holder', data)}\nreturn holder;`)() as () => string;
}

describe('data read from a function’s source text', () => {
  it.each([
    ['ASCII', 'plain text'],
    ['Cyrillic and quotes', 'Путін, «Крим» і "US"'],
    ['JSON', JSON.stringify({ a: [1, 'б'], c: '\\u2019' })],
    ['empty', ''],
  ])('gives back %s text as written', (_name, text) => {
    expect(sourceText(written(text))).toBe(text);
  });

  it('gives back bytes as written, every byte value', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(sourceBytes(written(bytes))).toEqual(bytes);
  });

  it('reads the source without calling the function', () => {
    // Calling this one throws; its literal is the first quoted text, as in what the build writes.
    const holder = new Function(
      'return "QUJD" + (Math.random() < 2 ? undefined.x : "");',
    ) as () => string;
    expect(() => holder()).toThrow(TypeError);
    expect(sourceText(holder)).toBe('ABC');
  });

  it('calls the function where its source is hidden (a bound function shows none)', () => {
    const hidden = written('hidden').bind(null);
    expect(Function.prototype.toString.call(hidden)).not.toContain('"');
    expect(sourceText(hidden)).toBe('hidden');
  });

  it('reads whichever quote a minifier put around the literal', () => {
    for (const quote of ["'", '`']) {
      const holder = new Function(`return ${quote}QUJD${quote};`) as () => string;
      expect(sourceText(holder)).toBe('ABC');
    }
  });
});
