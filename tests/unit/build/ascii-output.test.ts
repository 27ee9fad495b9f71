/**
 * The build's scripts are ASCII only (modules/ascii-output.ts) and mean what they meant: strings,
 * templates, regular expressions with and without the `u` flag, identifiers, characters beyond
 * U+FFFF, in en, uk and ru text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { asciiOutputPlugin, escapeNonAscii } from '../../../modules/ascii-output';

/** A module body whose values depend on its non-ASCII characters in every kind of literal. */
const SOURCE = String.raw`
const ключ = 'Київ';
const quote = "«Путин» — it’s";
const template = ${'`'}${'${'}ключ}, Kyiv’s ёлка${'`'};
const lower = /[а-яіїєґё]+/g;
const marks = /['’‘ʼ]/;
const letters = /^[\p{L}’]+$/u;
const astral = /😀/u;
const astralString = '😀';
return {
  key: ключ,
  quote,
  template,
  words: 'Путін і Київ, Putin'.match(lower),
  marks: [marks.test('it’s'), marks.test('its')],
  letters: [letters.test('Зеленський’s'), letters.test('a b')],
  astral: [astral.test('x😀y'), astral.test('\uD83D'), astralString.length, astralString.codePointAt(0)],
  sources: [lower.source === /[а-яіїєґё]+/g.source, String(lower.flags)],
};
`;

const evaluate = (body: string): unknown => new Function(body)();
const isAscii = (code: string): boolean => /^[\0-\x7f]*$/.test(code);

describe('ASCII-only build output', () => {
  it('escapes every character beyond ASCII and keeps what the code means', () => {
    const escaped = escapeNonAscii(SOURCE);
    expect(isAscii(SOURCE)).toBe(false);
    expect(isAscii(escaped)).toBe(true);
    expect(escaped).toContain(String.raw`\u041A\u0438\u0457\u0432`);
    expect(evaluate(escaped)).toEqual(evaluate(SOURCE));
  });

  it('leaves ASCII text as it is', () => {
    const code = 'const a = "Putin"; /\\u0435/.test("x");';
    expect(escapeNonAscii(code)).toBe(code);
  });

  it('refuses a character right after a backslash, where an escape would change it', () => {
    expect(() => escapeNonAscii('const r = /\\ё/;')).toThrow(/backslash before U\+0451/);
    // An escaped backslash before it is a backslash of its own: the character can be escaped.
    expect(escapeNonAscii("const s = '\\\\ё';")).toBe("const s = '\\\\\\u0451';");
  });

  it('makes the chunks of a minified Vite build ASCII only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ascii-output-'));
    try {
      const entry = join(dir, 'entry.js');
      writeFileSync(entry, `export function run() {${SOURCE}}`);
      const built = (await build({
        configFile: false,
        logLevel: 'silent',
        plugins: [asciiOutputPlugin()],
        build: {
          write: false,
          minify: 'esbuild',
          lib: { entry, formats: ['es'], fileName: 'entry' },
        },
      })) as Rollup.RollupOutput[];
      const chunks = built
        .flatMap((output) => output.output)
        .filter((file) => file.type === 'chunk');
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) {
        expect(isAscii(chunk.code)).toBe(true);
        // The minified module's function, evaluated, gives what the source gives.
        const body = chunk.code.replace(/export\s*\{[^}]*\};?\s*$/, '');
        const name = /function (\w+)\(\)/.exec(body)?.[1];
        expect(evaluate(`${body}; return ${name}();`)).toEqual(evaluate(SOURCE));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
