/**
 * The messages between the popup, the background and the content script, declared once.
 *
 *   content → background  `mentions-changed`  the page's mention count, for the toolbar badge
 *   popup → content       `get-page-state`    answered with a `PageState` (or nothing: no content script)
 *   popup → content       `focus-mention`     scroll to the next mention of an id, open its popover
 *   background → content  `step-mention`      keyboard command: next or previous mention
 *   content → background  `highlight-styles`  insert the highlights' stylesheet in this frame
 *
 * Only the top frame's content script answers: `tabs.sendMessage` goes to frame 0 here.
 */
import { browser } from 'wxt/browser';
import { isOneOf, isRecord } from './guards';
import type { MentionKind } from './matching/types';
import type { StyleRequest } from './page/highlight-scope';
import { ID_NAME, TYPE_NAME } from './page/selector-names';
import { CATEGORIES, type Category } from './vocabulary';

export interface MentionsChangedMessage {
  type: 'mentions-changed';
  /** Mentions currently highlighted on the page (0 when Backstory is off there). */
  total: number;
}

export interface GetPageStateMessage {
  type: 'get-page-state';
}

export interface FocusMentionMessage {
  type: 'focus-mention';
  /** Entity or figure id, as in `DigestItem.id`. */
  id: string;
}

export interface StepMentionMessage {
  type: 'step-mention';
  direction: 1 | -1;
}

/** Answered once the stylesheet is in the sender's frame (utils/highlight-styles.ts). */
export interface HighlightStylesMessage {
  type: 'highlight-styles';
  /** The names whose rules to write, each on its selectors (utils/page/highlight-scope.ts). */
  rules: StyleRequest[];
}

export type BackstoryMessage =
  | MentionsChangedMessage
  | GetPageStateMessage
  | FocusMentionMessage
  | StepMentionMessage
  | HighlightStylesMessage;

/**
 * One entity or figure found on the page, for the popup's digest. It carries no label: the
 * popup names it in its own language from the dataset, which the content script does not carry.
 */
export interface DigestItem {
  id: string;
  kind: MentionKind;
  category: Category;
  /** Mentions of it currently highlighted on the page. */
  count: number;
}

/** What the content script tells the popup about its page. */
export interface PageState {
  /** `location.hostname` of the top frame, as the page has it. */
  hostname: string;
  /** Whether Backstory is running on this page (on overall, and not off for this site). */
  active: boolean;
  /** Sum of the items' counts. */
  total: number;
  items: DigestItem[];
}

const ID = `#${ID_NAME}`;
/**
 * A selector as utils/page/highlight-scope.ts writes it: `*`, an element type's plain name,
 * `#` and a plain id, or a type under such an id or another type (one space between) — nothing
 * that could close the rule or add another.
 */
const SCOPE_SELECTOR = new RegExp(`^(\\*|${TYPE_NAME}|${ID}|(${ID}|${TYPE_NAME}) ${TYPE_NAME})$`);

function isScopeSelector(value: unknown): value is string {
  return typeof value === 'string' && SCOPE_SELECTOR.test(value);
}

/** One name's rules: one of our highlight names, on at least one selector. */
function isStyleRequest(value: unknown): value is StyleRequest {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    /^backstory-[a-z]+(-[a-z]+)*$/.test(value.name) &&
    Array.isArray(value.selectors) &&
    value.selectors.length > 0 &&
    value.selectors.every(isScopeSelector)
  );
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Whether a received message is one of ours and well formed; anything else is ignored. */
export function isBackstoryMessage(value: unknown): value is BackstoryMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'mentions-changed':
      return isCount(value.total);
    case 'get-page-state':
      return true;
    case 'highlight-styles':
      return (
        Array.isArray(value.rules) && value.rules.length > 0 && value.rules.every(isStyleRequest)
      );
    case 'focus-mention':
      return typeof value.id === 'string' && value.id !== '';
    case 'step-mention':
      return value.direction === 1 || value.direction === -1;
    default:
      return false;
  }
}

function isDigestItem(value: unknown): value is DigestItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.kind === 'entity' || value.kind === 'figure') &&
    isOneOf(CATEGORIES, value.category) &&
    isCount(value.count)
  );
}

/** Whether an answer to `get-page-state` has the promised shape. */
export function isPageState(value: unknown): value is PageState {
  return (
    isRecord(value) &&
    typeof value.hostname === 'string' &&
    typeof value.active === 'boolean' &&
    isCount(value.total) &&
    Array.isArray(value.items) &&
    value.items.every(isDigestItem)
  );
}

// Tabs without our content script (browser pages, the web store, pages opened before the
// extension was installed) reject `tabs.sendMessage`. That is normal, not an error to report.
async function sendToTab(tabId: number, message: BackstoryMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    return undefined;
  }
}

/** Content script: report the page's mention count for the toolbar badge. */
export async function sendMentionsChanged(total: number): Promise<void> {
  const message: MentionsChangedMessage = { type: 'mentions-changed', total };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be restarting or the extension reloaded; the next change resends.
  }
}

/** Popup: the page's state, or null when the tab has no content script to answer. */
export async function requestPageState(tabId: number): Promise<PageState | null> {
  const answer = await sendToTab(tabId, { type: 'get-page-state' });
  return isPageState(answer) ? answer : null;
}

/** Popup: scroll the tab to the next mention of `id` and open its popover. */
export async function sendFocusMention(tabId: number, id: string): Promise<void> {
  await sendToTab(tabId, { type: 'focus-mention', id });
}

/** Background: move to the next (1) or previous (-1) mention in the tab. */
export async function sendStepMention(tabId: number, direction: 1 | -1): Promise<void> {
  await sendToTab(tabId, { type: 'step-mention', direction });
}

/** The id of the active tab of the current window, if there is one. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
