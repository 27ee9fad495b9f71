/**
 * The manifest's texts in every language, from the one catalogue (utils/i18n/catalogue.ts):
 * writes `_locales/<lang>/messages.json` with the `manifest.*` messages, so the browser shows
 * the name, description, command descriptions and toolbar title in its own language
 * (`default_locale: "en"` in wxt.config.ts). The rest of the interface does not go through
 * `browser.i18n`: see docs/i18n.md for why.
 */
import { defineWxtModule } from 'wxt/modules';
import { CATALOGUES, type MessageKey } from '../utils/i18n/catalogue';
import { LANGUAGES } from '../utils/i18n/languages';

/** `__MSG_<name>__` names used in the manifest, and the catalogue key each one comes from. */
export const MANIFEST_MESSAGES = {
  extName: 'manifest.name',
  extDescription: 'manifest.description',
  commandNext: 'manifest.commandNext',
  commandPrevious: 'manifest.commandPrevious',
  actionTitle: 'manifest.actionTitle',
} as const satisfies Record<string, MessageKey>;

export type ManifestMessageName = keyof typeof MANIFEST_MESSAGES;

/** `__MSG_extName__`: how the manifest refers to a message. */
export function msg(name: ManifestMessageName): string {
  return `__MSG_${name}__`;
}

/** The `messages.json` of one language. */
export function localeMessages(
  lang: (typeof LANGUAGES)[number],
): Record<string, { message: string }> {
  const messages: Record<string, { message: string }> = {};
  for (const [name, key] of Object.entries(MANIFEST_MESSAGES)) {
    const message = CATALOGUES[lang][key];
    if (typeof message !== 'string') throw new Error(`${key} must be a plain message`);
    messages[name] = { message };
  }
  return messages;
}

export default defineWxtModule({
  name: 'locales',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      for (const lang of LANGUAGES) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: `${JSON.stringify(localeMessages(lang), null, 2)}\n`,
        });
      }
    });
  },
});
