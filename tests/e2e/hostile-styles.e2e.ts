/**
 * Pages whose styles or policies break extensions, in Chromium and Firefox: a strict CSP sent as a
 * real header, and CSS that unsets everything under max z-index overlays. The popover must look
 * as it does on a plain page (tests/e2e/fixtures/hostile/).
 */
import { describe, expect, it } from 'vitest';
import {
  type BrowserName,
  centreOf,
  defaultMounts,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
  watchPage,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const strictCspPath = '/fixtures/hostile/strict-csp.html';

describe.each(browserNames)('hostile styles in %s', (browserName) => {
  const session = useExtensionSession(browserName, defaultMounts(), {
    headersFor: (pathname) =>
      pathname === strictCspPath ? { 'content-security-policy': "default-src 'none'" } : undefined,
  });

  /** The popover's computed style on a plain page: what a hostile page must not change. */
  let reference: PopoverLook | undefined;
  const referenceLook = async () => {
    if (reference) return reference;
    const { browser, server } = session();
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/fixtures/mentions.html'));
      reference = await hoverAndLook(page, 'Lavrov');
      return reference;
    } finally {
      await page.close();
    }
  };

  /**
   * Hovers `name` on the page at `path` and returns the popover's look, after checking that the
   * page was not changed (the popover host aside) and that no extension error reached it.
   */
  const lookOnHostilePage = async (path: string, name: string): Promise<PopoverLook> => {
    const { browser, server } = session();
    const page = await browser.newPage();
    const watch = await watchPage(page, browser.extensionOrigin);
    try {
      await page.goto(server.url(path));
      const look = await hoverAndLook(page, name);
      console.log(`[hostile] ${browserName} ${path} popover: ${JSON.stringify(look)}`);
      expect(await watch.mutations()).toEqual([]);
      expect(watch.extensionErrors()).toEqual([]);
      return look;
    } finally {
      watch.stop();
      await page.close();
    }
  };

  it("highlights and shows a styled popover under `default-src 'none'` (a real header)", async () => {
    // The header is really there: the page may not even run an inline script of its own.
    const response = await fetch(session().server.url(strictCspPath));
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    const look = await lookOnHostilePage(strictCspPath, 'Rubio');
    expect(look.styleRules).not.toBe(0);
    expect(pick(look)).toEqual(pick(await referenceLook()));
  });

  it('keeps its highlights and popover styles against `* { all: unset !important }` and max z-index overlays', async () => {
    const look = await lookOnHostilePage('/fixtures/hostile/aggressive-css.html', 'Lavrov');
    expect(pick(look)).toEqual(pick(await referenceLook()));
    expect(look.hostDisplay).toBe('block');
    // Above the page's own max-z-index layers, the pointer-catching one included.
    expect(look.inTopLayer).toBe(true);
    expect(look.onTop).toBe(true);
  });
});

interface PopoverLook {
  fontFamily: string;
  backgroundColor: string;
  position: string;
  borderRadius: string;
  hostDisplay: string;
  inTopLayer: boolean;
  onTop: boolean;
  /** CSS rules that reached the shadow root (0 if a CSP blocked its <style>; -1: unreadable). */
  styleRules: number;
  width: number;
}

/** What must look the same on every page. */
function pick(look: PopoverLook) {
  return {
    fontFamily: look.fontFamily,
    backgroundColor: look.backgroundColor,
    position: look.position,
    borderRadius: look.borderRadius,
  };
}

async function hoverAndLook(page: TestPage, name: string): Promise<PopoverLook> {
  const highlights = await waitForBackstoryHighlights(page);
  const range = highlights.flatMap((h) => h.ranges).find((r) => r.text.includes(name));
  const point = range && centreOf(range);
  if (!point) throw new Error(`No highlighted range with "${name}" to hover`);
  await page.hover(point.x, point.y);
  await page.hover(point.x + 1, point.y);
  const look = await page.waitFor(
    () => {
      const host = document.querySelector('backstory-popover');
      const shadow = host?.shadowRoot;
      const dialog = shadow?.querySelector<HTMLElement>('[role="dialog"]');
      if (!host || !shadow || !dialog) return null;
      if (dialog.getAnimations().some((a) => a.playState !== 'finished')) return null;
      const style = getComputedStyle(dialog);
      const box = dialog.getBoundingClientRect();
      if (box.width === 0 || style.visibility !== 'visible') return null;
      const inset = 6;
      const samples = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
        [box.left + inset, box.top + inset],
      ] as const;
      const visible = samples.filter(([x, y]) => y < innerHeight && x < innerWidth);
      return {
        fontFamily: style.fontFamily,
        backgroundColor: style.backgroundColor,
        position: style.position,
        borderRadius: style.borderRadius,
        hostDisplay: getComputedStyle(host).display,
        inTopLayer: dialog.matches(':popover-open'),
        onTop:
          visible.length > 0 && visible.every(([x, y]) => document.elementFromPoint(x, y) === host),
        styleRules: [...shadow.querySelectorAll('style')].reduce((sum, element) => {
          // Firefox does not let the page read a sheet the content script created: -1.
          try {
            return sum + (element.sheet?.cssRules.length ?? 0);
          } catch {
            return -1;
          }
        }, 0),
        width: Math.round(box.width),
      };
    },
    { message: `the popover for "${name}" to show` },
  );
  if (!look) throw new Error('unreachable: waitFor returns a truthy value');
  return look;
}
