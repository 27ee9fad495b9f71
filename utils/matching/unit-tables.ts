/**
 * Where per-code-unit caches keep what they learnt (the fold, the unit classes, the automata's
 * columns): a page uses a few hundred distinct UTF-16 code units, so each value is computed
 * the first time its unit is seen and read back after that.
 */

/**
 * Code units below this are kept in flat tables, one entry per unit: Latin, Greek, Cyrillic,
 * general punctuation, currency and letterlike symbols — what pages in English, Ukrainian and
 * Russian are made of (12 or 24 KB a table). A flat table of all 65,536 units would be 64 or
 * 128 KB in every script that caches per unit, on every page the key check reads.
 */
export const TABLED_UNITS = 0x3000;

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
