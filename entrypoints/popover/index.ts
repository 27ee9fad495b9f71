/**
 * The popover's own script, loaded by the content script on the first hover (never listed as a
 * content script itself). Evaluating it registers the factory the content script then calls.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerExport } from '@/utils/packaged-script';
import { POPOVER_SCRIPT } from '@/utils/popover-contract';
import { createPopoverSurface } from './surface';

export default defineUnlistedScript(() => {
  registerExport(POPOVER_SCRIPT, createPopoverSurface);
});
