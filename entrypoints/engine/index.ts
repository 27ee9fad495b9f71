/**
 * The engine's own script, loaded by the content script's first pass where a page may have
 * something to show (utils/engine-contract.ts). Evaluating it registers the start function.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_SCRIPT } from '@/utils/engine-contract';
import { registerExport } from '@/utils/packaged-script';
import { startEngine } from './start';

export default defineUnlistedScript(() => {
  registerExport(ENGINE_SCRIPT, startEngine);
});
