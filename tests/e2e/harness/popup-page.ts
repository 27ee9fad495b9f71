import type { ElementHandle } from 'puppeteer-core';
import type { TestBrowser } from '../../../tools/launch';
import type { TestPage, WaitOptions } from '../../../tools/test-page';

/**
 * The extension API as an extension page sees it. Firefox offers `browser`; Chromium only
 * `chrome`, whose methods return promises in MV3 as well. Only what these helpers call.
 */
export interface ExtensionApi {
  tabs: {
    query(query: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      remove(key: string): Promise<void>;
    };
  };
}

/** Marks the document about to be replaced, so a wait can tell the reloaded one from it. */
interface StaleMark {
  __backstoryStale?: boolean;
}

/**
 * Opens the popup page in a tab of its own, then makes it read `page` as its active tab, as
 * the toolbar popup would. A popup opened as a tab is itself the active tab when it starts, so
 * `page` is brought to the front and the popup reloaded: on its second start the active tab
 * of its window is `page`. Reloading an inactive tab does not activate it (checked in both
 * browsers). Resolves once the popup's digest has its answer from the page: about 2 s in
 * Firefox, whose throttled background timers delay the popup's effects.
 */
export async function openPopupFor(browser: TestBrowser, page: TestPage): Promise<TestPage> {
  const popup = await browser.openPopup();
  await page.puppeteer.bringToFront();
  // The reload may take the evaluation's context with it before it answers: that is expected.
  // (Deferring it with a timer would cost a second in Firefox, which throttles timers in
  // background tabs to one per second; the popup is a background tab from here on.)
  await popup
    .evaluate(() => {
      (window as StaleMark).__backstoryStale = true;
      location.reload();
    })
    .catch(() => {});
  await popup.waitFor(
    () =>
      !(window as StaleMark).__backstoryStale &&
      document.readyState === 'complete' &&
      document.querySelector('.digest')?.getAttribute('aria-busy') === 'false',
    { message: 'the reloaded popup to read the page it was opened for' },
  );
  return popup;
}

/**
 * The id of the active tab in the extension page's window: what the popup and the keyboard
 * command's handler take for "the page". Bring a page to the front first to learn its id (its
 * url is hidden from the extension, which has no "tabs" permission).
 */
