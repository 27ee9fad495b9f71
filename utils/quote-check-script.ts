/**
 * The quote check as a script of its own (entrypoints/quote-check.ts): the engine loads it from
 * the package on the first block that may hold a quotation (utils/matching/quote-check-source.ts),
 * so `engine.js`, which every page with a key evaluates and compiles whole, does not carry it.
 */
import type { FindQuotations } from '@/utils/matching/quote-check-source';
import type { PackagedScript } from '@/utils/packaged-script';

export const QUOTE_CHECK_SCRIPT: PackagedScript<FindQuotations> = {
  path: '/quote-check.js',
  key: Symbol.for('backstory.quote-check'),
};
