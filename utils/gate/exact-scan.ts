/**
 * The first pass's exact matcher: does this text contain any of the keys (./keys.ts)? One table read
 * per code unit, state carried from one piece of text to the next, so the page's text nodes can
 * be fed one by one, in as many slices as needed. Pure: no DOM.
 *
 * Text is folded as the matcher folds it (utils/matching/fold.ts): invisible characters
 * are skipped and a run of white space counts as one space, so "PUTIN", "Pu&shy;tin", "Путіна"
 * and a quote's words across a line break all hold their key. A key's space stands for any
 * character that ends a word ("крим " is found in "Крим»" and "Крим;"), and for the end of a
 * piece of text: at the end of each piece the scan also asks whether a word end there would
 * complete a key, while it carries on as if the word went on into the next piece (a name split
 * over two text nodes). It can only answer yes too often, never too rarely. It answers only
 * yes or no: where, how often and whether a reader would want it is the engine's job.
 *
 * It runs in JavaScript, a table read per code unit: on a page that names nothing most of it
 * would run cold, so ./scan.ts asks the probe (./probe.ts) first and builds this only where
 * the probe says yes.
 */
import { HAS_OUTPUT, LazyAutomaton, NO_LINK } from '../matching/aho-corasick';
import { decodeBase64, patternListChecksum, readPlanOrRefuse } from '../matching/automaton-tables';
import { DROPPED, foldUnit } from '../matching/fold';
import { plainClasses, WORD } from '../matching/plain-classes';
import { TABLED_UNITS, UnitsAbove } from '../matching/unit-tables';

export interface ExactScan {
  /** Reads `text` after what was fed before; true once any key has been seen. */
  feed(text: string): boolean;
  /**
   * Reads `text` after what was fed before, to its end, as one piece (a text node): which keys
   * end in it — KEY_ENDS for any, and WORD_KEY_ENDS where such a key also starts a word.
   * Unlike `feed` it neither stops at a key nor remembers one: for telling which piece holds
   * a key, on the rare text where `feed` found one. `joined`: the text is several pieces joined
   * where it is not known where they meet, so any of its units may begin a word.
   */
  endsIn(text: string, joined?: boolean): number;
  /** Forgets the text fed so far (for a new, unrelated piece of text). */
  reset(): void;
}

/** `endsIn`: a key ends in the piece. */
export const KEY_ENDS = 1;
/**
 * `endsIn`: a key that starts a word ends in the piece. A key starts a word where the unit
 * before its first letter (invisible units aside) is no letter, mark or digit of any script —
 * the matcher's own boundary (utils/matching/boundaries.ts) and the topic cues' word start —
 * or where it begins a piece (the engine may start a block there; cues are counted per text
 * node). "Putin" starts a word in "Putin's" and in "<b>P</b>utin", not in "computing".
 */
export const WORD_KEY_ENDS = 2;

/** Steps remembered behind the scan in `endsIn`: more than the longest key. */
const BEHIND = 128;

/** Column marker for an invisible code unit: the state stays where it is (stored + 1 in a byte). */
const SKIP = 0xfe;

/**
 * The scan where the build's tables are refused: a key everywhere, which is never too rarely
 * (the engine then reads every block of a page the probe lets through).
 */
const KEY_EVERYWHERE: ExactScan = {
  feed: () => true,
  endsIn: () => KEY_ENDS | WORD_KEY_ENDS,
  reset() {},
};

