/**
 * The compiled matcher as the build ships it, so that a page builds its matcher by reading, not
 * compiling: the pattern list with everything `collectPatterns` works out for each pattern
 * (boundary and digit flags, candidates with their case rules and context rules, context stems,
 * quote anchors; the normalised text only as its length, which the automaton's plan needs) as
 * lines of JSON in UTF-8, and the automaton's plan as bytes (automaton-tables.ts).
 *
 * The JSON is compact rather than the objects as they are: tuples instead of named fields, and
 * what many candidates share (an entity's own words, an alias's context rules, a figure's stem
 * lists, rule names) written once in a table and pointed to by index. Written out plainly it
 * is ~210 KB for today's dataset; this way it is a fifth of that.
 *
 * It is one line of shared tables, then one line per pattern. A page parses the first line and
 * keeps the pattern lines as UTF-8 bytes, parsing a pattern's line the first time the matcher
 * reaches it (a few dozen of the hundreds on a page): the patterns parsed all at once were
 * ~112 KB of small arrays and strings on the heap of every page the engine loads on, for the
 * page's life; their bytes are ~27 KB. The patterns rebuilt are the objects a compile makes,
 * less their text (the tests compare them).
 *
 * The two parts are made in one step from one dataset slice (`serializeMatcher`, in
 * matcher-tables-writer.ts: no page writes tables) and ship in the engine's data file
 * (modules/matching-data.ts) beside that slice. A page checks the metadata's format version and
 * that the automaton's header names the same pattern count and pattern-list checksum as the
 * metadata: constant cost. What costs a pass over the data (payload checksum, the plan's
 * structure, the checksum of the texts themselves) is checked by the build and the tests; see
 * automaton-tables.ts for why that is enough.
 */
import type { Category } from '../dataset/schema';
import type { AutomatonPlan } from './aho-corasick';
import { MatcherTablesError, readAutomatonPlan } from './automaton-tables';
import type { CaseRule } from './case-rules';
import {
  type Candidate,
  type CompiledDataset,
  type MentionTemplate,
  type PatternList,
  type PatternRules,
  type QuotedData,
  quotesWithCategory,
} from './compile';
import type { AliasRules } from './name-context';

/** Bump when `PatternRules` (or anything in it) or the encoding below changes. */
export const PATTERNS_FORMAT_VERSION = 3;

/** What the build ships for the matcher. */
export interface MatcherTables {
  /** The automaton's plan (automaton-tables.ts), as the build writes it into the engine's data file (../engine-data-file.ts). */
  automaton: Uint8Array;
  /**
   * The pattern metadata as UTF-8: a line of JSON (`PatternsFile`), then one line per pattern.
   * Bytes, not a string: the page keeps the pattern lines as bytes, and the build's data arrives
   * as bytes (../engine-data-file.ts), so nothing is decoded and encoded again.
   */
  patterns: Uint8Array;
}

// The encoding, which the build's writer (matcher-tables-writer.ts) shares.
// Pattern flags.
export const BOUNDARY_BEFORE = 1;
export const BOUNDARY_AFTER = 2;
export const STARTS_WITH_DIGIT = 4;
export const ENDS_WITH_DIGIT = 8;

export const EXCLUSION = 0;
export const ALIAS = 1;
export const FIGURE = 2;
export const PROPER = 0;
export const EXACT = 1;

/** [EXCLUSION, entity, written] */
type ExclusionTuple = [typeof EXCLUSION, number, string];
/**
 * [ALIAS, entity, matched, rule name, context rules, case kind, lower case (0/1), capitals at or
 * letter case, requires confirmation (0/1)]
 */
type AliasTuple = [typeof ALIAS, number, string, number, number, number, number, number[], number];
/** [FIGURE, figure id, matched, rule name, subject stems, measure stems] */
type FigureTuple = [typeof FIGURE, string, string, number, number, number];
export type CandidateTuple = ExclusionTuple | AliasTuple | FigureTuple;
/**
 * [flags, candidates, context stems, quote anchors]; empty lists may be left off. Not the text:
 * the automaton knows it, and the matcher never reads it (11 KB of the lines for today's
 * dataset, kept for the page's life).
 */
export type PatternTuple = [number, CandidateTuple[]?, number[]?, number[]?];
/** Context rules with `ownWords` replaced by the index of the entity whose words they are. */
export type EncodedRules = Omit<AliasRules, 'ownWords'> & { ownWords?: number };
/** [id, category, own words] */
export type EntityTuple = [string, Category, readonly string[]];

