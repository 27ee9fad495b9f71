/**
 * Which elements the highlights' `::highlight()` rules are written on: for each highlight name
 * registered, selectors that reach the elements holding its text, chosen as the ranges are
 * registered, rather than the root.
 *
 * The stylesheet arrives after the page was styled, and the browser restyles every element its
 * rules reach: rules on the root (Chromium, where every element inherits the root's highlight
 * styles) or on every element (Firefox) restyle the whole page — 79 ms on a page of 7,360
 * elements and heavy styles (docs/cost.md, "The highlights' stylesheet and the restyle it
 * brings"). Rules on one element type restyle only the elements of that type and, where highlight
 * styles are inherited, what they hold; a rule on one element's id, only that element and what it
 * holds. And each name's rule that an element matches is a style the browser resolves for it, so
 * only the names a page shows are asked for.
 *
 * - Where highlight styles are inherited (Chromium), a range's text is styled by a rule on any
 *   of its ancestors. Of the selectors on its path — each element's type and, where it has a
 *   plain id that is its own, its id — the one that reaches the fewest elements in all: for an
 *   id, what its element holds; for a type, an estimate, (elements of the type) × (elements in
 *   the one on the path), and no less than the outermost of them around the range holds — a `p`
 *   of a story, a heading, a list item, the story's container where it has an id, rarely a `div`.
 *   On a page of thousands of paragraphs no type is cheap, and an id near the text is.
 * - Where they are not (Firefox), only a rule that matches the element holding each text node
 *   styles it: that element's type, which restyles the elements of the type; or that type under
 *   an ancestor's id or type (`#story p`, `article p`), which restyles what the elements the
 *   ancestor's selector reaches hold (Firefox works out what a new rule may change from the
 *   selector's ancestor part where there is one) — the one that reaches the fewest, weighed as
 *   above; or the holder's own id alone.
 *
 * The choice is an estimate, a type's elements and an element's counted once, when first
 * weighed (an exact count of what a type's elements hold cost far more than it saved: 189 ms
 * against 31 for the mentions of a page of 96,000 elements). A page that changes later gets its
 * new elements of the chosen types, or under the chosen ids, styled as it styles them anyway;
 * a page that takes an element's id away leaves the mentions it held unpainted until they are
 * registered again. It can be wrong where an element of the type away from the range holds much
 * and the others little: it then costs what the root did.
 */

import { ID_NAME, TYPE_NAME } from './selector-names';

const PLAIN_TYPE = new RegExp(`^${TYPE_NAME}$`);
const PLAIN_ID = new RegExp(`^${ID_NAME}$`);

/** A type selector for an element, or `*` where its name is not one we write as is. */
export function typeSelectorOf(element: Element): string {
  return PLAIN_TYPE.test(element.localName) ? element.localName : '*';
}

/**
 * A highlight name's rule, written on one selector: an element type, `*`, an id, or (where
 * highlight styles are not inherited) an element type under an id or another type.
 */
export interface StyleRule {
  name: string;
  selector: string;
}

/** A highlight name's rules as asked for: on the selectors listed. */
export interface StyleRequest {
  name: string;
  selectors: string[];
}

export interface HighlightScope {
  /**
   * The rules that must be added for `range`'s text to be styled under highlight `name`,
   * beyond those already given: `name` on the selectors chosen, and the companion name
   * (the focus, drawn over any mention) on the same. Each rule is given once.
   */
  rulesToAdd(name: string, range: AbstractRange): StyleRule[];
}

