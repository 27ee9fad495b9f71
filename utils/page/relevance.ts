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
 *   headline says what its story is about;
 * - otherwise the **story** it belongs to: the nearest `article` (or `role=article`) — a pull
 *   quote's `aside` inside an article is part of that article; outside any article, the
 *   nearest `aside` (`role=complementary`: a sidebar), else `main` (`role=main`);
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

export function createRelevance(options: RelevanceOptions): Relevance {
  const { document, scopes, cues } = options;
  const mode = options.topicality ?? 'region';
  const chrome = createChromeIndex();
  /** Region element → topical, and teaser block container → topical, until the page changes. */
  let regionVerdicts = new Map<Element | TextBlock, boolean>();
  let teaserVerdicts = new Map<Element | TextBlock, boolean>();
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
    return aside ?? main ?? body;
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
    return ownLink ?? block;
  };

  /** The visible text of a link-list unit. */
  const unitText = (unit: Element | TextBlock): string =>
    unit instanceof Element ? (unit.textContent ?? '') : unit.nodes.map((n) => n.data).join('');

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
              const text = unitText(unit);
              cues.count(text, counts);
              return { ...counts, specific: specificIn(unit), chars: text.length };
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
      chrome.reset();
    },
    regionsRead: () => read,
  };
}
