import type { CDPSession } from 'puppeteer-core';
import type { BrowserName } from '../../../tools/paths';
import type { TestPage } from '../../../tools/test-page';

/** Taps at viewport coordinates (CSS pixels) with a finger, not a mouse. */
export type Tap = (x: number, y: number) => Promise<void>;

/**
 * A touchscreen for `page`.
 *
 * - Chromium: touch emulation over CDP (`Emulation.setTouchEmulationEnabled`), then a touch
 *   start and end through `Input.dispatchTouchEvent`, which the browser turns into pointer
 *   events of type "touch", touch events, and the tap's click, as on a phone.
 * - Firefox: puppeteer's `page.touchscreen` over WebDriver BiDi (`input.performActions` with a
 *   pointer of type "touch"). What Firefox makes of it is checked by the tests, not assumed.
 */
export async function touchscreenFor(page: TestPage, browserName: BrowserName): Promise<Tap> {
  if (browserName === 'firefox') {
    return (x, y) => page.puppeteer.touchscreen.tap(x, y);
  }
  const cdp: CDPSession = await page.puppeteer.createCDPSession();
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  return async (x, y) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
}

/** Event types a tap produces that a page may listen to. */
export const TAP_EVENT_TYPES = [
  'touchstart',
  'touchend',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
] as const;

/**
 * Records, from now on, every tap event that reaches the page's document (bubbling, as a page's
 * own handler would get it) as `type:pointerType` (`click:touch`, `touchstart:`), and whether
 * a listener before the page's cancelled it.
 */
export function recordPageTapEvents(page: TestPage): Promise<void> {
  return page.evaluate((types: readonly string[]) => {
    const log: string[] = [];
    (window as unknown as { tapEvents: string[] }).tapEvents = log;
    for (const type of types) {
      document.addEventListener(type, (event) => {
        const pointerType = (event as PointerEvent).pointerType ?? '';
        log.push(`${type}:${pointerType}${event.defaultPrevented ? ':prevented' : ''}`);
      });
    }
  }, TAP_EVENT_TYPES);
}

/** The recorded events since the last call, and starts a fresh record. */
export function takePageTapEvents(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const log = (window as unknown as { tapEvents: string[] }).tapEvents;
    return log.splice(0);
  });
}
