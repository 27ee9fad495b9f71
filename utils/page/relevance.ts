/**
 * The page facts behind the visibility rule (visibility.ts): whether a mention sits in site
 * chrome, its entity's scope, and whether the text it sits in is about the story.
 *
 * **Regions.** A page mixes stories: an article about a US election with a sidebar teaser
 * about a strike on Kyiv, a home page of many stories. So a general mention is judged by the
 * region it sits in:
 *
 * - a **list of links**: in a block whose text is mostly link text (a list of headlines, a
 *   strip of topic links, a "related stories" item) each link is judged on its own words — a
 *   headline says what its story is about — together with the text that goes with that link
 *   alone (a teaser's summary under its headline link): the largest element around the link
 *   that holds no other link;
 * - otherwise the **story** it belongs to: the nearest `article` (or `role=article`) — a pull
 *   quote's `aside` inside an article is part of that article; outside any article, the
 *   nearest `aside` (`role=complementary`: a sidebar), else `main` (`role=main`);
 * - on a page with none of those (pages built of `div`s), the nearest **block of a story's
 *   size**: the nearest element with at least two block children (a heading and a paragraph,
 *   two paragraphs) and STORY_MIN_CHARS of text — a side column's sports story is judged
 *   apart from the main column's report;
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
  /** Scope of each entity id; ids not listed (figures) are `general`, quotes `specific`. */
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

/** What kind of story container an element is, by tag or role; null for none. */
function storyKind(element: Element): 'article' | 'aside' | 'main' | null {
  const name = element.localName;
  const role = element.getAttribute('role');
  if (name === 'article' || role === 'article') return 'article';
  if (name === 'aside' || role === 'complementary') return 'aside';
  if (name === 'main' || role === 'main') return 'main';
  return null;
}

/** A block is a list of links when links hold at least this share of its text. */
const LINK_LIST_SHARE = 0.6;

/** Text enough for a story (a teaser's headline and summary) where no element says "story". */
const STORY_MIN_CHARS = 200;

/** Elements that lay text out in blocks (by tag: no computed style, like the skip rules). */
const BLOCK_TAGS = new Set(
  'p div section h1 h2 h3 h4 h5 h6 ul ol li dl table blockquote figure pre header footer'.split(
    ' ',
  ),
);

/** Whether `element` holds at least two block elements as children. */
function hasTwoBlocks(element: Element): boolean {
  let blocks = 0;
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.localName) && ++blocks === 2) return true;
  }
  return false;
}

export function createRelevance(options: RelevanceOptions): Relevance {
  const { document, scopes, cues } = options;
  const mode = options.topicality ?? 'region';
  const chrome = createChromeIndex();
  /** Region element → topical, and teaser block container → topical, until the page changes. */
  let regionVerdicts = new Map<Element | TextBlock, boolean>();
  let teaserVerdicts = new Map<Element | TextBlock, boolean>();
  /** Block container → its story-sized block, where the page has no story elements. */
  let storyBlocks = new Map<Element, Element>();
  let read = 0;

  // A page quoting the story's own verbatim words is about the story wherever it is.
  const scopeOf = (mention: PageMention): Scope =>
    mention.kind === 'quote' ? 'specific' : (scopes.get(mention.id) ?? 'general');
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
    let aside: Element | null = null;
    let main: Element | null = null;
    for (let up: Element | null = container; up !== null && up !== body; up = up.parentElement) {
      const kind = storyKind(up);
      if (kind === 'article') return up;
      if (kind === 'aside') aside ??= up;
      else if (kind === 'main') main ??= up;
    }
    return aside ?? main ?? storyBlock(container, body);
  };

  /** The nearest element around `container` with two blocks and a story's worth of text. */
  const storyBlock = (container: Element, body: Element): Element => {
    const known = storyBlocks.get(container);
    if (known !== undefined) return known;
    let found = body;
    for (let up: Element | null = container; up !== null && up !== body; up = up.parentElement) {
      if (hasTwoBlocks(up) && (up.textContent ?? '').trim().length >= STORY_MIN_CHARS) {
        found = up;
        break;
      }
    }
    storyBlocks.set(container, found);
    return found;
  };

  /** The largest element around a link that holds no other link: the link and its teaser. */
  const teaserOf = (link: Element): Element => {
    const body = document.body ?? document.documentElement;
    let unit = link;
    for (let up = link.parentElement; up !== null && up !== body; up = up.parentElement) {
      if (up.getElementsByTagName('a').length > 1) break;
      unit = up;
    }
    return unit;
  };

  /**
   * Whether the mention's block is a list of links (link text is most of its text), and then
   * the unit to judge: the link the mention sits in, or the block when it sits between links.
   */
  const linkUnit = (mention: PageMention): Element | TextBlock | null => {
    const block = mention.block;
    const container = block.container;
    let linked = 0;
    let total = 0;
    let ownLink: Element | null = null;
    block.nodes.forEach((node, i) => {
      // Indentation between links is not text a reader sees: count what is left of it.
      const visible = node.data.trim().length;
      total += visible;
      const link = node.parentElement?.closest('a') ?? null;
      if (link === null || !container.contains(link)) return;
      linked += visible;
      const start = block.starts[i] ?? 0;
      if (start <= mention.start && mention.start < start + node.data.length) ownLink = link;
    });
    if (total === 0 || linked < LINK_LIST_SHARE * total) return null;
    return ownLink === null ? block : teaserOf(ownLink);
  };

  return {
    placement(all) {
      /** Specific mentions (outside chrome) inside a region or a link-list unit. */
      const specificIn = (unit: Element | TextBlock): number => {
        let count = 0;
        for (const mention of all) {
          if (scopeOf(mention) !== 'specific' || inChrome(mention)) continue;
          const inside =
            unit instanceof Element
              ? unit.contains(mention.block.nodes[0] ?? mention.block.container)
              : mention.block === unit;
          if (inside) count++;
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
          const unit = mode === 'region' ? linkUnit(mention) : null;
          if (unit !== null) {
            // A headline or a topic link says what it leads to, whatever the page around it.
            return judge(teaserVerdicts, unit, () => {
              const counts = emptyCounts();
              let chars: number;
              if (unit instanceof Element) chars = countElement(unit, counts);
              else {
                const text = unit.nodes.map((n) => n.data).join('');
                cues.count(text, counts);
                chars = text.length;
              }
              return { ...counts, specific: specificIn(unit), chars };
            });
          }
          const region = storyRegion(mention.block.container);
          return judge(regionVerdicts, region, () => {
            const counts = emptyCounts();
            const chars = countElement(region, counts);
            return { ...counts, specific: specificIn(region), chars };
          });
        },
      };
    },
    pageChanged() {
      regionVerdicts = new Map();
      teaserVerdicts = new Map();
      storyBlocks = new Map();
      chrome.reset();
    },
    regionsRead: () => read,
  };
}
