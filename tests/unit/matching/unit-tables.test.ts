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

  it('compute a unit once, when it is first asked for', () => {
    const above = new UnitsAbove();
    const computed: number[] = [];
    const compute = (unit: number) => {
      computed.push(unit);
      return unit - 0x3000 + 1;
    };
    expect([0x4e2d, 0x4e2d, 0xd83c, 0x4e2d].map((unit) => above.learnt(unit, compute))).toEqual([
      0x1e2e, 0x1e2e, 0xa83d, 0x1e2e,
    ]);
    expect(computed).toEqual([0x4e2d, 0xd83c]);
  });
});
