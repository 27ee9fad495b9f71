/**
 * The highlights' stylesheet (./highlights.css) as the background inserts it into a page.
 *
 * Where the browser has highlight inheritance (Chromium), its rules are written on the root
 * element: a `::highlight()` style the cascade leaves unset on an element is inherited from its
 * parent's, every property alike, so a root rule reaches all text. Rules that every element
 * matches gave each element's computed style highlight data of its own — ~220 KB of Blink's heap
 * on `wapo-2`, of which the root rules save ~180 KB (`tests/bench/heap-diff.bench.ts`,
 * docs/cost.md). Firefox ESR 153 does not inherit custom highlights' styles (a root rule leaves
 * them unpainted: the painted check of tests/e2e/extension-removed.e2e.ts fails), so there the
 * rules stay on every element.
 */
export function highlightStylesheet(css: string, inheritsHighlightStyles: boolean): string {
  return inheritsHighlightStyles ? css.replace(/^::highlight\(/gm, ':root::highlight(') : css;
}
