import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { About } from '@/components/popup/About';
import { Digest } from '@/components/popup/Digest';
import { SettingsForm } from '@/components/popup/SettingsForm';
import { datasetInfo } from '@/utils/dataset';
import {
  activeTabId,
  isBackstoryMessage,
  type PageState,
  requestPageState,
  sendFocusMention,
} from '@/utils/messages';
import {
  loadSettings,
  saveSettings,
  setSiteEnabled,
  watchSettings,
} from '@/utils/settings/storage';
import type { Settings, SettingsPatch } from '@/utils/settings/types';

/** The popup shell: settings from storage, the digest from the active tab's content script. */
export function App() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  // undefined while asking, null when the tab has no content script to answer.
  const [page, setPage] = useState<PageState | null | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const refreshPage = useCallback(async (id: number | undefined) => {
    setPage(id === undefined ? null : await requestPageState(id));
  }, []);

  useEffect(() => {
    void activeTabId().then((id) => {
      setTabId(id);
      void refreshPage(id);
    });
  }, [refreshPage]);

  // The content script reports every rescan (after a settings change, too); the digest follows.
  useEffect(() => {
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (tabId === undefined || sender.tab?.id !== tabId) return;
      if (isBackstoryMessage(message) && message.type === 'mentions-changed') {
        void refreshPage(tabId);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, refreshPage]);

  const change = (patch: SettingsPatch) => void saveSettings(patch).then(setSettings);
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
        <p>Sourced context for news on the US–Russia talks about the war in Ukraine.</p>
      </header>
      {settings ? (
        <SettingsForm
          settings={settings}
          hostname={page === undefined ? undefined : (page?.hostname ?? null)}
          onChange={change}
          onSiteChange={changeSite}
        />
      ) : (
        <p class="empty">Loading settings…</p>
      )}
      <Digest page={page} onChoose={(id) => void choose(id)} />
      <About version={datasetInfo.version} hash={datasetInfo.hash} sources={datasetInfo.sources} />
    </main>
  );
}
