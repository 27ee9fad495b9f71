/**
 * Page-level evidence for ambiguous forms. Some aliases are shared with something common — the
 * surname "Kellogg" with the cereal maker "Kellogg's" — and a headline alone cannot tell which
 * is meant. The dataset marks such aliases (`requiresConfirmation`), and the matcher marks
 * mentions of common-word names whose capitals prove nothing ("Trump Says…", "THE TRUMP
 * CARD"; utils/matching/name-context.ts); such mentions count only
 * where the same page also names the entity by an unmarked form ("Keith Kellogg", "Gen.
 * Kellogg"). The rule is applied to all mentions known at each update, so a confirming mention
 * found later (further down, or added by the page) brings the earlier ones in, and removing it
 * takes them out again.
 */
import type { Mention } from '../matching/types';

/** Ids that the page names at least once by a form that needs no confirmation. */
export function confirmedIds(mentions: Iterable<Readonly<Mention>>): Set<string> {
  const confirmed = new Set<string>();
  for (const mention of mentions) {
    if (!mention.requiresConfirmation) confirmed.add(mention.id);
  }
  return confirmed;
}

/** Whether a mention counts on this page, given the page's confirmed ids. */
export function isConfirmed(mention: Readonly<Mention>, confirmed: ReadonlySet<string>): boolean {
  return !mention.requiresConfirmation || confirmed.has(mention.id);
}
