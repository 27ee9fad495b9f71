/**
 * The engine's build-time data (modules/matching-data.ts), loaded by the engine at its start
 * (utils/engine-data-script.ts). Evaluating it registers the reader of the data.
 */
import { readEngineData } from 'virtual:backstory-matching-data';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_DATA_SCRIPT } from '@/utils/engine-data-script';
import { registerExport } from '@/utils/packaged-script';

export default defineUnlistedScript(() => {
  registerExport(ENGINE_DATA_SCRIPT, readEngineData);
});
