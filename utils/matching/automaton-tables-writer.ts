/**
 * The automaton's tables written (automaton-tables.ts reads them): by the build, which plans each
 * automaton, writes its plan as bytes and checks it in full (`verifyAutomatonTables`), and by the
 * tests. No page writes tables or checks their payload (see automaton-tables.ts for why), so
 * nothing here belongs in a script a page loads: the key check's script, which lends the engine
 * the readers (entrypoints/key-check/lent-modules.ts), compiles all it carries as it loads
 * (modules/compile-hints.ts), and would compile these for nothing.
 */
import {
  type AutomatonPlan,
  narrowPlan,
  needsWidePatternIndices,
  noPattern,
  planAutomaton,
} from './aho-corasick';
import {
  HEADER_WORDS,
  MAGIC,
  MatcherTablesError,
  patternListChecksum,
  readAutomatonPlan,
  sectionOffsets,
  TABLES_FORMAT_VERSION,
  WIDE,
} from './automaton-tables';

/** FNV-1a over the payload's 32-bit words (its length is a multiple of 4). */
function payloadChecksum(buffer: ArrayBufferLike, byteOffset: number, byteLength: number): number {
  const words = new Uint32Array(buffer, byteOffset, byteLength >> 2);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ (words[i] as number), 0x01000193);
  return hash >>> 0;
}

/** The automaton for `patterns`, planned and written as bytes. */
export function serializeAutomaton(patterns: readonly string[]): Uint8Array {
  const plan = planAutomaton(patterns);
  const wide = needsWidePatternIndices(patterns.length);
  const at = sectionOffsets(plan.stateCount, plan.width, wide);
  const buffer = new ArrayBuffer(at.end);
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  header.set([
    MAGIC,
    TABLES_FORMAT_VERSION,
    patternListChecksum(patterns),
    plan.stateCount,
    plan.width,
    patterns.length,
    wide ? WIDE : 0,
    0,
  ]);
  new Uint16Array(buffer, at.alphabet, plan.width - 1).set(plan.alphabet);
  const Small = narrowPlan(plan.width) ? Uint8Array : Uint16Array;
  new Small(buffer, at.childCount, plan.stateCount).set(plan.childCount);
  new Small(buffer, at.column, plan.stateCount).set(plan.column);
  const terminal = wide
    ? new Uint32Array(buffer, at.terminal, plan.stateCount)
    : new Uint16Array(buffer, at.terminal, plan.stateCount);
  terminal.set(plan.terminal);
  // The reader trusts the structure once the checksum holds: check it here, where it is free.
  const problem = structuralProblem(plan, patterns.length);
  if (problem !== null) throw new Error(`Aho–Corasick plan is malformed: ${problem}`);
  header[7] = payloadChecksum(buffer, HEADER_WORDS * 4, at.end - HEADER_WORDS * 4);
  return new Uint8Array(buffer);
}

/**
 * Everything about tables for `patterns` that a page does not check: the header against the
 * texts themselves, the payload checksum and the plan's structure. The build runs it on what it
 * ships, and so do the tests. Throws `MatcherTablesError`.
 */
export function verifyAutomatonTables(bytes: Uint8Array, patterns: readonly string[]): void {
  const plan = readAutomatonPlan(
    bytes,
    { count: patterns.length, checksum: patternListChecksum(patterns) },
    Uint32Array.from(patterns, (pattern) => pattern.length),
  );
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const payloadSum = new Uint32Array(own.buffer, own.byteOffset, HEADER_WORDS)[7];
  if (
    payloadChecksum(
      own.buffer,
      own.byteOffset + HEADER_WORDS * 4,
      own.byteLength - HEADER_WORDS * 4,
    ) !== payloadSum
  ) {
    throw new MatcherTablesError(
      'Backstory matcher tables refused: payload checksum mismatch (corrupt tables)',
    );
  }
  const problem = structuralProblem(plan, patterns.length);
  if (problem !== null) {
    throw new MatcherTablesError(`Backstory matcher tables refused: ${problem}`);
  }
}

/**
 * What `expandAutomaton` relies on to fill in the right rows. Checked when the tables are written
 * and by `verifyAutomatonTables`, not by a page (see the top of this file).
 */
export function structuralProblem(plan: AutomatonPlan, patternCount: number): string | null {
  const { stateCount, width, childCount, column, terminal } = plan;
  const none = noPattern(terminal);
  let nextChild = 1;
  for (let state = 0; state < stateCount; state++) {
    if (state !== 0 && nextChild <= state) return `state ${state} is nobody's child`;
    nextChild += childCount[state] as number;
    if (nextChild > stateCount) return `state ${state} has children past the last state`;
    const edge = column[state] as number;
    if (state !== 0 && (edge < 1 || edge >= width)) {
      return `state ${state}: column ${edge} outside the alphabet`;
    }
    const ends = terminal[state] as number;
    if (ends !== none && ends >= patternCount) return `state ${state}: unknown pattern ${ends}`;
  }
  return nextChild === stateCount ? null : `${stateCount - nextChild} states are nobody's children`;
}