export async function activeTabId(extensionPage: TestPage): Promise<number> {
  const id = await extensionPage.evaluate(async () => {
    const api = ((globalThis as { browser?: ExtensionApi }).browser ??
      (globalThis as { chrome?: ExtensionApi }).chrome) as ExtensionApi;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('No active tab in the extension page’s window');
  return id;
}

/** Sends a message to the top frame of a tab's content script, as the extension does. */
export function sendToTab(extensionPage: TestPage, tabId: number, message: unknown) {
  return extensionPage.evaluate(
    (id: number, body: unknown) => {
      const api = ((globalThis as { browser?: ExtensionApi }).browser ??
        (globalThis as { chrome?: ExtensionApi }).chrome) as ExtensionApi;
      return api.tabs.sendMessage(id, body, { frameId: 0 });
    },
    tabId,
    message,
  );
}

/** The toolbar badge text the extension set for a tab. */
export function readBadgeText(extensionPage: TestPage, tabId: number): Promise<string> {
  return extensionPage.evaluate((id: number) => {
    const api = ((globalThis as { browser?: ExtensionApi }).browser ??
      (globalThis as { chrome?: ExtensionApi }).chrome) as ExtensionApi;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The toolbar button's tooltip the extension set for a tab. */
export function readBadgeTitle(extensionPage: TestPage, tabId: number): Promise<string> {
  return extensionPage.evaluate((id: number) => {
    const api = ((globalThis as { browser?: ExtensionApi }).browser ??
      (globalThis as { chrome?: ExtensionApi }).chrome) as ExtensionApi;
    return api.action.getTitle({ tabId: id });
  }, tabId);
}

/** The raw stored settings (`storage.sync` key `settings`), or undefined when none are stored. */
export function readStoredSettings(extensionPage: TestPage): Promise<unknown> {
  return extensionPage.evaluate(async () => {
    const api = ((globalThis as { browser?: ExtensionApi }).browser ??
      (globalThis as { chrome?: ExtensionApi }).chrome) as ExtensionApi;
    return (await api.storage.sync.get('settings')).settings;
  });
}

/** Removes the stored settings: every context falls back to the defaults. */
export function clearStoredSettings(extensionPage: TestPage): Promise<void> {
  return extensionPage.evaluate(async () => {
    const api = ((globalThis as { browser?: ExtensionApi }).browser ??
      (globalThis as { chrome?: ExtensionApi }).chrome) as ExtensionApi;
    await api.storage.sync.remove('settings');
  });
}

/**
 * The popup's form control whose label reads `label` (whitespace collapsed), e.g. "Enabled",
 * "On 127.0.0.1" or "Figures". Found by its label, as a reader finds it.
 */
export async function popupControl(
  popup: TestPage,
  label: string,
  options: WaitOptions = {},
): Promise<ElementHandle<HTMLInputElement>> {
  await popup.waitFor(
    (wanted: string) =>
      [...document.querySelectorAll('input')].some((input) =>
        [...(input.labels ?? [])].some(
          (l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted,
        ),
      ),
    { message: `a popup control labelled "${label}"`, ...options },
    label,
  );
  const handle = await popup.puppeteer.evaluateHandle((wanted: string) => {
    return (
      [...document.querySelectorAll('input')].find((input) =>
        [...(input.labels ?? [])].some(
          (l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted,
        ),
      ) ?? null
    );
  }, label);
  const element = handle.asElement();
  if (!element) throw new Error(`No popup control labelled "${label}"`);
  return element as ElementHandle<HTMLInputElement>;
}

/** Whether a popup control is checked, read from the page. */
export function isChecked(control: ElementHandle<HTMLInputElement>): Promise<boolean> {
  return control.evaluate((input) => input.checked);
}

export interface PopupDigestItem {
  label: string;
  count: number;
}

/** The popup's "On this page" section as a reader sees it. */
export interface PopupDigest {
  /** The total in the heading ("57 mentions" → 57), or null when none is shown. */
  total: number | null;
  /** Items under each group heading ("People", "Institutions", "Figures"), in the shown order. */
  groups: Record<string, PopupDigestItem[]>;
  /** The message shown instead of items ("Backstory is off on this page."), or ''. */
  message: string;
}

export async function readDigest(popup: TestPage): Promise<PopupDigest> {
  const raw = await popup.evaluate(() => {
    const section = document.querySelector('.digest');
    return {
      total: section?.querySelector('.digest-total')?.textContent ?? '',
      groups: [...(section?.querySelectorAll('.digest-group') ?? [])].map((group) => ({
        heading: group.querySelector('h3')?.textContent ?? '',
        items: [...group.querySelectorAll('.digest-item')].map((item) => ({
          label: item.querySelector('.digest-label')?.textContent ?? '',
          count: item.querySelector('.digest-count')?.textContent ?? '',
        })),
      })),
      message: section?.querySelector('.empty')?.textContent ?? '',
    };
  });
  const leadingNumber = (text: string) => {
    const match = /\d+/.exec(text);
    return match ? Number(match[0]) : null;
  };
  return {
    total: leadingNumber(raw.total),
    groups: Object.fromEntries(
      raw.groups.map((group) => [
        group.heading.trim(),
        group.items.map((item) => ({
          label: item.label.replace(/\s+/g, ' ').trim(),
          count: leadingNumber(item.count) ?? Number.NaN,
        })),
      ]),
    ),
    message: raw.message.replace(/\s+/g, ' ').trim(),
  };
}

/** The digest entry (a button) whose label reads `label`, as a reader would choose it. */
export async function digestButton(popup: TestPage, label: string) {
  const handle = await popup.puppeteer.evaluateHandle(
    (wanted: string) =>
      [...document.querySelectorAll<HTMLButtonElement>('.digest-item')].find(
        (button) =>
          (button.querySelector('.digest-label')?.textContent ?? '').replace(/\s+/g, ' ').trim() ===
          wanted,
      ) ?? null,
    label,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No digest entry labelled "${label}"`);
  return element as ElementHandle<HTMLButtonElement>;
}

/**
 * Clicks an element with the mouse at its centre. Unlike puppeteer's `ElementHandle.click`,
 * this works in a background tab: Chromium's version waits for a rendered frame, and a tab
 * behind another one renders none.
 */
export async function clickInBackground(page: TestPage, element: ElementHandle<Element>) {
  const box = await element.boundingBox();
  if (!box) throw new Error('The element to click has no box (not rendered)');
  await page.click(box.x + box.width / 2, box.y + box.height / 2);
}
