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
import {
  type AutomatonPlan,
  HAS_OUTPUT,
  LazyAutomaton,
  planAutomaton,
} from '../matching/aho-corasick';
import { decodeBase64, patternListChecksum, readAutomatonPlan } from '../matching/automaton-tables';
import { DROPPED, foldUnit } from '../matching/fold';

export interface ExactScan {
  /** Reads `text` after what was fed before; true once any key has been seen. */
  feed(text: string): boolean;
  /**
   * Reads `text` after what was fed before, to its end; true when a key ends in it. Unlike
   * `feed` it neither stops at a key nor remembers one: for telling which piece holds a key.
   */
  endsIn(text: string): boolean;
  /** Forgets the text fed so far (for a new, unrelated piece of text). */
  reset(): void;
}

/** Column marker for an invisible code unit: the state stays where it is (stored + 1 in a byte). */
const SKIP = 0xfe;

/**
 * The automaton's plan for `keys`: from the build's tables when given (planning the trie is
 * most of the first pass's own time on a page that names nothing), else planned here. Tables
 * that do not fit the keys are refused with a warning.
 */
function planFor(keys: readonly string[], tables: string | undefined): AutomatonPlan {
  if (tables !== undefined) {
    try {
      return readAutomatonPlan(
        decodeBase64(tables),
        { count: keys.length, checksum: patternListChecksum(keys) },
        Uint32Array.from(keys, (key) => key.length),
      );
    } catch (error) {
      console.warn(`${error instanceof Error ? error.message : String(error)}; building here`);
    }
  }
  return planAutomaton(keys);
}

/** `tables`: the build's serialized automaton for `keys` (utils/matching/automaton-tables.ts). */
export function createExactScan(keys: readonly string[], tables?: string): ExactScan {
  // Rows filled as the scan first reaches their state: a page that names nothing visits a few
  // dozen of the hundreds of states, and filling them all cost more than reading the page.
  const automaton = new LazyAutomaton(planFor(keys, tables));
  const { transitions, width, flags } = automaton;
  /** Whether a key ends at `state` (filling its row first if no scan has reached it yet). */
  const endsAt = (state: number): boolean => {
    if (flags[state] === 0) automaton.fill(state);
    return ((flags[state] as number) & HAS_OUTPUT) !== 0;
  };
  if (width > SKIP)
    throw new Error(`the first pass's keys use ${width - 1} letters; at most ${SKIP - 1}`);
  // Raw code unit → 1 + column, filled in the first time a unit is seen (a page uses a few
  // hundred distinct units; folding all 65,536 up front would cost more than most pages' scan).
  const columnPlusOne = new Uint8Array(0x10000);
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
    spaceColumn !== 0 && endsAt(transitions[at * width + spaceColumn] as number);
  let state = 0;
  let afterSpace = false;
  let found = false;
  /**
   * Reads `text` from the state left by the text before; true when a key ends in it. With
   * `toEnd` false it stops at the first key (the state is then left where it was: `found`
   * ends the scan).
   */
  const read = (text: string, toEnd: boolean): boolean => {
    let at = state;
    let space = afterSpace;
    let ended = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let column = columnPlusOne[unit] as number;
      if (column === 0) {
        column = columnOf(unit) + 1;
        columnPlusOne[unit] = column;
      }
      if (column === SKIP + 1) continue;
      if (column === spaceColumn + 1 && column !== 1) {
        if (space) continue;
        space = true;
      } else {
        space = false;
      }
      at = transitions[at * width + column - 1] as number;
      if (endsAt(at)) {
        if (!toEnd) return true;
        ended = true;
      }
    }
    state = at;
    afterSpace = space;
    return ended || (!space && endsKey(at));
  };
  return {
    feed(text) {
      if (found) return true;
      found = read(text, false);
      return found;
    },
    endsIn(text) {
      return read(text, true);
    },
    reset() {
      state = 0;
      afterSpace = false;
      found = false;
    },
  };
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
