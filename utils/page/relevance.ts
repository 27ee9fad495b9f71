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
import { isTopical } from './topicality';
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
  /**
   * `texts` holds every text node of the page that holds a key: a search for keys has covered
   * the page since its last change. Until the next change (pageChanged), a region that holds
   * none of those that hold an anchor is not topical, without reading its text.
   */
  keysComplete(texts: Iterable<Text>): void;
  /** Whether regions are judged one by one (mode 'region'): only then can a scan be limited. */
  readonly regional: boolean;
  /**
   * The regions to read around keys (topic anchors, specific names, quote words) in `texts`:
   * for each key whose text node holds an anchor, the outermost of the regions and teaser
   * units whose counted text holds it that is topical now, given `all` — which must hold every
   * specific mention of the page. (Reading the outermost reads the ones inside it.) A general
   * mention outside all of them is never shown: its region holds no anchor, or is not topical
   * (key-regions.ts). Where no key's node holds an anchor, nothing is counted at all.
   */
  topicalRegions(
    texts: Iterable<Text>,
    all: readonly PageMention[],
    /** Regions read already: neither they nor the ones inside them need judging. */
    readAlready?: (element: Element) => boolean,
  ): Element[];
  /**
   * The same in slices, for the scanner's work queue: counting the cues of the regions around
   * keys reads their text, which on a large page is more than one task should do.
   */
  judgeRegions(
    texts: Iterable<Text>,
    all: readonly PageMention[],
    readAlready?: (element: Element) => boolean,
    now?: () => number,
  ): RegionJudging;
}

/** A judging of the regions around keys, done in slices. */
export interface RegionJudging {
  /** Works until done or until `now() >= deadline`; true when done. */
  step(deadline: number): boolean;
  /**
   * The regions to read, once done. None when the page changed meanwhile: a change makes the
   * scanner judge every key's regions again (pageChanged).
   */
  regions(): Element[];
}

/** Cue counts of many regions, read in slices (countAll). */
interface RegionCount {
  step(deadline: number): boolean;
  /** The page moved the node the walk stood on: the counts were not kept. */
  lost(): boolean;
}

