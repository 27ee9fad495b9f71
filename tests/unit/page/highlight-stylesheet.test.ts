import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightStylesheet } from '@/utils/page/highlight-stylesheet';

const css = readFileSync(resolve(__dirname, '../../../utils/page/highlights.css'), 'utf8');
const selectors = (text: string) => text.match(/^\S*::highlight\([^)]*\)/gm) ?? [];

describe("the highlights' stylesheet as inserted", () => {
  it('puts every rule on the root where highlight styles are inherited', () => {
    const rules = selectors(css);
    expect(rules.length).toBeGreaterThan(0);
    expect(selectors(highlightStylesheet(css, true))).toEqual(rules.map((rule) => `:root${rule}`));
  });

  it('keeps every rule on every element where they are not (Firefox)', () => {
    expect(highlightStylesheet(css, false)).toBe(css);
  });

  it.each([
    ['a rule', '::highlight(a) {\n  color: red;\n}\n', ':root::highlight(a) {\n  color: red;\n}\n'],
    [
      'two rules',
      '::highlight(a) {}\n::highlight(b) {}\n',
      ':root::highlight(a) {}\n:root::highlight(b) {}\n',
    ],
    ['a comment that names the pseudo-element', '/* ::highlight(a) */\n', '/* ::highlight(a) */\n'],
  ])('%s', (_name, input, expected) => {
    expect(highlightStylesheet(input, true)).toBe(expected);
  });
});
