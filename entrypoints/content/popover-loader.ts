/**
 * Loads the popover's script from the extension's package the first time a card is needed
 * (see utils/popover-contract.ts for why it is not part of the content script).
 */
import { browser } from 'wxt/browser';
import {
  type CreatePopoverSurface,
  POPOVER_SCRIPT_PATH,
  registeredPopoverSurface,
} from '@/utils/popover-contract';

export async function loadPopoverSurface(): Promise<CreatePopoverSurface> {
  const loaded = registeredPopoverSurface();
  if (loaded) return loaded;
  const url = browser.runtime.getURL(POPOVER_SCRIPT_PATH);
  // A URL known only at run time: the bundler must leave this import() to the browser.
  await import(/* @vite-ignore */ url);
  const create = registeredPopoverSurface();
  if (!create) throw new Error(`${url} was loaded but did not register the popover`);
  return create;
}