/** The elements that hold the text nodes of `range`, in order, each once. */
function textHolders(range: AbstractRange): Element[] {
  const start = range.startContainer;
  const end = range.endContainer;
  if (start === end) return start.parentElement ? [start.parentElement] : [];
  const document = start.ownerDocument;
  if (document === null) return [];
  const live = document.createRange();
  try {
    live.setStart(start, range.startOffset);
    live.setEnd(end, range.endOffset);
  } catch {
    // The text changed since the range was made; the rescan replaces it.
    return [];
  }
  const holders = new Set<Element>();
  const walker = document.createTreeWalker(live.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  for (let node: Node | null = start; node !== null; node = walker.nextNode()) {
    if (node.parentElement) holders.add(node.parentElement);
    if (node === end) break;
  }
  return [...holders];
}

/** The element that holds all of `range`'s text. */
function commonHolder(range: AbstractRange): Element | null {
  const holders = textHolders(range);
  let common = holders[0] ?? null;
  for (const holder of holders.slice(1)) {
    while (common !== null && !common.contains(holder)) common = common.parentElement;
  }
  return common;
}

export function createHighlightScope(
  document: Document,
  inheritsHighlightStyles: boolean,
  /** A name whose ranges are always ranges of other names, and styled wherever those are. */
  companion: string,
): HighlightScope {
  /** The elements under each element weighed, counted once: a wrapper is weighed for many. */
  const sizes = new WeakMap<Element, number>();
  const elementsIn = (element: Element): number => {
    let size = sizes.get(element);
    if (size === undefined) {
      size = element.getElementsByTagName('*').length + 1;
      sizes.set(element, size);
    }
    return size;
  };
  /** The element's id where it is plain, whether or not others carry it. */
  const plainIdOf = (element: Element): string | null => {
    const { id } = element;
    return id !== '' && PLAIN_ID.test(id) ? id : null;
  };
  /**
   * Whether each id weighed is carried by one element only, asked once per id: a rule on an id
   * that several elements carry would reach them all. Asked of the browser only for the ids a
   * weighing climbs to, not of every ancestor checked for a given rule, since it answers at once
   * for an id carried once but walks the document for one carried more (a page of 96,000
   * elements, 1,247 such ids among 8,879: 1.1 s to ask `getElementById` of them all).
   */
  const carriedOnce = new Map<string, boolean>();
  /** `#` and the element's id, where it is plain and no other element carries it. */
  const idSelectorOf = (element: Element): string | null => {
    const id = plainIdOf(element);
    if (id === null) return null;
    let once = carriedOnce.get(id);
    if (once === undefined) {
      once = document.querySelectorAll(`#${id}`).length === 1;
      carriedOnce.set(id, once);
    }
    return once ? `#${id}` : null;
  };
  const countOfType = new Map<string, number>();
  const elementsOfType = (type: string): number => {
    let count = countOfType.get(type);
    if (count === undefined) {
      count = document.getElementsByTagName(type).length;
      countOfType.set(type, count);
    }
    return count;
  };
  /** The outermost element of `element`'s type that holds it (itself where none does). */
  const outermostOfType = (element: Element, type: string): Element => {
    if (type === '*') return element.ownerDocument.documentElement;
    let outermost = element;
    for (let up = element.parentElement?.closest(type); up; up = up.parentElement?.closest(type)) {
      outermost = up;
    }
    return outermost;
  };
  /**
   * The elements a rule on `element`'s type would restyle, estimated: as many as its elements
   * times what this one holds, and never less than what the outermost of them around it holds
   * (a `div` that wraps the page is restyled with all it holds).
   */
  const costOf = (element: Element, type: string): number =>
    Math.max(
      elementsOfType(type) * elementsIn(element),
      elementsIn(outermostOfType(element, type)),
    );

  /**
   * The scope on `holder`'s path whose rules would restyle fewer elements than `toBeat`, if
   * any: the nearest element with an id of its own (what it holds, never more than its type
   * reaches), or the element type whose elements hold the fewest by the estimate.
   */
  const cheapestScopeAbove = (
    holder: Element,
    toBeat: number,
  ): { id: string; element: Element } | { type: string } | null => {
    let best: { type: string } | null = null;
    let bestCost = toBeat;
    for (let element: Element | null = holder; element !== null; element = element.parentElement) {
      // Every element further up holds more than this one: none can cost less than the best.
      if (elementsIn(element) >= bestCost) break;
      const id = idSelectorOf(element);
      if (id !== null) return { id, element };
      const type = typeSelectorOf(element);
      const cost = costOf(element, type);
      if (cost < bestCost) {
        best = { type };
        bestCost = cost;
      }
    }
    return best;
  };

  /** Chromium: the holder's type, or a scope above it that restyles fewer elements. */
  const cheapestSelectorAbove = (holder: Element): string => {
    const type = typeSelectorOf(holder);
    const scope = cheapestScopeAbove(holder, costOf(holder, type));
    if (scope === null) return type;
    return 'id' in scope ? scope.id : scope.type;
  };

  /**
   * Firefox: the selector that matches `holder` itself and restyles the fewest elements — its
   * type alone (the elements of the type), or its type under a scope on its path (what that
   * scope reaches: an ancestor's id or type) — or its own id alone. (The holder's own type as a
   * scope, or `*`, never costs less than the type alone.)
   */
  const cheapestSelectorAt = (holder: Element): string => {
    const type = typeSelectorOf(holder);
    if (type === '*') return type;
    const scope = cheapestScopeAbove(holder, elementsOfType(type));
    if (scope === null) return type;
    if ('id' in scope) return scope.element === holder ? scope.id : `${scope.id} ${type}`;
    return `${scope.type} ${type}`;
  };

  /**
   * What one name's rules are on so far, and, for each element whose text was weighed, the
   * given selector that reaches it.
   */
  interface NameScope {
    given: Set<string>;
    styledBy: WeakMap<Element, string>;
  }
  const names = new Map<string, NameScope>();
  const scopeOf = (name: string): NameScope => {
    let scope = names.get(name);
    if (scope === undefined) {
      scope = { given: new Set(), styledBy: new WeakMap() };
      names.set(name, scope);
    }
    return scope;
  };

  /**
   * Whether the given `selector` still reaches `holder`'s text: the page may have taken an id
   * away or moved the element since it was weighed.
   */
  const stillReaches = (selector: string, holder: Element): boolean =>
    inheritsHighlightStyles ? holder.closest(selector) !== null : holder.matches(selector);

  /** The given selector that reaches `element` itself, if any. */
  const givenFor = (given: Set<string>, element: Element): string | null => {
    if (given.has('*')) return '*';
    const type = typeSelectorOf(element);
    if (given.has(type)) return type;
    // A rule on an id reaches every element that carries it.
    const id = plainIdOf(element);
    return id !== null && given.has(`#${id}`) ? `#${id}` : null;
  };

  /** The given selector that reaches `holder` or one of its ancestors, if any. */
  const givenAbove = (given: Set<string>, holder: Element): string | null => {
    for (let element: Element | null = holder; element !== null; element = element.parentElement) {
      const reaching = givenFor(given, element);
      if (reaching !== null) return reaching;
    }
    return null;
  };

  /** Firefox: the given selector that matches `holder` itself, if any. */
  const givenAt = (given: Set<string>, holder: Element): string | null => {
    const own = givenFor(given, holder);
    if (own !== null) return own;
    const type = typeSelectorOf(holder);
    for (let element = holder.parentElement; element !== null; element = element.parentElement) {
      const underType = `${typeSelectorOf(element)} ${type}`;
      if (given.has(underType)) return underType;
      const id = plainIdOf(element);
      if (id !== null && given.has(`#${id} ${type}`)) return `#${id} ${type}`;
    }
    return null;
  };

  /** The selector to add for `holder`'s text, or none where a given one reaches it. */
  const selectorFor = ({ given, styledBy }: NameScope, holder: Element): string | null => {
    const known = styledBy.get(holder);
    if (known !== undefined && stillReaches(known, holder)) return null;
    const reaching = inheritsHighlightStyles ? givenAbove(given, holder) : givenAt(given, holder);
    if (reaching !== null) {
      styledBy.set(holder, reaching);
      return null;
    }
    const selector = inheritsHighlightStyles
      ? cheapestSelectorAbove(holder)
      : cheapestSelectorAt(holder);
    styledBy.set(holder, selector);
    return selector;
  };

  return {
    rulesToAdd(name, range) {
      if (name === companion) return [];
      const scope = scopeOf(name);
      const withCompanion = scopeOf(companion);
      const holders = inheritsHighlightStyles
        ? [commonHolder(range)].filter((holder) => holder !== null)
        : textHolders(range);
      const added: StyleRule[] = [];
      for (const holder of holders) {
        const selector = selectorFor(scope, holder);
        if (selector === null || scope.given.has(selector)) continue;
        scope.given.add(selector);
        added.push({ name, selector });
        if (withCompanion.given.has(selector)) continue;
        withCompanion.given.add(selector);
        added.push({ name: companion, selector });
      }
      return added;
    },
  };
}
