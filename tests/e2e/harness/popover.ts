import type { TestPage, WaitOptions } from '../../../tools/test-page';

/** The element Backstory adds to a page: the host of the popover's open shadow root. */
export const POPOVER_HOST_SELECTOR = 'backstory-popover';

export interface PopoverQuote {
  /** The quotation as shown, with its quotation marks. */
  text: string;
  /** The source line under it, e.g. "Source: Reuters … · February 2025". */
  source: string;
}

export interface PopoverBar {
  label: string;
  /** As written beside the bar, e.g. "78%". */
  value: string;
  /** Whether it is the bar of the figure the popover is for. */
  current: boolean;
}

/** What the open popover shows, read from its shadow root in the main world. */
export interface PopoverSnapshot {
  /** The dialog's accessible name: the text of the elements `aria-labelledby` names. */
  label: string;
  pinned: boolean;
  /** The card's kind line ("Person", "Poll result"). */
  eyebrow: string;
  /** The entity's role, or the figure's "Of: …" line. */
  role: string;
  quotes: PopoverQuote[];
  bars: PopoverBar[];
  /** The poll's note on who ran it; empty without a poll. */
  pollNote: string;
  /** Every source line in the card. */
  sources: string[];
  /** A quotation card's two wordings, "On this page" then "In the source"; else empty. */
  wordings: string[];
  /** A quotation card's marked differences, as read out ("left out: like this"). */
  differences: string[];
  /** Focus is in the dialog: the page's active element is the host, the shadow root's is inside. */
  focusInside: boolean;
  /** Viewport rect of the dialog. */
  rect: { x: number; y: number; width: number; height: number };
}

/** The popover now shown on the page, or null when there is none. */
export async function readPopover(page: TestPage): Promise<PopoverSnapshot | null> {
  // Texts come back raw and are tidied here: named functions inside the page function could be
  // wrapped by the bundler in a helper the page lacks.
  const raw = await page.evaluate((hostSelector: string) => {
    const host = document.querySelector(hostSelector);
    const root = host?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
    if (!host || !root || !dialog) return null;
    const active = root.activeElement;
    const rect = dialog.getBoundingClientRect();
    return {
      label: (dialog.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' '),
      pinned: dialog.classList.contains('popover-pinned'),
      eyebrow: dialog.querySelector('.eyebrow')?.textContent ?? '',
      role: dialog.querySelector('.role')?.textContent ?? '',
      quotes: [...dialog.querySelectorAll('.statement-verbatim')].map((item) => ({
        text: item.querySelector('blockquote')?.textContent ?? '',
        source: item.querySelector('.source')?.textContent ?? '',
      })),
      bars: [...dialog.querySelectorAll('.poll .bar')].map((bar) => ({
        label: bar.querySelector('.bar-label')?.textContent ?? '',
        value: bar.querySelector('.bar-value')?.textContent ?? '',
        current: bar.classList.contains('bar-current'),
      })),
      pollNote: dialog.querySelector('.poll .note')?.textContent ?? '',
      sources: [...dialog.querySelectorAll('.source')].map((line) => line.textContent ?? ''),
      wordings: [...dialog.querySelectorAll('.wording')].map((line) => line.textContent ?? ''),
      differences: [...dialog.querySelectorAll('.wording ins, .wording del, .wording mark')].map(
        (part) => part.textContent ?? '',
      ),
      focusInside: document.activeElement === host && active !== null && dialog.contains(active),
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    };
  }, POPOVER_HOST_SELECTOR);
  if (!raw) return null;
  return {
    ...raw,
    label: tidy(raw.label),
    eyebrow: tidy(raw.eyebrow),
    role: tidy(raw.role),
    quotes: raw.quotes.map((quote) => ({ text: tidy(quote.text), source: tidy(quote.source) })),
    bars: raw.bars.map((bar) => ({ ...bar, label: tidy(bar.label), value: tidy(bar.value) })),
    pollNote: tidy(raw.pollNote),
    sources: raw.sources.map(tidy),
    wordings: raw.wordings.map(tidy),
    differences: raw.differences.map(tidy),
  };
}

/** Text as a reader sees it: runs of whitespace as one space, none at the ends. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Polls until a popover is shown and `accept` (when given) agrees with it; returns it. The
 * default message says what was last seen, so a wrong card fails with its label.
 */
export async function waitForPopover(
  page: TestPage,
  accept: (popover: PopoverSnapshot) => boolean = () => true,
  options: WaitOptions = {},
): Promise<PopoverSnapshot> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  let last: PopoverSnapshot | null = null;
  for (;;) {
    last = await readPopover(page);
    if (last && accept(last)) return last;
    if (Date.now() >= deadline) {
      const seen = last ? `a popover labelled "${last.label}"` : 'no popover';
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${options.message ?? 'the popover'} (saw ${seen})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no popover dialog is on the page. */
export async function waitForPopoverClosed(page: TestPage, options: WaitOptions = {}) {
  await page.waitFor(
    (hostSelector: string) =>
      !document.querySelector(hostSelector)?.shadowRoot?.querySelector('[role="dialog"]'),
    { message: 'the popover to close', ...options },
    POPOVER_HOST_SELECTOR,
  );
}

export interface PopoverWatch {
  /** Animation frames observed. */
  frames: number;
  /** Milliseconds from the start of the watch to the first frame without the dialog, or null. */
  closedAfterMs: number | null;
}

/**
 * Watches the popover in the page for `durationMs`, frame by frame, and reports when it went
 * away. This measures a timed behaviour (how long a popover stays) on the page's own clock;
 * it is not a way to wait for something.
 */
export function watchPopoverFor(page: TestPage, durationMs: number): Promise<PopoverWatch> {
  return page.evaluate(
    async (hostSelector: string, duration: number) => {
      const start = performance.now();
      let frames = 0;
      while (performance.now() - start < duration) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames++;
        const open = document
          .querySelector(hostSelector)
          ?.shadowRoot?.querySelector('[role="dialog"]');
        if (!open) return { frames, closedAfterMs: performance.now() - start };
      }
      return { frames, closedAfterMs: null };
    },
    POPOVER_HOST_SELECTOR,
    durationMs,
  );
}
