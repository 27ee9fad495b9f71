/**
 * A generic Aho–Corasick automaton over strings of UTF-16 code units, compiled to a dense
 * DFA over a compact alphabet so that scanning costs one table read per code unit, however
 * many patterns there are.
 *
 * - Alphabet: every code unit used by a pattern gets a column 1..width-1; column 0 stands
 *   for every other unit and always leads back to the root (no pattern can span it).
 * - `transitions[state * width + column]` is the next state with failure links already
 *   followed (a complete DFA), so the scan loop has no inner loop.
 * - `outputs` lists, for each state, every pattern that ends there — its own and those
 *   reachable through failure links — longest first.
 *
 * Memory is states × width entries (2 bytes each below 65,536 states); the matcher reports
 * the figure for the real dataset in its benchmark.
 */

export interface Automaton {
  readonly stateCount: number;
  /** Number of columns: alphabet size + 1 (column 0 = "not in any pattern"). */
  readonly width: number;
  readonly transitions: Uint16Array | Uint32Array;
  /** 1 where a state has outputs, so the scan loop tests one byte. */
  readonly hasOutput: Uint8Array;
  /** Outputs of state s are `outputs[outputStart[s] .. outputStart[s + 1])`. */
  readonly outputStart: Uint32Array;
  readonly outputs: Uint32Array;
  /** Length in code units of every pattern. */
  readonly patternLength: Uint32Array;
  /** Column of a code unit (0 when no pattern uses it). */
  columnOf(unit: number): number;
}

/**
 * The automaton before its tables are filled in: the trie alone, states numbered in
 * breadth-first order, so the children of a state are consecutive and come after it — each state
 * needs only its number of children, the column of the edge into it and the pattern it ends. This
 * is what the build serializes (automaton-tables.ts); `expandAutomaton` derives the failure links
 * and the dense table from it in one pass of row copies.
 */
export interface AutomatonPlan {
  readonly stateCount: number;
  readonly width: number;
  /** Code unit of each column 1..width-1 (`alphabet[column - 1]`). */
  readonly alphabet: Uint16Array;
  /** Bytes where `width` ≤ 256 (`narrowPlan`): a state has fewer children than columns. */
  readonly childCount: Uint8Array | Uint16Array;
  /** Column of the edge from the parent (0 for the root). */
  /** Bytes where `width` ≤ 256 (`narrowPlan`). */
  readonly column: Uint8Array | Uint16Array;
  /** Index of the pattern the state ends, or the array type's maximum for none. */
  readonly terminal: Uint16Array | Uint32Array;
  /** Length in code units of every pattern. */
  readonly patternLength: Uint32Array;
}

/**
 * Whether a plan's child counts and columns fit a byte: below `width` both (a state has at most
 * one child per column), so where there are at most 256 columns. Today's matcher has 74: 7 KB
 * less of its plan for the page's life.
 */
export function narrowPlan(width: number): boolean {
  return width <= 0x100;
}

/** Whether pattern indices need 32 bits (0xffff is kept free in 16 bits: it marks "none"). */
export function needsWidePatternIndices(patternCount: number): boolean {
  return patternCount >= 0xffff;
}

/** "No pattern ends here" in a `terminal` array. */
export function noPattern(terminal: Uint16Array | Uint32Array): number {
  return terminal instanceof Uint32Array ? 0xffffffff : 0xffff;
}

