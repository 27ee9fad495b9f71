/**
 * The quote check, loaded by the engine only on a page where a block may hold a quotation
 * (utils/quote-check-script.ts). Evaluating it registers `findQuotations`.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerExport } from '@/utils/packaged-script';
import { QUOTE_CHECK_SCRIPT } from '@/utils/quote-check-script';
import { findQuotations } from '@/utils/quotes/find';

export default defineUnlistedScript(() => {
  registerExport(QUOTE_CHECK_SCRIPT, findQuotations);
});
