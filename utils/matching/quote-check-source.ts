/**
 * How the matcher reaches the quote check (utils/quotes/find.ts), which runs only on a block
 * where the matcher's pass found a quote's anchor or the speaker of a translated quote: on few
 * pages. The tests and the benchmarks hand it over at once (`quoteCheckAtHand`); the engine loads
 * it from a script of its own on the first block that needs it (`quoteCheckOnDemand`,
 * entrypoints/quote-check.ts), so that a page where no block does never evaluates it, nor
 * compiles it under the engine's compile hint (docs/cost.md, "The quote check on demand").
 *
 * Until it is here, the matcher returns such a block's mentions without quotations and says so
 * (`Matcher.deferredQuotes`, ./types.ts); the scanner matches the block again once it is.
 */
import type { findQuotations } from '../quotes/find';

export type FindQuotations = typeof findQuotations;

export interface QuoteCheckSource {
  /** The quote check once it is here; null before it is asked for and while it loads. */
  current(): FindQuotations | null;
  /**
   * Asks for it (once, however often called). Resolves when it is here, or when it will never
   * be: `current` then gives a check that finds nothing, so no block waits for it again (the
   * loader says why it failed).
   */
  load(): Promise<void>;
}

export function quoteCheckAtHand(find: FindQuotations): QuoteCheckSource {
  const here = Promise.resolve();
  return { current: () => find, load: () => here };
}

const FINDS_NOTHING: FindQuotations = () => [];

export function quoteCheckOnDemand(load: () => Promise<FindQuotations>): QuoteCheckSource {
  let find: FindQuotations | null = null;
  let loading: Promise<void> | null = null;
  return {
    current: () => find,
    load() {
      loading ??= load().then(
        (loaded) => {
          find = loaded;
        },
        () => {
          find = FINDS_NOTHING;
        },
      );
      return loading;
    },
  };
}