/** Builds the trie. Patterns must be non-empty and distinct. */
export function planAutomaton(patterns: readonly string[]): AutomatonPlan {
  const columns = new Map<number, number>();
  for (const pattern of patterns) {
    if (pattern.length === 0) throw new Error('Aho–Corasick: empty pattern');
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!columns.has(unit)) columns.set(unit, columns.size + 1);
    }
  }
  const width = columns.size + 1;

  // 1. Trie in insertion order, children chained (first child, next sibling) in the order
  //    patterns introduced them.
  let maxStates = 1;
  for (const pattern of patterns) maxStates += pattern.length;
  const childAt = new Map<number, number>(); // state * width + column → child
  const terminal = new Int32Array(maxStates).fill(-1);
  const firstChild = new Int32Array(maxStates).fill(-1);
  const lastChild = new Int32Array(maxStates).fill(-1);
  const nextSibling = new Int32Array(maxStates).fill(-1);
  const columnIn = new Int32Array(maxStates);
  let stateCount = 1;
  patterns.forEach((pattern, patternIndex) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const column = columns.get(pattern.charCodeAt(i)) as number;
      const key = state * width + column;
      let child = childAt.get(key);
      if (child === undefined) {
        child = stateCount++;
        childAt.set(key, child);
        columnIn[child] = column;
        if (lastChild[state] === -1) firstChild[state] = child;
        else nextSibling[lastChild[state] as number] = child;
        lastChild[state] = child;
      }
      state = child;
    }
    if (terminal[state] !== -1) throw new Error(`Aho–Corasick: duplicate pattern "${pattern}"`);
    terminal[state] = patternIndex;
  });

  // 2. Breadth-first renumbering.
  const wide = needsWidePatternIndices(patterns.length);
  const Small = narrowPlan(width) ? Uint8Array : Uint16Array;
  const childCount = new Small(stateCount);
  const column = new Small(stateCount);
  const terminalOut = wide ? new Uint32Array(stateCount) : new Uint16Array(stateCount);
  const none = noPattern(terminalOut);
  const order = new Int32Array(stateCount);
  let queueEnd = 1;
  for (let head = 0; head < queueEnd; head++) {
    const state = order[head] as number;
    let children = 0;
    for (let c = firstChild[state] as number; c !== -1; c = nextSibling[c] as number) {
      order[queueEnd++] = c;
      children++;
    }
    childCount[head] = children;
    column[head] = columnIn[state] as number;
    const ends = terminal[state] as number;
    terminalOut[head] = ends === -1 ? none : ends;
  }
  const alphabet = new Uint16Array(width - 1);
  for (const [unit, at] of columns) alphabet[at - 1] = unit;
  return {
    stateCount,
    width,
    alphabet,
    childCount,
    column,
    terminal: terminalOut,
    patternLength: Uint32Array.from(patterns, (pattern) => pattern.length),
  };
}

/**
 * Fills in the dense table and the output lists. In breadth-first order, each row starts as its
 * failure state's row (complete already: failure states are shallower), which also gives each
 * child's failure state (where the failure row goes on the child's column); then the state's own
 * children are put in.
 */
export function expandAutomaton(plan: AutomatonPlan): Automaton {
  const { stateCount, width, childCount, column, terminal, patternLength } = plan;
  const none = noPattern(terminal);
  const transitions =
    stateCount <= 0xffff
      ? new Uint16Array(stateCount * width)
      : new Uint32Array(stateCount * width);
  const failure = new Int32Array(stateCount);
  let child = 1;
  for (let state = 0; state < stateCount; state++) {
    const row = state * width;
    if (state !== 0) {
      const failRow = (failure[state] as number) * width;
      transitions.copyWithin(row, failRow, failRow + width);
    }
    const end = child + (childCount[state] as number);
    for (; child < end; child++) {
      const slot = row + (column[child] as number);
      failure[child] = state === 0 ? 0 : (transitions[slot] as number);
      transitions[slot] = child;
    }
  }

  // Output lists: own pattern first (longest), then along output links (the nearest state on
  // the failure chain that ends a pattern).
  const outputLink = new Int32Array(stateCount).fill(-1);
  const outputStart = new Uint32Array(stateCount + 1);
  const hasOutput = new Uint8Array(stateCount);
  let total = 0;
  for (let state = 0; state < stateCount; state++) {
    if (state !== 0) {
      const via = failure[state] as number;
      outputLink[state] = terminal[via] !== none ? via : (outputLink[via] as number);
    }
    outputStart[state] = total;
    const first = terminal[state] !== none ? state : (outputLink[state] as number);
    for (let at = first; at !== -1; at = outputLink[at] as number) total++;
    if (first !== -1) hasOutput[state] = 1;
  }
  outputStart[stateCount] = total;
  const outputs = new Uint32Array(total);
  for (let state = 0, k = 0; state < stateCount; state++) {
    const first = terminal[state] !== none ? state : (outputLink[state] as number);
    for (let at = first; at !== -1; at = outputLink[at] as number) {
      outputs[k++] = terminal[at] as number;
    }
  }

  const columns = new Map<number, number>();
  for (let at = 0; at < plan.alphabet.length; at++)
    columns.set(plan.alphabet[at] as number, at + 1);
  return {
    stateCount,
    width,
    transitions,
    hasOutput,
    outputStart,
    outputs,
    patternLength,
    columnOf: (unit) => columns.get(unit) ?? 0,
  };
}

/** `LazyAutomaton.flags`: the state's row and output link are filled in. */
export const FILLED = 1;
/** `LazyAutomaton.flags`: a pattern ends at the state (its own or one along its output link). */
export const HAS_OUTPUT = 2;

