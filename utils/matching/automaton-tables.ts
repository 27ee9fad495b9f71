/**
 * The automaton's plan (aho-corasick.ts) as bytes, made at build time
 * (modules/matcher-tables.ts) so that the content script does not compile the automaton on every
 * page. The plan is a pure function of the ordered list of pattern texts, so the header carries a
 * checksum of that list: tables made from another dataset (or another version of the pattern
 * rules) are refused, and so is a payload that fails its own checksum or a structural check. The
 * caller then compiles at run time (utils/matching/index.ts).
 *
 * Why the plan (the trie in breadth-first order, 6 bytes a state) and not the dense table: the
 * dense table is ~430 KB for the real dataset, 22 KB gzipped in the script every page loads; the
 * plan is 18 KB, 5.7 KB gzipped as base64 (the failure links, which compress badly, are derived
 * while filling the table), and filling the table from it is one row copy per state.
 *
 * Layout, little-endian (every browser Backstory runs in), each section 4-byte aligned so the
 * loader wraps typed-array views around one buffer without copying:
 *   header: 8 × u32 — magic, format version, pattern-list checksum, state count, width,
 *           pattern count, flags (bit 0: 32-bit pattern indices), payload checksum
 *   alphabet u16 × (width − 1) · child count u16 × states · column u16 × states ·
 *   terminal (u16 or u32) × states
 */
import {
  type AutomatonPlan,
  needsWidePatternIndices,
  noPattern,
  planAutomaton,
} from './aho-corasick';

const MAGIC = 0x43415342; // "BSAC"
export const TABLES_FORMAT_VERSION = 1;
const HEADER_WORDS = 8;
const WIDE = 1;

export class MatcherTablesError extends Error {
  override name = 'MatcherTablesError';
}

/** FNV-1a over 32-bit words of the pattern texts, each followed by a separator. */
export function patternListChecksum(patterns: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      hash = Math.imul(hash ^ pattern.charCodeAt(i), 0x01000193);
    }
    hash = Math.imul(hash ^ 0x10000, 0x01000193); // not a code unit: a separator
  }
  return hash >>> 0;
}

/**
 * FNV-1a over the payload's 32-bit words (its length is a multiple of 4): a quarter of the
 * iterations of a byte-wise hash, which matters in a content script whose code runs cold.
 */
function payloadChecksum(buffer: ArrayBufferLike, byteOffset: number, byteLength: number): number {
  const words = new Uint32Array(buffer, byteOffset, byteLength >> 2);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ (words[i] as number), 0x01000193);
  return hash >>> 0;
}

const align4 = (n: number) => (n + 3) & ~3;

interface Sections {
  alphabet: number;
  childCount: number;
  column: number;
  terminal: number;
  end: number;
}

function sectionOffsets(stateCount: number, width: number, wide: boolean): Sections {
  const alphabet = HEADER_WORDS * 4;
  const childCount = align4(alphabet + (width - 1) * 2);
  const column = align4(childCount + stateCount * 2);
  const terminal = align4(column + stateCount * 2);
  const end = align4(terminal + stateCount * (wide ? 4 : 2));
  return { alphabet, childCount, column, terminal, end };
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
  new Uint16Array(buffer, at.childCount, plan.stateCount).set(plan.childCount);
  new Uint16Array(buffer, at.column, plan.stateCount).set(plan.column);
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
 * Reads tables made by `serializeAutomaton(patterns)` for exactly these patterns; throws
 * `MatcherTablesError` saying what is wrong otherwise. Cost: the pattern-list checksum and one
 * pass over the payload's words; the arrays are views, not copies.
 */
export function readAutomatonPlan(bytes: Uint8Array, patterns: readonly string[]): AutomatonPlan {
  const refuse = (why: string): never => {
    throw new MatcherTablesError(`Backstory matcher tables refused: ${why}`);
  };
  if (bytes.byteLength < HEADER_WORDS * 4) {
    refuse(`${bytes.byteLength} bytes is shorter than the header`);
  }
  // Views need an aligned start; only an unaligned input is copied.
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const buffer = own.buffer;
  const base = own.byteOffset;
  const [magic, version, checksum, states, width, patternCount, flags, payloadSum] = Array.from(
    new Uint32Array(buffer, base, HEADER_WORDS),
  ) as [number, number, number, number, number, number, number, number];
  if (magic !== MAGIC) refuse('not a Backstory tables file (wrong magic number)');
  if (version !== TABLES_FORMAT_VERSION) {
    refuse(`format version ${version}, this build reads version ${TABLES_FORMAT_VERSION}`);
  }
  const expected = patternListChecksum(patterns);
  if (patternCount !== patterns.length || checksum !== expected) {
    refuse(
      `made for another pattern list (${patternCount} patterns, checksum ${checksum}; ` +
        `this dataset compiles to ${patterns.length} patterns, checksum ${expected})`,
    );
  }
  const wide = (flags & WIDE) !== 0;
  if (states < 1 || width < 1 || wide !== needsWidePatternIndices(patterns.length)) {
    refuse(`impossible sizes (${states} states, width ${width})`);
  }
  const at = sectionOffsets(states, width, wide);
  if (own.byteLength !== at.end) refuse(`${own.byteLength} bytes where ${at.end} were expected`);
  if (payloadChecksum(buffer, base + HEADER_WORDS * 4, at.end - HEADER_WORDS * 4) !== payloadSum) {
    refuse('payload checksum mismatch (corrupt tables)');
  }
  const plan: AutomatonPlan = {
    stateCount: states,
    width,
    alphabet: new Uint16Array(buffer, base + at.alphabet, width - 1),
    childCount: new Uint16Array(buffer, base + at.childCount, states),
    column: new Uint16Array(buffer, base + at.column, states),
    terminal: wide
      ? new Uint32Array(buffer, base + at.terminal, states)
      : new Uint16Array(buffer, base + at.terminal, states),
    patternLength: Uint32Array.from(patterns, (pattern) => pattern.length),
  };
  return plan;
}

/**
 * What `expandAutomaton` relies on to fill in the right rows. Checked when the tables are written;
 * the reader relies on the payload checksum (a typed array never reads or writes outside itself,
 * so tables that pass it and are wrong could only give wrong matches, never unsafe memory).
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

/** Base64 → bytes: the built-in decoder where there is one, else `atob` and a tight loop. */
export function decodeBase64(text: string): Uint8Array {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array })
    .fromBase64;
  if (fromBase64 !== undefined) return fromBase64.call(Uint8Array, text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
