/**
 * Runs a cleanup that touches `browser.*`. Once the extension is reloaded or removed, those
 * APIs throw "Extension context invalidated"; the listener is gone with the context anyway, and
 * the error must not reach the page.
 */
export function releaseQuietly(release: () => void): void {
  try {
    release();
  } catch {
    // Nothing left to release.
  }
}
