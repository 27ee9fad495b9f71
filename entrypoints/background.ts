import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { everyPageRegistration } from '@/utils/every-page-script';
import { uiLanguageFrom } from '@/utils/i18n/languages';
import { type Translator, translator } from '@/utils/i18n/translate';
import { activeTabId, isBackstoryMessage, sendStepMention } from '@/utils/messages';
import type { StyleRequest } from '@/utils/page/highlight-scope';
import { highlightStylesheet } from '@/utils/page/highlight-stylesheet';
import highlightsCss from '@/utils/page/highlights.css?raw';
import { loadSettings, repairStoredSettings, watchSettings } from '@/utils/settings/storage';

/** A muted slate that reads on light and dark toolbars without shouting. */
const BADGE_COLOR = '#4a5668';

export const BADGE_TEXT_COLOR = '#ffffff';

/** Badge text for a mention count: nothing for none, and at most four characters. */
export function badgeTextFor(total: number): string {
  if (!Number.isFinite(total) || total < 1) return '';
  return total > 999 ? '999+' : String(Math.floor(total));
}

/** The toolbar button's tooltip: the count in words, or the plain name for none. */
export function badgeTitleFor(total: number, tr: Translator): string {
  if (!Number.isFinite(total) || total < 1) return tr.t('manifest.actionTitle');
  return tr.plural('badge.title', Math.floor(total));
}

/** The step a keyboard command asks for, or null for commands that are not ours. */
export function stepForCommand(command: string): 1 | -1 | null {
  if (command === 'next-mention') return 1;
  if (command === 'previous-mention') return -1;
  return null;
}

// Per-tab badge text is dropped by the browser when the tab navigates to a new document
// (Firefox documents this; Chromium does it too) and when the tab closes, so there is nothing
// to clear by hand: the content script of the next page reports its own count.
async function showMentionCount(tabId: number, total: number, tr: Translator): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeTextFor(total) });
    // The badge's number alone says nothing to a screen reader; the tooltip says what it counts.
    await browser.action.setTitle({ tabId, title: badgeTitleFor(total, tr) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    // Missing before Chrome 110; the default text colour is fine there.
    await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
  } catch {
    // The tab closed between the message and the update.
  }
}

/**
 * The highlights' stylesheet, the rules asked for on the selectors asked for, into the frame
 * of the page script that asked: only pages where the engine highlights something get it
 * (utils/highlight-styles.ts).
 */
export async function insertHighlightStyles(
  rules: readonly StyleRequest[],
  sender: { tab?: { id?: number }; frameId?: number },
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  await browser.scripting.insertCSS({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    css: highlightStylesheet(highlightsCss, rules),
  });
}

export default defineBackground(() => {
  const tr = translator(uiLanguageFrom(browser.i18n.getUILanguage()));
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackstoryMessage(message)) return;
    // Answered (a promise) once the stylesheet is in.
    if (message.type === 'highlight-styles') return insertHighlightStyles(message.rules, sender);
    if (message.type !== 'mentions-changed') return;
    const tabId = sender.tab?.id;
    // Only the top frame's count belongs on the badge.
    if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return;
    void showMentionCount(tabId, message.total, tr);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const direction = stepForCommand(command);
    if (direction === null) return;
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId !== undefined) await sendStepMention(tabId, direction);
    })();
  });

  // "Where: every page": the every-page script is registered only while the settings ask for
  // it, checked at each start of the background (the registration persists) and on each change.
  const registerEveryPage = everyPageRegistration();
  void loadSettings().then(registerEveryPage);
  watchSettings((settings) => void registerEveryPage(settings));

  browser.runtime.onInstalled.addListener(() => {
    // Defining the settings item already ran its migrations; this waits for them and writes
    // back a stored value only if it needed repair. Defaults are never written on install.
    void repairStoredSettings().catch((error: unknown) => {
      console.warn('Backstory: stored settings could not be checked.', error);
    });
  });
});