/** The first line of the pattern metadata: what the patterns' lines point to. */
export interface PatternsFile {
  format: number;
  /** `patternListChecksum` of the patterns' texts; the automaton's header carries the same. */
  checksum: number;
  /** The length of each pattern's text, in the order of the lines that follow. */
  textLengths: number[];
  stemCount: number;
  entities: EntityTuple[];
  ruleNames: string[];
  aliasRules: EncodedRules[];
  stemLists: number[][];
}

/** The pattern lines, kept as UTF-8: one line (a `PatternTuple`) per pattern. */
interface PatternLines {
  bytes: Uint8Array;
  /** Where each line starts in `bytes`; last, one past their end (as if a break followed). */
  starts: Uint32Array;
}

const LINE_BREAK = 0x0a;

/**
 * The compiled dataset from shipped tables: the first line parsed, the pattern lines found,
 * views on the automaton's bytes (the matcher fills its table as it goes), each pattern rebuilt
 * when first asked for. Throws `MatcherTablesError` saying why tables are refused.
 */
export function loadMatcherTables(dataset: QuotedData, tables: MatcherTables): CompiledDataset {
  return decodeMatcherTables(dataset, readMatcherTables(tables));
}

/** Tables checked and read, their patterns not yet rebuilt: the first half of a load. */
export interface ReadTables {
  file: PatternsFile;
  lines: PatternLines;
  plan: AutomatonPlan;
}

/**
 * The first half of `loadMatcherTables`, for a caller that gives the page a turn in between:
 * the metadata's first line parsed and checked, its pattern lines found, the automaton's plan
 * read. Throws like it.
 */
export function readMatcherTables(tables: MatcherTables): ReadTables {
  const bytes = tables.patterns;
  const firstBreak = bytes.indexOf(LINE_BREAK);
  const file = parsePatternsFile(
    new TextDecoder().decode(firstBreak === -1 ? bytes : bytes.subarray(0, firstBreak)),
  );
  const count = file.textLengths.length;
  // A copy of the lines, so that the first line's bytes are not kept with them.
  const lines = patternLines(
    firstBreak === -1 ? new Uint8Array(0) : bytes.slice(firstBreak + 1),
    count,
  );
  const plan = readAutomatonPlan(
    tables.automaton,
    { count, checksum: file.checksum },
    Uint32Array.from(file.textLengths),
  );
  return { file, lines, plan };
}

/** The second half of `loadMatcherTables`: the patterns, each rebuilt from its line when asked. */
export function decodeMatcherTables(dataset: QuotedData, read: ReadTables): CompiledDataset {
  return {
    patterns: decodePatterns(read.file, read.lines),
    stemCount: read.file.stemCount,
    quotes: quotesWithCategory(dataset),
    plan: read.plan,
  };
}

/** The warning when tables are refused: why, and what happens instead. */
export function refusalWarning(error: unknown): string {
  return `${error instanceof Error ? error.message : String(error)}; compiling at run time`;
}

function parsePatternsFile(json: string): PatternsFile {
  const refuse = (why: string): never => {
    throw new MatcherTablesError(`Backstory matcher tables refused: ${why}`);
  };
  let file: Partial<PatternsFile> | null = null;
  try {
    file = JSON.parse(json) as Partial<PatternsFile> | null;
  } catch (error) {
    refuse(`the pattern metadata is not JSON (${(error as Error).message})`);
  }
  if (file?.format !== PATTERNS_FORMAT_VERSION) {
    refuse(
      `pattern metadata format ${String(file?.format)}, this build reads format ` +
        `${PATTERNS_FORMAT_VERSION}`,
    );
  }
  const { textLengths, checksum, entities, ruleNames, aliasRules, stemLists } =
    file as PatternsFile;
  const lists = [textLengths, entities, ruleNames, aliasRules, stemLists];
  if (typeof checksum !== 'number' || !lists.every(Array.isArray)) {
    refuse('the pattern metadata lacks one of its parts');
  }
  return file as PatternsFile;
}

/** The pattern lines as UTF-8 with where each starts; refused unless there are `count`. */
function patternLines(bytes: Uint8Array, count: number): PatternLines {
  const starts = new Uint32Array(count + 1);
  let found = 0;
  for (let at = 0; bytes.length > 0; ) {
    if (found === count) {
      found++; // one line more than the first line says
      break;
    }
    starts[found++] = at;
    const end = bytes.indexOf(LINE_BREAK, at);
    if (end === -1) break;
    at = end + 1;
  }
  if (found !== count) {
    const lines = found > count ? `more than ${count}` : String(found);
    throw new MatcherTablesError(
      `Backstory matcher tables refused: ${lines} pattern lines where ${count} were expected`,
    );
  }
  // As if a line break followed the last line: line `i` is starts[i] to starts[i + 1] - 1.
  starts[count] = bytes.length + 1;
  return { bytes, starts };
}

