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

/** Builds the automaton. Patterns must be non-empty and distinct. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const columns = new Map<number, number>();
  for (const pattern of patterns) {
    if (pattern.length === 0) throw new Error('Aho–Corasick: empty pattern');
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!columns.has(unit)) columns.set(unit, columns.size + 1);
    }
  }
  const width = columns.size + 1;

  // 1. Trie, built straight into a dense table sized for the worst case (every code unit
  //    of every pattern a new state); 0 means "no child" since the root is nobody's child.
  //    Children are also chained (first child, next sibling) so step 2 visits only them.
  let maxStates = 1;
  for (const pattern of patterns) maxStates += pattern.length;
  const table = new Uint32Array(maxStates * width);
  const terminal = new Int32Array(maxStates).fill(-1);
  const firstChild = new Int32Array(maxStates).fill(-1);
  const nextSibling = new Int32Array(maxStates).fill(-1);
  const columnIn = new Int32Array(maxStates); // column of the edge into a state
  let stateCount = 1;
  patterns.forEach((pattern, patternIndex) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const column = columns.get(pattern.charCodeAt(i)) as number;
      const slot = state * width + column;
      if (table[slot] === 0) {
        const child = stateCount++;
        table[slot] = child;
        columnIn[child] = column;
        nextSibling[child] = firstChild[state] as number;
        firstChild[state] = child;
      }
      state = table[slot] as number;
    }
    if (terminal[state] !== -1) throw new Error(`Aho–Corasick: duplicate pattern "${pattern}"`);
    terminal[state] = patternIndex;
  });

  // 2. Breadth-first: failure links, then complete each row. A missing child goes where the
  //    failure state goes (failure states are shallower, so their rows are complete already):
  //    copy the failure state's row, then put the state's own children back.
  const failure = new Int32Array(stateCount);
  /** Nearest state along the failure chain that ends a pattern (-1: none). */
  const outputLink = new Int32Array(stateCount).fill(-1);
  const queue = new Int32Array(stateCount);
  let queueEnd = 1;
  for (let head = 0; head < queueEnd; head++) {
    const state = queue[head] as number;
    const row = state * width;
    const failRow = (failure[state] as number) * width;
    if (state !== 0) table.copyWithin(row, failRow, failRow + width);
    for (
      let child = firstChild[state] as number;
      child !== -1;
      child = nextSibling[child] as number
    ) {
      const column = columnIn[child] as number;
      const viaFailure = state === 0 ? 0 : (table[failRow + column] as number);
      table[row + column] = child;
      failure[child] = viaFailure;
      outputLink[child] =
        terminal[viaFailure] !== -1 ? viaFailure : (outputLink[viaFailure] as number);
      queue[queueEnd++] = child;
    }
  }
  const transitions =
    stateCount <= 0xffff
      ? new Uint16Array(table.subarray(0, stateCount * width))
      : table.slice(0, stateCount * width);

  // 3. Flatten the output lists: own pattern first (longest), then along output links.
  const outputStart = new Uint32Array(stateCount + 1);
  const hasOutput = new Uint8Array(stateCount);
  let total = 0;
  for (let state = 0; state < stateCount; state++) {
    outputStart[state] = total;
    const first = terminal[state] !== -1 ? state : (outputLink[state] as number);
    for (let at = first; at !== -1; at = outputLink[at] as number) total++;
    if (first !== -1) hasOutput[state] = 1;
  }
  outputStart[stateCount] = total;
  const outputs = new Uint32Array(total);
  for (let state = 0, k = 0; state < stateCount; state++) {
    const first = terminal[state] !== -1 ? state : (outputLink[state] as number);
    for (let at = first; at !== -1; at = outputLink[at] as number)
      outputs[k++] = terminal[at] as number;
  }

  const patternLength = Uint32Array.from(patterns, (pattern) => pattern.length);
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
