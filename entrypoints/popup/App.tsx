import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickLocalized } from '@/components/popover/view-model';
import { About } from '@/components/popup/About';
import { Digest } from '@/components/popup/Digest';
import { labelDigest } from '@/components/popup/digest-labels';
import { SettingsForm } from '@/components/popup/SettingsForm';
import { dataset, datasetInfo } from '@/utils/dataset';
import { runEveryPageScriptIn, wantsEveryPage } from '@/utils/every-page-script';
import { uiLanguageFrom } from '@/utils/i18n/languages';
import { translator } from '@/utils/i18n/translate';
import { isBackstoryMessage, sendFocusMention } from '@/utils/messages';
import {
  loadSettings,
  saveSettings,
  setSiteEnabled,
  watchSettings,
} from '@/utils/settings/storage';
import type { Settings, SettingsPatch } from '@/utils/settings/types';
import { activeTab, pageStateOf, readTabPage, type TabPage } from './page-state';

/** The popup speaks the browser's language (English for any other than uk or ru). */
const tr = translator(uiLanguageFrom(browser.i18n.getUILanguage()));
document.documentElement.lang = tr.lang;

/** The popup shell: settings from storage, the digest from the active tab's content script. */
export function App() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | undefined>(undefined);
  const tabId = tab?.id;
  // undefined while asking, null when the tab is not a page Backstory can read.
  const [tabPage, setTabPage] = useState<TabPage | null | undefined>(undefined);
  const page = pageStateOf(tabPage, settings);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const refreshPage = useCallback(async (current: typeof tab) => {
    setTabPage(current === undefined ? null : await readTabPage(current));
  }, []);

  useEffect(() => {
    void activeTab().then((current) => {
      setTab(current);
      void refreshPage(current);
    });
  }, [refreshPage]);

  // The content script reports every rescan (after a settings change, too); the digest follows.
  useEffect(() => {
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (tab === undefined || sender.tab?.id !== tab.id) return;
      if (isBackstoryMessage(message) && message.type === 'mentions-changed') {
        void refreshPage(tab);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tab, refreshPage]);

  // Switched to every page (or on again with every page chosen): other tabs follow on their
  // next load (utils/every-page-script.ts); this one now, if no engine runs in it yet.
  const followInThisTab = (saved: Settings) => {
    if (tabId !== undefined && tabPage?.kind === 'quiet' && wantsEveryPage(saved)) {
      void runEveryPageScriptIn(tabId);
    }
  };
  const change = (patch: SettingsPatch) =>
    void saveSettings(patch).then((saved) => {
      setSettings(saved);
      followInThisTab(saved);
    });
  const changeSite = (hostname: string, enabled: boolean) =>
    void setSiteEnabled(hostname, enabled).then(setSettings);
  const choose = async (id: string) => {
    if (tabId !== undefined) await sendFocusMention(tabId, id);
    window.close();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Backstory</h1>
        <p>{tr.t('popup.tagline')}</p>
      </header>
      {settings ? (
        <SettingsForm
          tr={tr}
          settings={settings}
          hostname={page === undefined ? undefined : (page?.hostname ?? null)}
          onChange={change}
          onSiteChange={changeSite}
        />
      ) : (
        <p class="empty">{tr.t('popup.loadingSettings')}</p>
      )}
      <Digest
        tr={tr}
        page={page ? labelDigest(dataset, page, tr) : page}
        onChoose={(id) => void choose(id)}
      />
      <About
        tr={tr}
        version={datasetInfo.version}
        hash={datasetInfo.hash}
        sources={datasetInfo.sources.map((name) => pickLocalized(name, tr.lang))}
      />
    </main>
  );
}