/**
 * The same complete DFA as `expandAutomaton` makes, with each state's row filled in the first
 * time a scan reaches the state instead of all at once: a page visits a few hundred of the
 * thousands of states, so it fills a few hundred rows, not ~430 KB of table (measured: filling
 * every row and output list costs a page more than everything else the matcher does at start,
 * and shipping the filled table instead makes the script ~0.7 MB larger, which a page parses
 * and keeps). A state's row is a copy of its failure state's row (filled first, recursively:
 * it is shallower) with the state's own children put in, exactly as `expandAutomaton` does.
 *
 * The scan reads `flags[state]` on every arrival (one byte, as it read `hasOutput` before):
 * 0 means "call `fill(state)` first". Outputs are walked along output links
 * (`terminal[at]`, then `at = outputLink[at]` until NO_LINK): own pattern first, then shorter
 * ones. The per-state arrays hold state numbers, so they are 16-bit where the states are fewer
 * than 65,536 (all automata of today's dataset; the matcher's 3,625 states took 14 KB a
 * 32-bit array, for the page's life).
 *
 * Where the rows are: a state's row is row number `rowNumber[state]`, starting at that times
 * `width`; rows are placed in the order they are filled and `transitions` grows (a new array:
 * read it again after `fill`) — the matcher's table would be ~0.5 MB allocated whole for the
 * few hundred rows a page fills, and the keys' 46 KB. A row number, not the row's start: rows
 * are no more than states, so it fits a state number's width (7 KB for the matcher's 3,625
 * states where 32-bit starts took 14, for the page's life).
 */
export class LazyAutomaton {
  readonly stateCount: number;
  readonly width: number;
  /** The rows filled so far; a new, larger array after some `fill`s. */
  transitions: Uint16Array | Uint32Array;
  /** Row number of each filled state in `transitions` (its row starts at that times `width`). */
  readonly rowNumber: Uint16Array | Uint32Array;
  /** FILLED | HAS_OUTPUT per state; 0 until the state is filled. */
  readonly flags: Uint8Array;
  /** Pattern index the state ends, or `none` (the plan's terminal array). */
  readonly terminal: Uint16Array | Uint32Array;
  readonly none: number;
  /** Nearest state on the failure chain that ends a pattern, or NO_LINK (once filled). */
  readonly outputLink: Uint16Array | Uint32Array;
  readonly patternLength: Uint32Array;
  private readonly failure: Uint16Array | Uint32Array;
  /**
   * The first child of every 16th state (CHECKPOINT_SHIFT); a state's own is counted from the
   * one of its stretch (`firstChildOf`). Rather than every state's: a per-state array was 7 KB of the
   * matcher's for the page's life, to save a few additions on each of the few hundred fills.
   */
  private readonly checkpoints: Uint16Array | Uint32Array;
  private readonly childCount: Uint8Array | Uint16Array;
  private readonly column: Uint8Array | Uint16Array;
  private readonly columns: Map<number, number>;
  /** Rows placed so far. */
  private rowsUsed = 0;

  constructor(plan: AutomatonPlan) {
    const { stateCount, width } = plan;
    this.stateCount = stateCount;
    this.width = width;
    // Room for the rows a short text fills; `placeRow` doubles it when a page needs more.
    this.transitions = newTable(stateCount, Math.min(stateCount, INITIAL_ROWS) * width);
    this.rowNumber = newTable(stateCount, stateCount);
    this.flags = new Uint8Array(stateCount);
    this.terminal = plan.terminal;
    this.none = noPattern(plan.terminal);
    this.outputLink = newTable(stateCount, stateCount);
    this.patternLength = plan.patternLength;
    this.failure = newTable(stateCount, stateCount);
    this.childCount = plan.childCount;
    this.column = plan.column;
    // Breadth-first numbering: the children of a state follow those of the states before it.
    // At most `stateCount` (past the last state): it fits the same width as a state number.
    // One for each stretch of states, the last one's included (there is always the root).
    this.checkpoints = newTable(stateCount, ((stateCount - 1) >> CHECKPOINT_SHIFT) + 1);
    let next = 1;
    for (let state = 0; state < stateCount; state++) {
      if ((state & CHECKPOINT_MASK) === 0) this.checkpoints[state >> CHECKPOINT_SHIFT] = next;
      next += plan.childCount[state] as number;
    }
    this.columns = new Map();
    for (let at = 0; at < plan.alphabet.length; at++) {
      this.columns.set(plan.alphabet[at] as number, at + 1);
    }
    this.outputLink[0] = NO_LINK;
    this.fill(0);
  }

  /** Column of a code unit (0 when no pattern uses it). */
  columnOf(unit: number): number {
    return this.columns.get(unit) ?? 0;
  }

  /** Start of the row of a filled state. */
  rowStart(state: number): number {
    return (this.rowNumber[state] as number) * this.width;
  }

  /** The first child of `state` (past the last state's children where it has none). */
  private firstChildOf(state: number): number {
    const { childCount } = this;
    const from = state & ~CHECKPOINT_MASK;
    let first = this.checkpoints[state >> CHECKPOINT_SHIFT] as number;
    for (let before = from; before < state; before++) first += childCount[before] as number;
    return first;
  }

