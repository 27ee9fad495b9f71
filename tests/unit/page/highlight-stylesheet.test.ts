import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StyleRequest } from '@/utils/page/highlight-scope';
import { highlightStylesheet } from '@/utils/page/highlight-stylesheet';

const css = readFileSync(resolve(__dirname, '../../../utils/page/highlights.css'), 'utf8');

/** The selector of each rule: the text before its `{`. */
const selectorLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.includes('::highlight(') && line.endsWith(' {'))
    .map((line) => line.slice(0, -2));

/** The names the file styles. */
const names = [...css.matchAll(/^::highlight\(([^)]*)\)/gm)].map((match) => match[1] ?? '');

describe("the highlights' stylesheet as inserted", () => {
  it('writes every rule asked for on its selectors, in the order of the file', () => {
    expect(names.length).toBeGreaterThan(5);
    const rules = names.map((name) => ({ name, selectors: ['p', 'h3'] }));
    expect(selectorLines(highlightStylesheet(css, rules))).toEqual(
      names.map((name) => `p::highlight(${name}), h3::highlight(${name})`),
    );
  });

  it('writes no rule of a name not asked for, and keeps each block whole', () => {
    const sheet = highlightStylesheet(css, [
      { name: 'backstory-people-underline', selectors: ['p'] },
      { name: 'backstory-focus', selectors: ['p', 'li'] },
    ]);
    expect(selectorLines(sheet)).toEqual([
      'p::highlight(backstory-people-underline)',
      'p::highlight(backstory-focus), li::highlight(backstory-focus)',
    ]);
    expect(sheet).toContain('background-color: rgb(250 204 21 / 0.45);');
    expect(sheet).not.toContain('rgb(168 85 247');
    expect(sheet.match(/\{/g)).toHaveLength(2);
  });

  it.each<[string, StyleRequest[], string, string]>([
    [
      'a rule on one type',
      [{ name: 'a', selectors: ['li'] }],
      '::highlight(a) {\n  color: red;\n}\n',
      'li::highlight(a) {\n  color: red;\n}\n',
    ],
    [
      'two rules, one asked for',
      [{ name: 'b', selectors: ['p', 'td'] }],
      '::highlight(a) {}\n::highlight(b) {}\n',
      'p::highlight(b), td::highlight(b) {}\n',
    ],
    [
      'one name asked for twice',
      [
        { name: 'a', selectors: ['p'] },
        { name: 'a', selectors: ['h2'] },
      ],
      '::highlight(a) {}\n',
      'p::highlight(a), h2::highlight(a) {}\n',
    ],
    [
      'every element, where a type has no plain name',
      [{ name: 'a', selectors: ['*'] }],
      '::highlight(a) {}\n',
      '::highlight(a) {}\n',
    ],
    [
      'ids, beside a type',
      [{ name: 'a', selectors: ['#story', 'h2', '#live_2 p'] }],
      '::highlight(a) {}\n',
      '#story::highlight(a), h2::highlight(a), #live_2 p::highlight(a) {}\n',
    ],
    [
      'a custom element',
      [{ name: 'a', selectors: ['news-story'] }],
      '::highlight(a) {}\n',
      'news-story::highlight(a) {}\n',
    ],
    [
      'a comment that names the pseudo-element',
      [{ name: 'a', selectors: ['p'] }],
      '/* ::highlight(a) */\n',
      '/* ::highlight(a) */\n',
    ],
  ])('%s', (_name, rules, input, expected) => {
    expect(highlightStylesheet(input, rules)).toBe(expected);
  });
});
