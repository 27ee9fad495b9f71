/**
 * Every script the build writes is ASCII only: each character beyond ASCII is written as a
 * `\uXXXX` escape. A browser keeps a script's source for the page's life, at one byte a character
 * when every character is Latin-1 and at two bytes otherwise: the engine's script (~230 KB when
 * this was written), which holds a few hundred Cyrillic letters and typographic quotes (in its
 * regular expressions and fold tables), took twice its length. Escaped, it takes its length and
 * means the same.
 *
 * esbuild's `charset: 'ascii'` escapes strings and templates but leaves regular expression
 * literals as they are, so the escaping is done here, on the finished chunks. An escape means the
 * same character in a string, a template, a regular expression (with or without the `u` flag:
 * a character beyond U+FFFF is written as its two surrogates, which `u` reads as one) and an
 * identifier; in a comment it changes nothing. The one place where it would not is a character
 * right after a backslash (`\ё` in a pattern), which is refused.
 */
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const NON_ASCII = /[^\0-\x7f]/g;

/** `code` with every code unit beyond ASCII written as a `\uXXXX` escape. */
export function escapeNonAscii(code: string): string {
  return code.replace(NON_ASCII, (unit, at: number) => {
    let backslashes = 0;
    while (code.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 1) {
      throw new Error(
        `a backslash before U+${hex(unit)} at ${at}: escaping it would change its meaning`,
      );
    }
    return `\\u${hex(unit)}`;
  });
}

function hex(unit: string): string {
  return unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** Escapes the JavaScript chunks once they are final (after the minifier). */
export function asciiOutputPlugin(): Plugin {
  return {
    name: 'backstory:ascii-output',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeNonAscii(file.code);
      }
    },
  };
}

export default defineWxtModule({
  name: 'ascii-output',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (_entrypoints, config) => {
      config.plugins = [...(config.plugins ?? []), asciiOutputPlugin()];
    });
  },
});
