import type { Category } from '../dataset/schema';
import type { QuoteFinding } from '../quotes/find';

/** What a mention points at in the dataset. */
export type MentionKind = 'entity' | 'figure' | 'quote';

/**
 * One mention found in a string. Offsets are UTF-16 code units into the string
 * given to the matcher, `end` exclusive.
 */
export interface Mention {
  start: number;
  end: number;
  /** Entity or figure id in the dataset. */
  id: string;
  kind: MentionKind;
  category: Category;
  /** The dataset form that matched (alias text + ending, or figure form), for "why highlighted". */
  matched: string;
  /** Which rule matched, e.g. "alias:surname:ru" or "figure-form:en". */
  rule: string;
  /**
   * Set when the mention alone cannot tell the entity from something common: the alias is
   * marked `requiresConfirmation` (the surname "Kellogg", the cereal maker), or it is a
   * `commonWord` whose capitals prove nothing here (a headline, a run of capitals, a sentence
   * start for a noun: "THE TRUMP CARD", "Путина в этом году…"). The mention counts only where
   * the page also names the entity without this mark (utils/page/confirmation.ts).
   */
  requiresConfirmation?: true;
  /** For kind 'quote': how the page's quotation compares with the dataset's quote. */
  quote?: QuoteFinding;
}

/** Compiled once per page from the dataset; `find` is pure and linear in the text length. */
export interface Matcher {
  find(text: string): Mention[];
  /**
   * Null when the last `find` checked the quotations it met (or met none). Else it met what may
   * be one while the quote check was still to come (./quote-check-source.ts), and returned its
   * mentions without quotations: its text is to be matched again once this resolves. A matcher
   * that has the quote check at hand need not say.
   */
  deferredQuotes?(): Promise<void> | null;
}