/** `tables`: the build's serialized automaton for `keys` (utils/matching/automaton-tables.ts). */
export function createExactScan(keys: readonly string[], tables: string): ExactScan {
  // Not planned here where the tables are refused: that would put the planner in the script
  // every page compiles, for a build that is broken anyway (it checks its tables in full).
  const plan = readPlanOrRefuse(
    () => decodeBase64(tables),
    { count: keys.length, checksum: patternListChecksum(keys) },
    keys,
    (why) => console.warn(`${why}; every piece of text is read as if it held a key`),
  );
  if (plan === null) return KEY_EVERYWHERE;
  // Rows filled as the scan first reaches their state: a page that names nothing visits a few
  // dozen of the hundreds of states, and filling them all cost more than reading the page. They
  // are placed as they are filled, too: the whole table (46 KB for today's keys) stayed on the
  // heap of every page the key check read and of the engine it hands the scan to.
  const automaton = new LazyAutomaton(plan);
  const { rowNumber, width, flags } = automaton;
  /** The table as it is now: a `fill` may move it to a larger one. */
  let transitions = automaton.transitions;
  /** Whether a key ends at `state` (filling its row first if no scan has reached it yet). */
  const endsAt = (state: number): boolean => {
    if (flags[state] === 0) {
      automaton.fill(state);
      transitions = automaton.transitions;
    }
    return ((flags[state] as number) & HAS_OUTPUT) !== 0;
  };
  if (width > SKIP)
    throw new Error(`the first pass's keys use ${width - 1} letters; at most ${SKIP - 1}`);
  // Raw code unit → 1 + column, filled in the first time a unit is seen (a page uses a few
  // hundred distinct units; folding all 65,536 up front would cost more than most pages' scan);
  // units from TABLED_UNITS on in blocks (utils/matching/unit-tables.ts).
  const columnPlusOne = new Uint8Array(TABLED_UNITS);
  const columnPlusOneAbove = new UnitsAbove();
  const spaceColumn = automaton.columnOf(0x20);
  const columnOf = (unit: number): number => {
    const folded = foldUnit(unit);
    if (folded === DROPPED) return SKIP;
    const column = automaton.columnOf(folded);
    // A mark no key spells out, that is not part of a word: a word end, like a space.
    if (column === 0 && !surelyInWord(unit, folded)) return spaceColumn;
    return column;
  };
  /** Whether a word end after `at` would complete a key. */
  const endsKey = (at: number): boolean =>
    spaceColumn !== 0 &&
    endsAt(transitions[(rowNumber[at] as number) * width + spaceColumn] as number);
  let state = 0;
  let afterSpace = false;
  let found = false;
  /** `endsIn`: steps taken, and the unit before each of the last BEHIND of them (-1: none). */
  let steps = 0;
  const unitBefore = new Int32Array(BEHIND);
  const columnPlusOneOf = (unit: number): number => columnOf(unit) + 1;
  /** 1 + the column of a code unit not in the table yet, or from TABLED_UNITS on. */
  const learnColumn = (unit: number): number => {
    if (unit >= TABLED_UNITS) return columnPlusOneAbove.learnt(unit, columnPlusOneOf);
    const column = columnPlusOneOf(unit);
    columnPlusOne[unit] = column;
    return column;
  };
  /** 1 + the column of a code unit (SKIP + 1 for an invisible one). */
  const columnAt = (unit: number): number => {
    const column = unit < TABLED_UNITS ? (columnPlusOne[unit] as number) : 0;
    return column === 0 ? learnColumn(unit) : column;
  };
  return {
    feed(text) {
      if (found) return true;
      let at = state;
      let space = afterSpace;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        let column = unit < TABLED_UNITS ? (columnPlusOne[unit] as number) : 0;
        if (column === 0) column = learnColumn(unit);
        if (column === SKIP + 1) continue;
        if (column === spaceColumn + 1 && column !== 1) {
          if (space) continue;
          space = true;
        } else {
          space = false;
        }
        at = transitions[(rowNumber[at] as number) * width + column - 1] as number;
        if (endsAt(at)) {
          found = true;
          return true;
        }
      }
      state = at;
      afterSpace = space;
      if (!space && endsKey(at)) {
        found = true;
        return true;
      }
      return false;
    },
    endsIn(text, joined = false) {
      let result = 0;
      /** Whether the key of `length` steps that ends at step `last` starts a word. */
      const startsWord = (length: number, last: number): boolean => {
        if (length >= BEHIND || last - length + 1 < 0) return true;
        const before = unitBefore[(last - length + 1) % BEHIND] as number;
        return before < 0 || !isWordUnit(before);
      };
      /** Notes the keys that end at `at`, the scan's state after step `last`. */
      const keysAt = (at: number, last: number): void => {
        result |= KEY_ENDS;
        if ((result & WORD_KEY_ENDS) !== 0) return;
        const { terminal, none, outputLink, patternLength } = automaton;
        for (let own = terminal[at] !== none ? at : (outputLink[at] as number); own !== NO_LINK; ) {
          if (startsWord(patternLength[terminal[own] as number] as number, last)) {
            result |= WORD_KEY_ENDS;
            return;
          }
          own = outputLink[own] as number;
        }
      };
      let at = state;
      let space = afterSpace;
      /** The unit before the next step; -1 at the start of the piece. */
      let previous = -1;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        const column = columnAt(unit);
        if (column === SKIP + 1) continue;
        if (column === spaceColumn + 1 && column !== 1) {
          if (space) {
            if (!joined) previous = unit;
            continue;
          }
          space = true;
        } else {
          space = false;
        }
        unitBefore[steps % BEHIND] = previous;
        if (!joined) previous = unit;
        at = transitions[(rowNumber[at] as number) * width + column - 1] as number;
        if (endsAt(at)) keysAt(at, steps);
        steps++;
      }
      state = at;
      afterSpace = space;
      if (!space && spaceColumn !== 0) {
        // A word end after the piece would complete a key ("крим " at the end of a node).
        const after = transitions[(rowNumber[at] as number) * width + spaceColumn] as number;
        if (endsAt(after)) {
          unitBefore[steps % BEHIND] = previous;
          keysAt(after, steps);
        }
      }
      return result;
    },
    reset() {
      state = 0;
      afterSpace = false;
      found = false;
      steps = 0;
    },
  };
}

let wordUnit: RegExp | undefined;

/**
 * Whether a code unit is a letter, mark or digit of any script, as the matcher's boundaries
 * judge it (utils/matching/char-classes.ts, WORD; a test checks they agree on every unit). What
 * stands before a key is mostly a space, ASCII, a Cyrillic letter, a quotation mark or a dash:
 * those are answered by comparisons (../matching/plain-classes.ts), since the expression costs
 * milliseconds to compile; it is compiled only where a key follows another letter or mark.
 */
export function isWordUnit(unit: number): boolean {
  const plain = plainClasses(unit);
  if (plain >= 0) return (plain & WORD) !== 0;
  wordUnit ??= /^[\p{L}\p{M}\p{N}]$/u;
  return wordUnit.test(String.fromCharCode(unit));
}

/**
 * Whether a code unit is surely part of a word: an ASCII letter or digit, or a letter that has
 * case (Latin, Cyrillic, Greek…: its folded form differs from it, or its upper case does). Cheap
 * on purpose — the matcher's exact test (Unicode property classes) costs milliseconds to compile
 * on every page. A letter without case (Chinese, Arabic) is taken for a word end, which can only
 * make a key match more often, never less.
 */
function surelyInWord(unit: number, folded: number): boolean {
  // Folding maps every space, quote, apostrophe and dash to ASCII: judge those by what they fold to.
  if (folded < 0x80)
    return (folded >= 0x30 && folded <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
  if (folded !== unit) return true;
  const char = String.fromCharCode(unit);
  return char.toUpperCase() !== char;
}
