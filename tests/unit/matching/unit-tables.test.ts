import { describe, expect, it } from 'vitest';
import { TABLED_UNITS, UnitsAbove } from '@/utils/matching/unit-tables';

describe('values kept for code units past the flat tables', () => {
  it('are 0 until set, and each unit keeps its own', () => {
    const above = new UnitsAbove();
    // A CJK letter, its neighbour in the same block, both halves of an emoji, the last unit.
    const units = [0x4e2d, 0x4e2e, 0xd83c, 0xddfa, 0xffff, TABLED_UNITS];
    expect(units.map((unit) => above.get(unit))).toEqual([0, 0, 0, 0, 0, 0]);
    units.forEach((unit, index) => {
      above.set(unit, 0xfff0 + index);
    });
    expect(units.map((unit) => above.get(unit))).toEqual(units.map((_, index) => 0xfff0 + index));
    // Units of the same blocks that were never set are still unknown.
    expect([0x4e00, 0xd800, 0xdd00, 0xff00].map((unit) => above.get(unit))).toEqual([0, 0, 0, 0]);
  });
});
