/**
 * The highlights' stylesheet (./highlights.css) as the background inserts it into a page: the
 * `::highlight()` rules of the names the engine asked for, each written on the selectors asked
 * for it (./highlight-scope.ts: element types, ids, or types under an id), and no other rule. Its
 * arrival then restyles only the elements they reach (and, in Chromium, what those hold), and
 * each of them resolves only the names the page shows, rather than the whole page every name.
 *
 * In Chromium a `::highlight()` style the cascade leaves unset on an element is inherited from
 * its parent's, so a rule on an element type reaches all the text its elements hold; Firefox ESR
 * 153 does not inherit custom highlights' styles, so there the engine asks for selectors that
 * match the elements that hold the text itself. Rules that every element matches gave each element's
 * computed style highlight data of its own (~220 KB of Blink's heap on `wapo-2`,
 * `tests/bench/heap-diff.bench.ts`, docs/cost.md); on a few types, only their elements have it.
 */
import type { StyleRequest } from './highlight-scope';

/** A rule of the file: its pseudo-element with its name, and its block. */
const RULE = /^::highlight\(([^)]*)\)( \{[^}]*\}\n?)/gm;

export function highlightStylesheet(css: string, rules: readonly StyleRequest[]): string {
  const selectorsOf = new Map<string, string[]>();
  for (const { name, selectors } of rules) {
    selectorsOf.set(name, [...(selectorsOf.get(name) ?? []), ...selectors]);
  }
  return css.replace(RULE, (_rule, name: string, block: string) => {
    const selectors = selectorsOf.get(name);
    if (selectors === undefined) return '';
    const written = selectors.map((selector) =>
      selector === '*' ? `::highlight(${name})` : `${selector}::highlight(${name})`,
    );
    return `${written.join(', ')}${block}`;
  });
}
