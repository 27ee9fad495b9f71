/**
 * The page facts behind the visibility rule (visibility.ts): whether a mention sits in site
 * chrome, its entity's scope, and whether the text it sits in is about the story.
 *
 * **Regions.** A page mixes stories: an article about a US election with a sidebar teaser
 * about a strike on Kyiv, a home page of many stories. So a general mention is judged by the
 * region it sits in:
 *
 * - a **link teaser**: a block whose text is mostly the text of one link (a list of headlines,
 *   a "related stories" item) is judged on its own words — a headline says what its story is
 *   about;
 * - otherwise the nearest **story container**: `article`, `main`, `aside`, or an element with
 *   `role` article, main or complementary;
 * - otherwise the **page** (`body`).
 *
 * With `scope: 'page'` every mention is judged by the whole page instead (kept to measure the
 * two ways against each other in `npm run bench:relevance`).
 *
 * **Evidence** of a region is counted in one pass over its visible text (topic-cues.ts),
 * skipping what skip-rules.ts skips and site chrome: a section menu's "Ukraine" link says what
 * the site covers, not what this story is about. The specific mentions found in the region
 * (outside chrome) count too. Each region is counted once and remembered until the page
 * changes (`pageChanged()`), so a page that grows (infinite scroll, live blogs) is judged
 * again on its new text.
 *
 * Nothing here runs unless a general mention asks: the visibility rule asks for topicality
 * only after category, confirmation, chrome and scope let a mention through.
 */
import type { Scope } from '../dataset/schema';
import { createChromeIndex } from './site-chrome';
import { isSkippedElement } from './skip-rules';
import { type CueCounts, emptyCounts, type TopicCueCounter } from './topic-cues';
import { isTopical, type TopicEvidence } from './topicality';
import type { PageMention, TextBlock } from './types';
import type { MentionPlacement } from './visibility';

export type TopicalityScope = 'region' | 'page';

export interface RelevanceOptions {
  document: Document;
  /** Scope of each entity id; ids not listed (figures) are `general`. */
  scopes: ReadonlyMap<string, Scope>;
  cues: TopicCueCounter;
  /** Default 'region'. */
  topicality?: TopicalityScope;
}

export interface Relevance {
  /** The facts for one decision over `all` (every mention known, document order). */
  placement(all: readonly PageMention[]): MentionPlacement<PageMention>;
  /** The page's text or attributes changed: judge regions and chrome anew when next asked. */
  pageChanged(): void;
  /** How many regions were read since the start (for tests and the benchmark). */
  regionsRead(): number;
}

const STORY_TAGS: ReadonlySet<string> = new Set(['article', 'main', 'aside']);
const STORY_ROLES: ReadonlySet<string> = new Set(['article', 'main', 'complementary']);

/** A block is a link teaser when one link holds at least this share of its text. */
const TEASER_LINK_SHARE = 0.6;

export function createRelevance(options: RelevanceOptions): Relevance {
  const { document, scopes, cues } = options;
  const mode = options.topicality ?? 'region';
  const chrome = createChromeIndex();
  /** Region element → topical, and teaser block container → topical, until the page changes. */
  let regionVerdicts = new Map<Element, boolean>();
  let teaserVerdicts = new Map<TextBlock, boolean>();
  let read = 0;

  const scopeOf = (mention: PageMention): Scope => scopes.get(mention.id) ?? 'general';
  const inChrome = (mention: PageMention): boolean => chrome.inChrome(mention.block.container);

  /** Counts the cues of the visible text under `root`, outside skipped subtrees and chrome. */
  const countElement = (root: Element, into: CueCounts): number => {
    let chars = 0;
    const visit = (element: Element): void => {
      for (let node = element.firstChild; node !== null; node = node.nextSibling) {
        if (node.nodeType === 3) {
          const data = (node as Text).data;
          chars += data.length;
          cues.count(data, into);
        } else if (node.nodeType === 1) {
          const child = node as Element;
          if (isSkippedElement(child, child.localName) || chrome.inChrome(child)) continue;
          visit(child);
        }
      }
    };
    visit(root);
    return chars;
  };

  const storyRegion = (container: Element): Element => {
    const body = document.body ?? document.documentElement;
    if (mode === 'page') return body;
    for (let up: Element | null = container; up !== null && up !== body; up = up.parentElement) {
      if (STORY_TAGS.has(up.localName)) return up;
      const role = up.getAttribute('role');
      if (role !== null && STORY_ROLES.has(role)) return up;
    }
    return body;
  };

  /** The link that holds most of the block's text, if it is a teaser (see the file comment). */
  const teaserLink = (mention: PageMention): boolean => {
    let link: Element | null = null;
    for (const text of mention.block.nodes) {
      const anchor = text.parentElement?.closest('a') ?? null;
      if (anchor !== null && mention.block.container.contains(anchor)) {
        link = anchor;
        break;
      }
    }
    if (link === null) return false;
    return (link.textContent ?? '').length >= TEASER_LINK_SHARE * mention.block.length;
  };

  return {
    placement(all) {
      const specificIn = (region: Element, teaserBlock: PageMention['block'] | null): number => {
        let count = 0;
        for (const mention of all) {
          if (scopeOf(mention) !== 'specific' || inChrome(mention)) continue;
          if (
            teaserBlock !== null
              ? mention.block === teaserBlock
              : region.contains(mention.block.container)
          ) {
            count++;
          }
        }
        return count;
      };
      const judge = (
        verdicts: Map<Element | TextBlock, boolean>,
        region: Element | TextBlock,
        evidence: () => TopicEvidence,
      ): boolean => {
        const known = verdicts.get(region);
        if (known !== undefined) return known;
        read++;
        const verdict = isTopical(evidence());
        verdicts.set(region, verdict);
        return verdict;
      };
      return {
        inChrome,
        scope: scopeOf,
        isTopical(mention) {
          if (mode === 'region' && teaserLink(mention)) {
            const block = mention.block;
            // A headline says what its story is about, whatever the page around it is.
            return judge(teaserVerdicts as Map<Element | TextBlock, boolean>, block, () => {
              const counts = emptyCounts();
              let chars = 0;
              for (const text of block.nodes) {
                chars += text.data.length;
                cues.count(text.data, counts);
              }
              return { ...counts, specific: specificIn(block.container, block), chars };
            });
          }
          const region = storyRegion(mention.block.container);
          return judge(regionVerdicts as Map<Element | TextBlock, boolean>, region, () => {
            const counts = emptyCounts();
            const chars = countElement(region, counts);
            return { ...counts, specific: specificIn(region, null), chars };
          });
        },
      };
    },
    pageChanged() {
      regionVerdicts = new Map();
      teaserVerdicts = new Map();
      chrome.reset();
    },
    regionsRead: () => read,
  };
}
