/**
 * The one rule that decides which mentions the reader gets: the painter paints what it
 * returns and the scanner's summary (badge, digest, the card's "mentioned N times") counts
 * what it returns, so the two never disagree. Pure: the page facts (chrome, scope,
 * topicality) come in as functions, asked only for the mentions that get that far, so a page
 * without general candidates never pays for topicality.
 *
 * A mention is **counted** when
 * 1. its category is switched on;
 * 2. it is confirmed on the page (confirmation.ts: "Kellogg" alone needs "Keith Kellogg"), or,
 *    for a form that needs confirmation, the text around it is about the story: there the
 *    ambiguous reading is the story's (a Ukrainian outlet's deliberate lower-case "кремль",
 *    "The Kellogg question" in a piece on the talks);
 * 3. it is not inside site chrome (site-chrome.ts);
 * 4. its entity is `specific`, or the setting "Where" is "every page", or the text around it
 *    is about the story (relevance.ts, topicality.ts). Figures are treated as general: a
 *    percentage with the right words in its sentence is still someone else's number on a
 *    page about something else.
 *
 * A counted mention is **painted** unless the style is "none", and with "first mention only"
 * only the first counted mention of each id in document order is painted. So counts say what
 * the page holds for the reader, whatever the style; painting is a matter of display.
 */
import type { Scope } from '../dataset/schema';
import type { Mention } from '../matching/types';
import { confirmedIds, isConfirmed } from './confirmation';
import type { PageSettings } from './types';

/** Facts about where a mention sits, asked lazily and in this order. */
export interface MentionPlacement<M> {
  inChrome(mention: M): boolean;
  /** `general` mentions need a topical text unless the reader chose "every page". */
  scope(mention: M): Scope;
  /** Whether the text the mention sits in is about the story. Asked for general ones only. */
  isTopical(mention: M): boolean;
}

export interface Visibility<M> {
  /** Mentions the reader gets, in the order given (document order). */
  counted: M[];
  /** The subset to register as highlights. */
  painted: Set<M>;
}

/**
 * Without page facts: nothing is chrome, everything is specific, and no text is known to be
 * about the story (so an ambiguous form still needs its confirming form on the page).
 */
export const EVERYWHERE: MentionPlacement<unknown> = {
  inChrome: () => false,
  scope: () => 'specific',
  isTopical: () => false,
};

/** Whether a mention of this scope needs a topical text under these settings. */
export function needsTopicality(scope: Scope, settings: Pick<PageSettings, 'where'>): boolean {
  return scope === 'general' && settings.where === 'talks';
}

export function decideVisibility<M extends Readonly<Mention>>(
  all: readonly M[],
  settings: PageSettings,
  placement: MentionPlacement<M>,
): Visibility<M> {
  const counted: M[] = [];
  const painted = new Set<M>();
  const confirmed = confirmedIds(all);
  const seen = new Set<string>();
  const paints = settings.style !== 'none';
  for (const mention of all) {
    if (!settings.categories[mention.category]) continue;
    if (placement.inChrome(mention)) continue;
    if (!isConfirmed(mention, confirmed) && !placement.isTopical(mention)) continue;
    if (needsTopicality(placement.scope(mention), settings) && !placement.isTopical(mention)) {
      continue;
    }
    counted.push(mention);
    if (!paints) continue;
    if (settings.firstMentionOnly) {
      if (seen.has(mention.id)) continue;
      seen.add(mention.id);
    }
    painted.add(mention);
  }
  return { counted, painted };
}
