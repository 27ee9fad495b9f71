/**
 * The extension's life on a page, as the engine and its popover see it: it ends when the
 * extension is updated, reloaded or removed under the open page (its runtime is gone), and what
 * is tied to it stops then. The engine's own (entrypoints/engine/engine-context.ts); the popover's
 * script ties WXT's shadow-root UI to it (entrypoints/popover/popover-context.ts).
 */
export interface ExtensionLifetime {
  /** Aborted when the life ends. */
  readonly signal: AbortSignal;
  /** Checks the extension's runtime now; false (and the life ended) once it is gone. */
  readonly isValid: boolean;
  /** Called once, when the life ends. */
  onInvalidated(callback: () => void): void;
  /** A timer that does not fire once the life has ended. */
  setTimeout(callback: () => void, ms: number): number;
}
