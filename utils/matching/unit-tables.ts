/**
 * Where per-code-unit caches keep what they learnt (the fold, the unit classes, the automata's
 * columns): a page uses a few hundred distinct UTF-16 code units, so each value is computed
 * the first time its unit is seen and read back after that.
 */

/**
 * Code units below this are kept in flat tables, one entry per unit: Latin (with its combining
 * marks), Greek and Cyrillic — the letters of pages in English, Ukrainian and Russian (1.25 or
 * 2.5 KB a table). The rest of what those pages use (general punctuation: dashes, typographic
 * quotes, the non-breaking spaces of U+2000–U+206F) fills a block or two of `UnitsAbove`.
 * Flat tables up to U+3000 were 12 or 24 KB each, six of them on a page the engine loads on
 * (the fold, the unit classes and the automata's columns, in the key check and in the engine),
 * for the page's life; the matcher read the corpus no slower with the smaller ones.
 */
export const TABLED_UNITS = 0x500;

const BLOCK_BITS = 8;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

/**
 * Values for code units from TABLED_UNITS on, 0 for "not known yet" (so a value must not be 0):
 * in blocks of 256 units, each allocated when the page first uses one of its units. A page in
 * Chinese fills a few dozen blocks (512 bytes each); an emoji fills the blocks of its two
 * halves; most pages none. Reading is two array loads, where a `Map` would hash every unit.
 */
export class UnitsAbove {
  private readonly blocks: (Uint16Array | undefined)[] = [];

  get(unit: number): number {
    const block = this.blocks[unit >> BLOCK_BITS];
    return block === undefined ? 0 : (block[unit & BLOCK_MASK] as number);
  }

  /** The value of `unit`, computed by `compute` (never 0) the first time it is asked for. */
  learnt(unit: number, compute: (unit: number) => number): number {
    let value = this.get(unit);
    if (value === 0) {
      value = compute(unit);
      this.set(unit, value);
    }
    return value;
  }

  set(unit: number, value: number): void {
    const index = unit >> BLOCK_BITS;
    let block = this.blocks[index];
    if (block === undefined) {
      block = new Uint16Array(1 << BLOCK_BITS);
      this.blocks[index] = block;
    }
    block[unit & BLOCK_MASK] = value;
  }
}
