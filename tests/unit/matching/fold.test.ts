import { describe, expect, it } from 'vitest';
import { DROPPED, foldUnit } from '@/utils/matching/fold';

// The fold's definition as character classes (as the matcher folded text before the fold became
// plain comparisons): the reference every one of the 65,536 code units is checked against.
const IGNORABLE =
  /^[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\uffff]$/;
const WHITE_SPACE = /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
const APOSTROPHES = /^['\u2018\u2019\u201b\u02bc\u02b9\u2032\u0060\u00b4\uff07]$/;
const DOUBLE_QUOTES = /^["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02]$/;
const HYPHENS = /^[\u2010\u2011\u2212]$/;

function referenceFold(unit: number): number {
  const char = String.fromCharCode(unit);
  if (unit === 0) return 0x20;
  if (IGNORABLE.test(char)) return DROPPED;
  if (WHITE_SPACE.test(char)) return 0x20;
  if (APOSTROPHES.test(char)) return 0x27;
  if (DOUBLE_QUOTES.test(char)) return 0x22;
  if (HYPHENS.test(char)) return 0x2d;
  if (unit === 0x0130) return 0x69;
  const lower = char.toLowerCase();
  const folded = lower.length === 1 ? lower.charCodeAt(0) : unit;
  return folded === 0x0451 ? 0x0435 : folded;
}

const hex = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;

describe('foldUnit', () => {
  it('folds every code unit as the definition says', () => {
    const differences: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const expected = referenceFold(unit);
      const actual = foldUnit(unit);
      if (actual !== expected)
        differences.push(`${hex(unit)}: ${hex(actual)}, not ${hex(expected)}`);
    }
    expect(differences).toEqual([]);
  });

  it.each([
    ['A', 'a'],
    ['Я', 'я'],
    ['Ё', 'е'],
    ['ё', 'е'],
    ['Ї', 'ї'],
    ['Ў', 'ў'],
    ['Σ', 'σ'],
    ['İ', 'i'],
    ['\u2019', "'"],
    ['\u02bc', "'"],
    ['«', '"'],
    ['\u2212', '-'],
    ['\u00a0', ' '],
    ['\n', ' '],
    ['ß', 'ß'],
  ])('folds %j to %j', (from, to) => {
    expect(String.fromCharCode(foldUnit(from.charCodeAt(0)))).toBe(to);
  });

  it('drops invisible characters', () => {
    for (const char of ['\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff']) {
      expect(foldUnit(char.charCodeAt(0))).toBe(DROPPED);
    }
  });
});
