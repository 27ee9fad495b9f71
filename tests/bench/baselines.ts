/**
 * The baselines Backstory is compared with, run inside the page. Bundled on its own as an IIFE
 * (global `__backstoryBaselines`) so it does not depend on Backstory's code being buildable.
 *
 * - `readEveryTextNode`: the floor — no scan can be cheaper than reading every text node once.
 * - `markWithMarkJs`: mark.js, the usual library for this job, given the same names.
 * - `wrapWithRegExps`: what one writes first — one RegExp per name, `splitText` + `<mark>`.
 *
 * Both wrapping baselines mutate the DOM, so each runs on a freshly loaded page.
 */

export interface FloorResult {
  ms: number;
  chars: number;
  textNodes: number;
}

export interface WrapResult {
  ms: number;
  mentions: number;
}

export function readEveryTextNode(): FloorResult {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    textNodes += 1;
  }
  return { ms: performance.now() - started, chars, textNodes };
}

interface MarkJsOptions {
  separateWordSearch: boolean;
  accuracy: { value: 'exactly'; limiters: string[] };
  diacritics: boolean;
  caseSensitive: boolean;
  exclude: string[];
  done: (total: number) => void;
}

type MarkJs = new (
  context: Element,
) => {
  mark(keywords: string[], options: MarkJsOptions): void;
};

/**
 * Word edges for mark.js's `accuracy: 'exactly'`: besides white space, a name may touch
 * punctuation ("Lavrov's", "(NATO)", «Кремль»), as it may for the other two methods.
 */
const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»“”„‘’–—…'];

/**
 * Options chosen to be fair to mark.js: whole names (no word splitting), case as given (the
 * list already holds every accepted spelling), and no diacritics expansion — mark.js's
 * default, which turns each letter into a character class and costs it several times over
 * while matching nothing the names need.
 */
export function markWithMarkJs(names: readonly string[]): Promise<WrapResult> {
  const Mark = (window as unknown as { Mark?: MarkJs }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded on the page');
  const started = performance.now();
  return new Promise((resolve) => {
    new Mark(document.body).mark([...names], {
      separateWordSearch: false,
      accuracy: { value: 'exactly', limiters: punctuation },
      diacritics: false,
      caseSensitive: true,
      // mark.js sorts names longest first; without this "Lavrov" would be marked again
      // inside the <mark> it has just made for "Sergey Lavrov".
      exclude: ['mark[data-markjs]'],
      done: (mentions) => resolve({ ms: performance.now() - started, mentions }),
    });
  });
}

const skippedParents = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every text node a name could be wrapped in, gathered afresh for each name. */
function wrappableTextNodes(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || skippedParents.has(parent.tagName) || parent.hasAttribute('data-bench-mark')) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function wrap(text: Text, start: number, length: number): void {
  const inner = text.splitText(start);
  inner.splitText(length);
  const mark = document.createElement('mark');
  mark.setAttribute('data-bench-mark', '');
  inner.replaceWith(mark);
  mark.append(inner);
}

/**
 * One RegExp per name, longest names first, each over every text node; matches are wrapped
 * from the last to the first so earlier offsets in the same node stay valid.
 */
export function wrapWithRegExps(names: readonly string[]): WrapResult {
  const started = performance.now();
  const byLength = [...new Set(names)].sort((a, b) => b.length - a.length);
  let mentions = 0;
  for (const name of byLength) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const text of wrappableTextNodes()) {
      const starts = Array.from(text.data.matchAll(pattern), (match) => match.index);
      for (let i = starts.length - 1; i >= 0; i -= 1) {
        wrap(text, starts[i] ?? 0, name.length);
        mentions += 1;
      }
    }
  }
  return { ms: performance.now() - started, mentions };
}
