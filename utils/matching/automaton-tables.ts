/**
 * The automaton's plan (aho-corasick.ts) as bytes, made at build time (modules/matching-data.ts,
 * through matcher-tables.ts) so that no page compiles the automaton. The plan is a pure function
 * of the ordered list of pattern texts, so the header carries a checksum of that list.
 *
 * What is checked where. The build writes the tables and the pattern metadata they go with in
 * one step, into one module, and checks everything there, where it is free: the plan's structure
 * and the payload checksum (`verifyAutomatonTables` in automaton-tables-writer.ts, which holds
 * all that writes or fully checks tables and which no page loads; the tests check the shipped
 * tables the same way and against a fresh compile). A page checks only what costs nothing: magic, format version,
 * sizes, and that the header's pattern count and pattern-list checksum are the ones recorded in
 * the metadata — which catches tables and metadata from different builds or format versions.
 * Hashing the payload (or the pattern texts) again on every page would cost a pass over tens of
 * kilobytes of cold code for a fault the build has ruled out; the browser itself checks that an
 * installed extension's files are intact, and a typed array never reads or writes outside itself,
 * so tables that were somehow wrong could only give wrong matches, never unsafe memory.
 *
 * Why the plan (the trie in breadth-first order, 4 bytes a state) and not the dense table: the
 * dense table is ~430 KB for the real dataset, 22 KB gzipped in the script every page loads; the
 * plan is 18 KB, 5.7 KB gzipped as base64 (the failure links, which compress badly, are derived
 * while filling the table), and filling the table from it is one row copy per state.
 *
 * Layout, little-endian (every browser Backstory runs in), each section 4-byte aligned so the
 * loader wraps typed-array views around one buffer without copying:
 *   header: 8 × u32 — magic, format version, pattern-list checksum, state count, width,
 *           pattern count, flags (bit 0: 32-bit pattern indices), payload checksum
 *   alphabet u16 × (width − 1) · child count × states · column × states ·
 *   terminal (u16 or u32) × states
 * where child counts and columns are u8 if the width is at most 256 (`narrowPlan`), else u16.
 */
import { type AutomatonPlan, narrowPlan, needsWidePatternIndices } from './aho-corasick';

export const MAGIC = 0x43415342; // "BSAC"
export const TABLES_FORMAT_VERSION = 2;
export const HEADER_WORDS = 8;
export const WIDE = 1;

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

const align4 = (n: number) => (n + 3) & ~3;

export interface Sections {
  alphabet: number;
  childCount: number;
  column: number;
  terminal: number;
  end: number;
}

export function sectionOffsets(stateCount: number, width: number, wide: boolean): Sections {
  const small = narrowPlan(width) ? 1 : 2;
  const alphabet = HEADER_WORDS * 4;
  const childCount = align4(alphabet + (width - 1) * 2);
  const column = align4(childCount + stateCount * small);
  const terminal = align4(column + stateCount * small);
  const end = align4(terminal + stateCount * (wide ? 4 : 2));
  return { alphabet, childCount, column, terminal, end };
}

/** What the tables must have been made for: the pattern list, as its metadata records it. */
export interface ExpectedPatterns {
  count: number;
  /** `patternListChecksum` of the pattern texts, computed by the build. */
  checksum: number;
}

/**
 * Reads tables made by `serializeAutomaton` for the pattern list `expected` describes; throws
 * `MatcherTablesError` saying what is wrong otherwise. Constant cost: header checks only (see
 * the top of this file for why), and the arrays are views, not copies.
 */
export function readAutomatonPlan(
  bytes: Uint8Array,
  expected: ExpectedPatterns,
  patternLength: Uint32Array,
): AutomatonPlan {
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
  const header = new Uint32Array(buffer, base, HEADER_WORDS);
  const word = (index: number) => header[index] as number;
  const [magic, version, checksum, states, width, patternCount, flags] = [
    word(0),
    word(1),
    word(2),
    word(3),
    word(4),
    word(5),
    word(6),
  ];
  if (magic !== MAGIC) refuse('not a Backstory tables file (wrong magic number)');
  if (version !== TABLES_FORMAT_VERSION) {
    refuse(`format version ${version}, this build reads version ${TABLES_FORMAT_VERSION}`);
  }
  if (patternCount !== expected.count || checksum !== expected.checksum) {
    refuse(
      `made for another pattern list (${patternCount} patterns, checksum ${checksum}; ` +
        `the pattern metadata has ${expected.count} patterns, checksum ${expected.checksum})`,
    );
  }
  if (patternLength.length !== patternCount) {
    refuse(`${patternLength.length} pattern lengths for ${patternCount} patterns`);
  }
  const wide = (flags & WIDE) !== 0;
  if (states < 1 || width < 1 || wide !== needsWidePatternIndices(patternCount)) {
    refuse(`impossible sizes (${states} states, width ${width})`);
  }
  const at = sectionOffsets(states, width, wide);
  if (own.byteLength !== at.end) refuse(`${own.byteLength} bytes where ${at.end} were expected`);
  const narrow = narrowPlan(width);
  return {
    stateCount: states,
    width,
    alphabet: new Uint16Array(buffer, base + at.alphabet, width - 1),
    childCount: narrow
      ? new Uint8Array(buffer, base + at.childCount, states)
      : new Uint16Array(buffer, base + at.childCount, states),
    column: narrow
      ? new Uint8Array(buffer, base + at.column, states)
      : new Uint16Array(buffer, base + at.column, states),
    terminal: wide
      ? new Uint32Array(buffer, base + at.terminal, states)
      : new Uint16Array(buffer, base + at.terminal, states),
    patternLength,
  };
}

/**
 * The plan for `patterns` from the build's tables (`read` gives their bytes), checked as
 * `readAutomatonPlan` checks them; null where they are refused or cannot be read at all, and
 * `warn` is told why. What then is the caller's: no script a page compiles carries the planner,
 * so the key check reads every text as holding a key and the topic cues load the planner. For
 * every automaton read from the build's tables but the matcher's, whose fallback is a whole
 * compile (utils/matching/load.ts).
 */
export function readPlanOrRefuse(
  read: () => Uint8Array,
  expected: ExpectedPatterns,
  patterns: readonly string[],
  warn: (why: string) => void,
): AutomatonPlan | null {
  try {
    return readAutomatonPlan(
      read(),
      expected,
      Uint32Array.from(patterns, (pattern) => pattern.length),
    );
  } catch (error) {
    warn(error instanceof Error ? error.message : String(error));
    return null;
  }
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
