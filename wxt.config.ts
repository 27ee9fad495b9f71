import { defineConfig } from 'wxt';
import type { Browser } from 'wxt/browser';
import { msg } from './modules/locales';
import { WEB_PAGES } from './utils/web-pages';

/**
 * The first pass is an unlisted script (entrypoints/first-pass/), so that it runs without WXT's
 * content-script wrapper and its context; the manifest lists it here as the content script.
 */
export function listFirstPass(manifest: Browser.runtime.Manifest): void {
  manifest.content_scripts = [
    ...(manifest.content_scripts ?? []),
    {
      matches: WEB_PAGES,
      run_at: 'document_idle',
      // No css: the ::highlight() rules come with the engine (utils/highlight-styles.ts).
      js: ['first-pass.js'],
    },
  ];
}

// The extension is built as MV3 for both browsers. Firefox needs a fixed id,
// a minimum version with the CSS Custom Highlight API (140) and the data
// collection declaration that new add-ons must carry.
export default defineConfig({
  // webextension-polyfill as `wxt/browser`, except in the content script every page loads:
  // modules/browser-api.ts (local modules are loaded by WXT from modules/).
  // Explicit imports everywhere: a name should say where it comes from.
  imports: false,
  // Firefox reviewers get the sources, without local run output.
  zip: {
    excludeSources: ['test-results/**', '.tmp/**', 'demo.png', 'bench-report.md'],
  },
  manifest: ({ browser }) => ({
    // Texts come from _locales (written from utils/i18n/catalogue.ts by modules/locales.ts).
    name: msg('extName'),
    description: msg('extDescription'),
    default_locale: 'en',
    // scripting: the every-page script, registered only while the reader asks for every page
    // (entrypoints/background.ts) and run by the popup in its own tab on that switch.
    permissions: ['storage', 'scripting'],
    // The pages the manifest's content script runs on already. Chrome counts those matches for
    // registering the every-page script, but not for running it in a tab or for reading a tab's
    // address (the popup's site switch on a page where no engine answers): those need the host
    // permission itself. Both browsers show the same install warning as for the content script.
    host_permissions: WEB_PAGES,
    // The first pass's key check (loaded by the content script where its probe may see a key),
    // the engine's script (loaded by the key check where a page may have something to show)
    // and its build-time data (loaded by the engine as it starts), the popover's (on the first
    // card), the matcher's run-time compiler (only where the build's matcher tables are
    // refused) and the quote check (only where a block may hold a quotation): an import() or a
    // fetch from a content script is a request from the page's origin, so the files must be
    // web-accessible.
    web_accessible_resources: [
      {
        resources: [
          'key-check.js',
          'engine.js',
          'engine-data.bin',
          'popover.js',
          'matcher-compiler.js',
          'quote-check.js',
        ],
        matches: WEB_PAGES,
        // Chrome: reachable only at a per-session address, so pages cannot probe for it.
        // Firefox's extension addresses are random per install already.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    action: { default_title: msg('actionTitle') },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: msg('commandNext'),
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: msg('commandPrevious'),
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => listFirstPass(manifest),
  },
});