/**
 * The one empty list for every pattern without context stems or quote anchors (most of them):
 * hundreds of empty arrays would stay in the engine's heap for the page's life. Frozen: a loaded
 * pattern is never changed.
 */
const NONE = Object.freeze([]) as unknown as number[];

const orNone = (list: number[] | undefined): number[] =>
  list === undefined || list.length === 0 ? NONE : list;

/**
 * The objects `collectPatterns` makes, from their lines, each parsed and rebuilt the first time
 * it is asked for: the matcher asks only for the patterns a page's text reaches (a few of the
 * hundreds), and rebuilding all of them was, in the engine's profile, a few milliseconds of
 * cold code on every page it loads on.
 */
function decodePatterns(file: PatternsFile, lines: PatternLines): PatternList {
  // What the patterns point to, and not `file` itself: its text lengths (read into the plan
  // already) would stay with the closures below for the page's life.
  const { entities, ruleNames, stemLists, aliasRules: encodedRules } = file;
  const count = file.textLengths.length;
  // Shared by the patterns that use them (one object per rule set, as `collectPatterns` makes).
  const aliasRules: (AliasRules | undefined)[] = new Array(encodedRules.length);
  const aliasRulesAt = (index: number): AliasRules => {
    let rules = aliasRules[index];
    if (rules === undefined) {
      const { ownWords, ...rest } = encodedRules[index] as EncodedRules;
      rules = rest;
      if (ownWords !== undefined) rules.ownWords = (entities[ownWords] as EntityTuple)[2];
      aliasRules[index] = rules;
    }
    return rules;
  };
  const decode = (tuple: CandidateTuple): Candidate => {
    if (tuple[0] === EXCLUSION) {
      return {
        type: 'exclusion',
        entityId: (entities[tuple[1]] as EntityTuple)[0],
        text: tuple[2],
      };
    }
    if (tuple[0] === ALIAS) {
      const [, entity, matched, rule, rules, kind, lowerCase, positions, confirm] = tuple;
      const [id, category] = entities[entity] as EntityTuple;
      const mention: MentionTemplate = {
        id,
        kind: 'entity',
        category,
        matched,
        rule: ruleNames[rule] as string,
      };
      if (confirm === 1) mention.requiresConfirmation = true;
      const caseRule: CaseRule =
        kind === EXACT
          ? { kind: 'exact', letterCase: positions }
          : { kind: 'proper', capitalsAt: positions, lowerCase: lowerCase === 1 };
      return { type: 'alias', caseRule, rules: aliasRulesAt(rules), mention };
    }
    const [, id, matched, rule, subject, measure] = tuple;
    return {
      type: 'figure',
      subject: stemLists[subject] as number[],
      measure: stemLists[measure] as number[],
      mention: {
        id,
        kind: 'figure',
        category: 'figures',
        matched,
        rule: ruleNames[rule] as string,
      },
    };
  };
  const rebuild = (tuple: PatternTuple): PatternRules => {
    const [flags, candidates, contextStems, quoteAnchors] = tuple;
    return {
      candidates: candidates === undefined ? [] : candidates.map(decode),
      contextStems: orNone(contextStems),
      quoteAnchors: orNone(quoteAnchors),
      needsBoundaryBefore: (flags & BOUNDARY_BEFORE) !== 0,
      needsBoundaryAfter: (flags & BOUNDARY_AFTER) !== 0,
      startsWithDigit: (flags & STARTS_WITH_DIGIT) !== 0,
      endsWithDigit: (flags & ENDS_WITH_DIGIT) !== 0,
    };
  };
  const patterns: (PatternRules | undefined)[] = new Array(count);
  const { bytes, starts } = lines;
  const utf8 = new TextDecoder();
  return {
    length: count,
    at(index) {
      if (!(index >= 0 && index < count)) return undefined;
      let pattern = patterns[index];
      if (pattern === undefined) {
        const line = bytes.subarray(starts[index], (starts[index + 1] as number) - 1);
        pattern = rebuild(JSON.parse(utf8.decode(line)) as PatternTuple);
        patterns[index] = pattern;
      }
      return pattern;
    },
  };
}
