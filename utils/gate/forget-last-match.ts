/**
 * JavaScript engines keep the subject of the last successful regular-expression match of a
 * global object (the legacy `RegExp.input` and `RegExp.lastMatch`), and the extension's scripts on
 * a page share one. After the probe's expressions ran over a page's text, that text stayed alive
 * for the page's life: 73 KB on `bbc-1`, which names nothing, and in proportion to the text on
 * every page. A match on the empty string puts an empty subject in its place.
 */
// Made with the constructor, not written as a literal: a bundler takes a method call on a
// regular-expression literal for one without effects, and would drop the call below
// (tests/e2e/build-output.e2e.ts checks the built scripts keep it).
// biome-ignore lint/complexity/useRegexLiterals: the literal's call would be dropped (above).
const EMPTY = new RegExp('');

/** Lets go of the subject of the last match; call after a match on page-sized text. */
export function forgetLastMatch(): void {
  EMPTY.test('');
}
