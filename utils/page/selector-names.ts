/**
 * The names the highlights' stylesheet writes into its selectors as they are, with nothing to
 * escape: what utils/page/highlight-scope.ts chooses from, and all the background accepts
 * (utils/messages.ts), so that a page's own names can add no rule of their own.
 */

/** An element type's plain name. */
export const TYPE_NAME = '[a-zA-Z][a-zA-Z0-9-]*';

/** A plain id: a letter or `_`, then letters, digits, `_` and `-`, at most 64 in all. */
export const ID_NAME = '[a-zA-Z_][a-zA-Z0-9_-]{0,63}';
