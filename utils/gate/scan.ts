/**
 * The first pass's matcher: does this text contain any of the keys (./keys.ts)? One table read
 * per code unit, state carried from one piece of text to the next, so the page's text nodes can
 * be fed one by one, in as many slices as needed. Pure: no DOM.
 *
 * Text is folded as the matcher folds it (utils/matching/char-classes.ts): invisible characters
 * are skipped and a run of white space counts as one space, so "PUTIN", "Pu&shy;tin", "Путіна"
 * and a quote's words across a line break all hold their key. A key's space stands for any
 * character that ends a word ("крим " is found in "Крим»" and "Крим;"), and for the end of a
 * piece of text: at the end of each piece the scan also asks whether a word end there would
 * complete a key, while it carries on as if the word went on into the next piece (a name split
 * over two text nodes). It can only answer yes too often, never too rarely. It answers only
 * yes or no: where, how often and whether a reader would want it is the engine's job.
 */
import { buildAutomaton } from '../matching/aho-corasick';
import { DROPPED, foldUnit, unitInfo, WORD } from '../matching/char-classes';

export interface GateScan {
  /** Reads `text` after what was fed before; true once any key has been seen. */
  feed(text: string): boolean;
  /** Forgets the text fed so far (for a new, unrelated piece of text). */
  reset(): void;
}

/** Column marker for an invisible code unit: the state stays where it is (stored + 1 in a byte). */
const SKIP = 0xfe;

export function createGateScan(keys: readonly string[]): GateScan {
  const automaton = buildAutomaton(keys);
  const { transitions, width, hasOutput } = automaton;
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
    if (column === 0 && (unitInfo(unit) & WORD) === 0) return spaceColumn;
    return column;
  };
  /** Whether a word end after `at` would complete a key. */
  const endsKey = (at: number): boolean =>
    spaceColumn !== 0 && hasOutput[transitions[at * width + spaceColumn] as number] !== 0;
  let state = 0;
  let afterSpace = false;
  let found = false;
  return {
    feed(text) {
      if (found) return true;
      let at = state;
      let space = afterSpace;
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
        if (hasOutput[at] !== 0) {
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
    reset() {
      state = 0;
      afterSpace = false;
      found = false;
    },
  };
}