  /**
   * The last state with children that start at or before `state` (not the root). Children
   * start in the order of their parents, so it is in the last checkpoint's stretch that starts
   * at or before `state` (binary search), and the stretch is walked from there.
   */
  private parentOf(state: number): number {
    const { checkpoints, childCount, stateCount } = this;
    let low = 0;
    let high = checkpoints.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((checkpoints[middle] as number) <= state) low = middle;
      else high = middle - 1;
    }
    let parent = -1;
    let first = checkpoints[low] as number;
    const end = Math.min(stateCount, (low + 1) << CHECKPOINT_SHIFT);
    for (let candidate = low << CHECKPOINT_SHIFT; candidate < end && first <= state; candidate++) {
      if ((childCount[candidate] as number) !== 0) parent = candidate;
      first += childCount[candidate] as number;
    }
    return parent;
  }

  /** Where `state`'s row goes: the next free row, growing the table when it is full. */
  private placeRow(state: number): number {
    const row = this.rowsUsed * this.width;
    if (row + this.width > this.transitions.length) {
      const rows = Math.min(this.stateCount, this.rowsUsed * 2);
      const bigger = newTable(this.stateCount, rows * this.width);
      bigger.set(this.transitions);
      this.transitions = bigger;
    }
    this.rowNumber[state] = this.rowsUsed;
    this.rowsUsed++;
    return row;
  }

  /**
   * Fills `state`'s row and output link: its parent's first (which finds its failure state),
   * then its failure state's. A scan only reaches states whose parent is filled.
   */
  fill(state: number): void {
    const { width, failure, terminal, none, outputLink } = this;
    if (state !== 0) {
      const parent = this.parentOf(state);
      if (this.flags[parent] === 0) this.fill(parent);
      const via = failure[state] as number;
      if (this.flags[via] === 0) this.fill(via);
      const row = this.placeRow(state);
      const viaRow = this.rowStart(via);
      this.transitions.copyWithin(row, viaRow, viaRow + width);
      outputLink[state] = terminal[via] !== none ? via : (outputLink[via] as number);
    } else {
      this.placeRow(0);
    }
    // Read after the fills above: they may have replaced the table.
    const transitions = this.transitions;
    const row = this.rowStart(state);
    const first = this.firstChildOf(state);
    const end = first + (this.childCount[state] as number);
    for (let child = first; child < end; child++) {
      const slot = row + (this.column[child] as number);
      failure[child] = state === 0 ? 0 : (transitions[slot] as number);
      transitions[slot] = child;
    }
    const ends = terminal[state] !== none || outputLink[state] !== NO_LINK;
    this.flags[state] = ends ? FILLED | HAS_OUTPUT : FILLED;
  }
}

/**
 * `LazyAutomaton.outputLink` where no state on the failure chain ends a pattern: the root, which
 * ends none (patterns are never empty), so it is never a link.
 */
export const NO_LINK = 0;

/** A state's first child is kept for every 2^CHECKPOINT_SHIFT-th state (`LazyAutomaton`). */
const CHECKPOINT_SHIFT = 4;
const CHECKPOINT_MASK = (1 << CHECKPOINT_SHIFT) - 1;

/**
 * Rows a table placed on demand starts with (doubled as needed). The topic cues and the keys
 * fill a few dozen rows on most pages; 128 rows were 14 KB each, kept for the page's life.
 */
const INITIAL_ROWS = 32;

/** A table of `length` entries wide enough for state numbers up to `stateCount`. */
function newTable(stateCount: number, length: number): Uint16Array | Uint32Array {
  return stateCount <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

/** Builds the automaton. Patterns must be non-empty and distinct. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  return expandAutomaton(planAutomaton(patterns));
}

/**
 * Every occurrence of every pattern in `text` (overlapping ones included), as
 * [start, end, patternIndex] in order of end, then longest first. A plain scan for tests and
 * for callers that do not need the matcher's normalisation.
 */
export function findAllOccurrences(
  automaton: Automaton,
  text: string,
): Array<[start: number, end: number, pattern: number]> {
  const found: Array<[number, number, number]> = [];
  const { transitions, width, hasOutput, outputStart, outputs, patternLength } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = transitions[state * width + automaton.columnOf(text.charCodeAt(i))] as number;
    if (hasOutput[state] === 0) continue;
    const last = outputStart[state + 1] as number;
    for (let k = outputStart[state] as number; k < last; k++) {
      const pattern = outputs[k] as number;
      found.push([i + 1 - (patternLength[pattern] as number), i + 1, pattern]);
    }
  }
  return found;
}
