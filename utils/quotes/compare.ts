/**
 * Compares the words of a quotation on a page with the words of the source's quote and
 * grades the difference. The verdict is neutral and never "false": the page's wording either
 * matches the source (all of it, or a contiguous part of it) or differs from it, and the diff
 * says how. Text that shares too little with the quote gets no verdict at all: a wrong
 * verdict is worse than none.
 */

export type DiffOp =
  | { op: 'same'; word: string }
  /** In the source, not on the page. */
  | { op: 'dropped'; words: string[] }
  /** On the page, not in the source. */
  | { op: 'added'; words: string[] }
  /** The page has `page` where the source has `source`. */
  | { op: 'swapped'; source: string[]; page: string[] };

export interface Comparison {
  verdict: 'matches' | 'differs';
  /** For 'matches': the whole quote, or a contiguous part of it (its ends cut). */
  extent: 'whole' | 'part';
  /** Source words left out before the first / after the last word the page quotes. */
  cutAtStart: number;
  cutAtEnd: number;
  /** The diff between the cut ends, source order; cut ends are not in it. */
  diff: DiffOp[];
  /** Words counted: page words that are the source's, in order (the common subsequence). */
  shared: number;
}

/** A quotation longer than this many words is not compared word by word (bounded work). */
export const MAX_COMPARED_WORDS = 240;

/**
 * Close enough to be about the quote: the source's words (in order) make up at least 60% of
 * the page's quotation, and they are at least 8 words or 40% of the quote. A quotation that
 * merely shares a phrase with the quote ("the harbour is open again on Sundays") is not.
 */
export function isCloseEnough(shared: number, pageWords: number, sourceWords: number): boolean {
  return shared >= 4 && shared >= 0.6 * pageWords && shared >= Math.min(8, 0.4 * sourceWords);
}

/** Longest common subsequence table, (n+1)×(m+1), for words of at most MAX_COMPARED_WORDS. */
function lcsTable(page: readonly string[], source: readonly string[]): Uint16Array[] {
  const rows: Uint16Array[] = [];
  for (let i = 0; i <= page.length; i++) rows.push(new Uint16Array(source.length + 1));
  for (let i = page.length - 1; i >= 0; i--) {
    const row = rows[i] as Uint16Array;
    const below = rows[i + 1] as Uint16Array;
    for (let j = source.length - 1; j >= 0; j--) {
      row[j] =
        page[i] === source[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  return rows;
}

/** Raw edit script in source order: same / dropped (source only) / added (page only). */
function editScript(page: readonly string[], source: readonly string[]) {
  const table = lcsTable(page, source);
  const at = (i: number, j: number) => (table[i] as Uint16Array)[j] as number;
  const steps: { op: 'same' | 'dropped' | 'added'; word: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < page.length || j < source.length) {
    if (i < page.length && j < source.length && page[i] === source[j]) {
      steps.push({ op: 'same', word: page[i] as string });
      i++;
      j++;
    } else if (j < source.length && (i === page.length || at(i, j + 1) >= at(i + 1, j))) {
      steps.push({ op: 'dropped', word: source[j] as string });
      j++;
    } else {
      steps.push({ op: 'added', word: page[i] as string });
      i++;
    }
  }
  return { steps, shared: at(0, 0) };
}

/** Groups a run of changes between two shared words into dropped, added or swapped. */
function group(steps: { op: 'same' | 'dropped' | 'added'; word: string }[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let dropped: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (dropped.length > 0 && added.length > 0) {
      ops.push({ op: 'swapped', source: dropped, page: added });
    } else if (dropped.length > 0) ops.push({ op: 'dropped', words: dropped });
    else if (added.length > 0) ops.push({ op: 'added', words: added });
    dropped = [];
    added = [];
  };
  for (const step of steps) {
    if (step.op === 'same') {
      flush();
      ops.push({ op: 'same', word: step.word });
    } else if (step.op === 'dropped') dropped.push(step.word);
    else added.push(step.word);
  }
  flush();
  return ops;
}

/**
 * Compares page words with source words, or returns null when they are not close enough to
 * be about this quote. Both lists are folded words (words.ts).
 */
export function compareWords(
  page: readonly string[],
  source: readonly string[],
): Comparison | null {
  if (page.length === 0 || page.length > MAX_COMPARED_WORDS) return null;
  const { steps, shared } = editScript(page, source);
  if (!isCloseEnough(shared, page.length, source.length)) return null;
  // Source words before the first and after the last shared word are the cut ends — unless
  // the page puts words of its own there, which is a change, not a cut.
  const firstSame = steps.findIndex((step) => step.op === 'same');
  const lastSame = steps.length - 1 - [...steps].reverse().findIndex((step) => step.op === 'same');
  const head = steps.slice(0, firstSame);
  const tail = steps.slice(lastSame + 1);
  const cutAtStart = head.every((step) => step.op === 'dropped') ? head.length : 0;
  const cutAtEnd = tail.every((step) => step.op === 'dropped') ? tail.length : 0;
  const inner = steps.slice(cutAtStart, steps.length - cutAtEnd);
  const diff = group(inner);
  const changed = diff.some((op) => op.op !== 'same');
  return {
    verdict: changed ? 'differs' : 'matches',
    extent: cutAtStart + cutAtEnd > 0 ? 'part' : 'whole',
    cutAtStart,
    cutAtEnd,
    diff,
    shared,
  };
}
