/**
 * The first pass's mark in the extension's isolated world of a page. The first pass listens to
 * nobody (so that a page without a key never touches the extension API), so the popup cannot
 * tell a page the first pass read and found nothing on from a page it never ran on — in Chrome,
 * a tab opened before Backstory was installed, which needs a reload. The popup looks for this
 * mark with `scripting.executeScript`, which runs in that same isolated world; the page itself
 * cannot see it.
 */
export const FIRST_PASS_MARK = 'backstory.first-pass';

/** Leaves the mark in this world (the first pass, at its start). */
export function markFirstPass(): void {
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(FIRST_PASS_MARK)] = true;
}

/**
 * Whether this world holds the mark. Run in the tab by `executeScript`, which sends only the
 * function's source: it may use nothing from around it, hence the key as an argument.
 */
export function hasFirstPassMark(mark: string): boolean {
  return (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(mark)] === true;
}