/** How many nodes to visit between two clock reads. */
const NODES_PER_CLOCK_READ = 256;

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
  /**
   * Cue counts of a region or teaser unit, read once until the page changes. The specific
   * mentions inside are counted at each decision instead: a scan in slices finds them over
   * time, and a verdict taken halfway must not outlive the mentions found after it.
   */
  let regionCounts = new Map<Element | TextBlock, CueCounts & { chars: number }>();
  /** Block container → its story-sized block, where the page has no story elements. */
  let storyBlocks = new Map<Element, Element>();
  /** Element → whether it has a story's size (two blocks, STORY_MIN_CHARS of text). */
  let storySized = new Map<Element, boolean>();
  let read = 0;
  /** Which state of the page the remembered counts belong to: one more at each change. */
  let generation = 0;
  /** Every text node that holds a key, while known to be every one (keysComplete). */
  let completeKeys: Text[] | null = null;
  /** The elements around those of completeKeys that hold an anchor: built when first asked. */
  let aroundAnchors: Set<Element> | null = null;
  /** Whether each key's text node asked about holds an anchor (holdsAnchor), until a change. */
  let anchorHolding = new Map<Text, boolean>();

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

  const isStorySized = (element: Element): boolean => {
    let known = storySized.get(element);
    if (known === undefined) {
      known = hasTwoBlocks(element) && (element.textContent ?? '').trim().length >= STORY_MIN_CHARS;
      storySized.set(element, known);
    }
    return known;
  };

  /** The nearest element around `container` with two blocks and a story's worth of text. */
  const storyBlock = (container: Element, body: Element): Element => {
    const known = storyBlocks.get(container);
    if (known !== undefined) return known;
    let found = body;
    for (let up: Element | null = container; up !== null && up !== body; up = up.parentElement) {
      if (isStorySized(up)) {
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

  /** Specific mentions (outside chrome) of `all` inside a region or a link-list unit. */
  const specificIn = (all: readonly PageMention[], unit: Element | TextBlock): number => {
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

  /** The cue counts of a region or unit: read at the first question after a page change. */
  const countsOf = (unit: Element | TextBlock): CueCounts & { chars: number } => {
    const known = regionCounts.get(unit);
    if (known !== undefined) return known;
    read++;
    const counts = emptyCounts();
    let chars: number;
    if (unit instanceof Element) chars = countElement(unit, counts);
    else {
      const text = unit.nodes.map((n) => n.data).join('');
      cues.count(text, counts);
      chars = text.length;
    }
    const result = { ...counts, chars };
    regionCounts.set(unit, result);
    return result;
  };

  /**
   * Whether a text node's own text holds an anchor cue, counted as the regions count it (text
   * node by text node). A region is topical only with an anchor in its counted text, and every
   * node that holds one holds a key (the first pass's keys include every anchor): so the
   * regions around the other keys — a specific name, a quote's words — need judging only
   * where they also hold an anchor's node, and then they are among that node's regions.
   */
  const holdsAnchor = (text: Text): boolean => {
    let holds = anchorHolding.get(text);
    if (holds === undefined) {
      const found = emptyCounts();
      cues.count(text.data, found);
      holds = found.anchors > 0;
      // Asked when judging the regions around keys and again for the regions not read.
      anchorHolding.set(text, holds);
    }
    return holds;
  };

  /**
   * Whether an element not yet counted may hold an anchor in its counted text. Where every key
   * is known, only one around a key's node that holds an anchor can (holdsAnchor): a region a
   * mention sits in that holds none — a long story about something else that names an actor
   * once — is not read at all. (A text block's cues are counted over its joined text, where an
   * anchor can span two nodes: blocks are always counted.)
   */
  const mayHoldAnchor = (element: Element): boolean => {
    if (completeKeys === null) return true;
    if (aroundAnchors === null) {
      aroundAnchors = new Set();
      for (const text of completeKeys) {
        if (!text.isConnected || !holdsAnchor(text)) continue;
        for (let up = text.parentElement; up !== null && !aroundAnchors.has(up); ) {
          aroundAnchors.add(up);
          up = up.parentElement;
        }
      }
    }
    return aroundAnchors.has(element);
  };

  /**
   * A judge over one set of mentions: each unit's specific mentions are counted once per
   * decision (a unit without an anchor needs no count: it is not topical whatever they are).
   */
  const judgeOver = (all: readonly PageMention[]) => {
    const specific = new Map<Element | TextBlock, number>();
    return (unit: Element | TextBlock): boolean => {
      if (unit instanceof Element && !regionCounts.has(unit) && !mayHoldAnchor(unit)) return false;
      const counts = countsOf(unit);
      if (counts.anchors === 0) return false;
      let inside = specific.get(unit);
      if (inside === undefined) {
        inside = specificIn(all, unit);
        specific.set(unit, inside);
      }
      return isTopical({ ...counts, specific: inside });
    };
  };

  /**
   * The elements around `text` that are the region or teaser unit of some mention and whose
   * counted text holds `text`, innermost first (see topicalRegionAround).
   */
  const regionsHolding = (text: Text): Element[] => {
    const parent = text.parentElement;
    const body = document.body ?? document.documentElement;
    if (parent === null || !body.contains(parent)) return [];
    if (mode === 'page') return [body];
    const found: Element[] = [];
    // Text in site chrome is not counted (countElement), except where it sits directly in the
    // unit counted: then only a teaser unit can be that element (a story region in chrome
    // holds only mentions in chrome, which are never shown).
    const inChromeHere = chrome.inChrome(parent);
    // Teaser units: the unit of each link whose unit holds `text`.
    let soleLink: Element | null = null;
    let manyLinks = false;
    for (let up: Element | null = parent; up !== null && up !== body; up = up.parentElement) {
      let link: Element | null = null;
      if (up.localName === 'a') link = up;
      else if (!manyLinks) {
        const links = up.getElementsByTagName('a');
        if (links.length === 1) link = links[0] ?? null;
        else if (links.length > 1) manyLinks = true;
      }
      if (link === null || link === soleLink) continue;
      soleLink = link;
      const unit = teaserOf(link);
      if (unit.contains(parent) && (!inChromeHere || unit === parent)) found.push(unit);
    }
    if (inChromeHere) return found;
    // Story regions: every article, aside and main around it; story-sized blocks above the
    // outermost of those (below one, a container's region is that element); the page.
    const chain: Element[] = [];
    let outermostStory = -1;
    for (let up: Element | null = parent; up !== null && up !== body; up = up.parentElement) {
      chain.push(up);
      if (storyKind(up) !== null) outermostStory = chain.length - 1;
    }
    // Text grows outwards: once an element has a story's worth, so has every one around it, and
    // its text is not assembled again (isStorySized would, for each element of the chain).
    let long = false;
    chain.forEach((element, at) => {
      if (storyKind(element) !== null) found.push(element);
      else if (at > outermostStory) {
        let sized = storySized.get(element);
        if (sized === undefined) {
          long ||= (element.textContent ?? '').trim().length >= STORY_MIN_CHARS;
          sized = long && hasTwoBlocks(element);
          storySized.set(element, sized);
        }
        if (sized) {
          long = true;
          found.push(element);
        }
      }
    });
    found.push(body);
    return found;
  };

  /**
   * Reads the cue counts of many regions in one pass over the outermost ones: each text node
   * is counted once and added to every region it is in (regions around keys are nested: read
   * one by one, the page's text would be read once per level). Counts exactly what
   * countElement counts for each; regions in site chrome are left to it. In slices: `step`
   * walks until the deadline and goes on from there at the next call. The counts are kept only
   * when the walk ends in the page it began in (see RegionCount).
   */
  const countAll = (units: Iterable<Element>, now: () => number): RegionCount => {
    const todo = new Set<Element>();
    for (const unit of units) if (!regionCounts.has(unit) && !chrome.inChrome(unit)) todo.add(unit);
    const roots: Element[] = [];
    for (const unit of todo) {
      let inner = false;
      for (let up = unit.parentElement; up !== null && !inner; up = up.parentElement) {
        inner = todo.has(up);
      }
      if (!inner) roots.push(unit);
    }
    const counted = new Map<Element, CueCounts & { chars: number }>();
    const open: (CueCounts & { chars: number })[] = [];
    const found = emptyCounts();
    const began = generation;
    let root: Element | null = null;
    /** The element whose children the walk goes through, and the next of them. */
    let inside: Element | null = null;
    let next: Node | null = null;
    let lost = false;

    const enter = (element: Element): void => {
      inside = element;
      next = element.firstChild;
      if (!todo.has(element)) return;
      read++;
      const own = { ...emptyCounts(), chars: 0 };
      open.push(own);
      counted.set(element, own);
    };
    const leave = (element: Element): void => {
      if (todo.has(element)) open.pop();
    };
    const countText = (data: string): void => {
      found.anchors = 0;
      found.context = 0;
      cues.count(data, found);
      for (const counts of open) {
        counts.chars += data.length;
        counts.anchors += found.anchors;
        counts.context += found.context;
      }
    };

    return {
      lost: () => lost,
      step(deadline) {
        if (generation !== began) return true;
        // The page moved the node the paused walk stood on: its counts cannot be trusted.
        if (inside !== null && (root === null || !root.contains(inside))) lost = true;
        else if (next !== null && next.parentNode !== inside) lost = true;
        if (lost) return true;
        let untilClock = NODES_PER_CLOCK_READ;
        for (;;) {
          if (inside === null) {
            const first = roots.shift();
            if (first === undefined) break;
            root = first;
            enter(first);
          }
          const node: Node | null = next;
          const around: Element | null = inside;
          if (around === null) break;
          if (node === null) {
            leave(around);
            if (around === root) inside = null;
            else {
              next = around.nextSibling;
              inside = around.parentElement;
            }
          } else if (node.nodeType === 3) {
            countText((node as Text).data);
            next = node.nextSibling;
          } else if (node.nodeType === 1) {
            const child = node as Element;
            if (isSkippedElement(child, child.localName) || chrome.inChrome(child)) {
              next = child.nextSibling;
            } else enter(child);
          } else next = node.nextSibling;
          if (--untilClock === 0) {
            if (now() >= deadline) return false;
            untilClock = NODES_PER_CLOCK_READ;
          }
        }
        for (const [unit, counts] of counted) regionCounts.set(unit, counts);
        return true;
      },
    };
  };

  const judgeRegions: Relevance['judgeRegions'] = (
    texts,
    all,
    readAlready = () => false,
    now = () => performance.now(),
  ) => {
    const judge = judgeOver(all);
    const depth = (element: Element): number => {
      let d = 0;
      for (let up = element.parentElement; up !== null; up = up.parentElement) d++;
      return d;
    };
    const candidatesByParent = new Map<Element, Element[]>();
    for (const text of texts) {
      const parent = text.parentElement;
      if (parent === null || candidatesByParent.has(parent) || !holdsAnchor(text)) continue;
      // Outermost first: a topical region is read whole, the ones inside it with it.
      const candidates = regionsHolding(text).sort((a, b) => depth(a) - depth(b));
      const read = candidates.findIndex(readAlready);
      candidatesByParent.set(parent, read === -1 ? candidates : candidates.slice(0, read));
    }
    const count = countAll(new Set([...candidatesByParent.values()].flat()), now);
    const began = generation;
    let found: Element[] | null = null;
    return {
      step(deadline) {
        if (found !== null) return true;
        if (!count.step(deadline)) return false;
        found = [];
        // The page changed meanwhile: it is judged again after the change (pageChanged).
        if (generation !== began) return true;
        // Where the page moved nodes under the walk, the regions not counted are counted one
        // by one as the page is now (countsOf), when judged.
        const topical = new Set<Element>();
        for (const candidates of candidatesByParent.values()) {
          const region = candidates.find(judge);
          if (region !== undefined) topical.add(region);
        }
        found = [...topical];
        return true;
      },
      regions: () => found ?? [],
    };
  };

  return {
    regional: mode === 'region',
    judgeRegions,
    topicalRegions(texts, all, readAlready) {
      const judging = judgeRegions(texts, all, readAlready);
      judging.step(Number.POSITIVE_INFINITY);
      return judging.regions();
    },
    placement(all) {
      const judge = judgeOver(all);
      return {
        inChrome,
        scope: scopeOf,
        isTopical(mention) {
          // A headline or a topic link says what it leads to, whatever the page around it.
          const unit = mode === 'region' ? linkUnit(mention) : null;
          return judge(unit ?? storyRegion(mention.block.container));
        },
      };
    },
    pageChanged() {
      generation++;
      regionCounts = new Map();
      storyBlocks = new Map();
      storySized = new Map();
      chrome.reset();
      completeKeys = null;
      aroundAnchors = null;
      anchorHolding = new Map();
    },
    regionsRead: () => read,
    keysComplete(texts) {
      completeKeys = [...texts];
      aroundAnchors = null;
    },
  };
}
