/**
 * A warning about a script of the extension's own package that failed to load, kept quiet when
 * the page was being left meanwhile. Closing a tab or leaving a page cancels the load, and in
 * Firefox the `console.warn` of that error then ran in the tab's teardown task (~70 ms on
 * `yahoo-2`, which the next page of the same site waits for): a warning nobody can read.
 */
export interface LoadWarning {
  /** Warns unless the page was hidden to be left since this was made (and before `settled`). */
  warn(message: string, error: unknown): void;
  /**
   * The loads it watches have settled, warned about or not: stops watching. A listener left on
   * the page would keep the scope of the script that made it alive for the page's life — for
   * the first pass, its whole script once its reading is done.
   */
  settled(): void;
}

/**
 * Watches for the page being left from now on: one `pagehide` listener (which keeps the
 * back/forward cache), kept until `settled` so that every warning of the same loads sees it.
 */
export function warnUnlessLeft(view: Window = window): LoadWarning {
  let left = false;
  const watching = new AbortController();
  view.addEventListener(
    'pagehide',
    () => {
      left = true;
    },
    { once: true, signal: watching.signal },
  );
  return {
    warn(message, error) {
      if (!left) console.warn(message, error);
    },
    settled: () => watching.abort(),
  };
}
