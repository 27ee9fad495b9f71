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

  // 1. Trie, with children in maps while building.
  const children: Map<number, number>[] = [new Map()];
  const terminal: number[] = [-1];
  const depth: number[] = [0];
  patterns.forEach((pattern, patternIndex) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const column = columns.get(pattern.charCodeAt(i)) as number;
      const node = children[state] as Map<number, number>;
      let next = node.get(column);
      if (next === undefined) {
        next = children.length;
        node.set(column, next);
        children.push(new Map());
        terminal.push(-1);
        depth.push(i + 1);
      }
      state = next;
    }
    if (terminal[state] !== -1) throw new Error(`Aho–Corasick: duplicate pattern "${pattern}"`);
    terminal[state] = patternIndex;
  });

  // 2. Breadth-first: failure links, complete transitions, output lists.
  const stateCount = children.length;
  const transitions =
    stateCount <= 0xffff
      ? new Uint16Array(stateCount * width)
      : new Uint32Array(stateCount * width);
  const failure = new Int32Array(stateCount);
  const outputLists: number[][] = new Array(stateCount);
  outputLists[0] = [];
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const row = state * width;
    const failRow = (failure[state] as number) * width;
    for (let column = 1; column < width; column++) {
      const child = (children[state] as Map<number, number>).get(column);
      if (child === undefined) {
        transitions[row + column] = state === 0 ? 0 : (transitions[failRow + column] as number);
        continue;
      }
      transitions[row + column] = child;
      const childFailure = state === 0 ? 0 : (transitions[failRow + column] as number);
      failure[child] = childFailure;
      const own = terminal[child] as number;
      const inherited = outputLists[childFailure] as number[];
      outputLists[child] = own === -1 ? inherited : [own, ...inherited];
      queue.push(child);
    }
  }

  // 3. Flatten the output lists.
  const outputStart = new Uint32Array(stateCount + 1);
  const hasOutput = new Uint8Array(stateCount);
  let total = 0;
  for (let state = 0; state < stateCount; state++) {
    outputStart[state] = total;
    const list = outputLists[state] as number[];
    total += list.length;
    if (list.length > 0) hasOutput[state] = 1;
  }
  outputStart[stateCount] = total;
  const outputs = new Uint32Array(total);
  for (let state = 0; state < stateCount; state++) {
    outputs.set(outputLists[state] as number[], outputStart[state] as number);
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
