import { describe, expect, it } from 'vitest';
import { buildAutomaton, findAllOccurrences } from '@/utils/matching/aho-corasick';

/** (patterns, haystack, every occurrence as [start, end, pattern index]) */
type Row = [
  name: string,
  patterns: string[],
  haystack: string,
  expected: Array<[number, number, number]>,
];

const rows: Row[] = [
  [
    'one pattern, twice',
    ['ab'],
    'xabab',
    [
      [1, 3, 0],
      [3, 5, 0],
    ],
  ],
  [
    'overlapping occurrences',
    ['aa'],
    'aaa',
    [
      [0, 2, 0],
      [1, 3, 0],
    ],
  ],
  [
    'a suffix through a failure link',
    ['he', 'she', 'his', 'hers'],
    'ushers',
    [
      [1, 4, 1],
      [2, 4, 0],
      [2, 6, 3],
    ],
  ],
  [
    'nested patterns, longest first at one end',
    ['Trump', 'rump', 'ump'],
    'Trump',
    [
      [0, 5, 0],
      [1, 5, 1],
      [2, 5, 2],
    ],
  ],
  [
    'Cyrillic',
    ['лавров', 'лаврова'],
    'лаврова',
    [
      [0, 6, 0],
      [0, 7, 1],
    ],
  ],
  ['characters outside the alphabet reset', ['ab'], 'a-b ab', [[4, 6, 0]]],
  ['no match', ['xyz'], 'xy xz yz', []],
  ['empty haystack', ['a'], '', []],
];

describe('buildAutomaton + findAllOccurrences', () => {
  it.each(rows)('%s', (_name, patterns, haystack, expected) => {
    expect(findAllOccurrences(buildAutomaton(patterns), haystack)).toEqual(expected);
  });

  it('finds the same occurrences as a brute-force search on random strings', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = (length: number) =>
      Array.from({ length }, () => 'abcа'.charAt(Math.floor(random() * 4))).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = [
        ...new Set(Array.from({ length: 6 }, () => word(1 + Math.floor(random() * 4)))),
      ];
      const haystack = word(40);
      const brute: Array<[number, number, number]> = [];
      for (let end = 1; end <= haystack.length; end++) {
        const atEnd = patterns
          .map((pattern, index) => [pattern, index] as const)
          .filter(([pattern]) => haystack.slice(0, end).endsWith(pattern))
          .sort(([a], [b]) => b.length - a.length);
        for (const [pattern, index] of atEnd) brute.push([end - pattern.length, end, index]);
      }
      expect(findAllOccurrences(buildAutomaton(patterns), haystack)).toEqual(brute);
    }
  });

  it('rejects duplicate and empty patterns', () => {
    expect(() => buildAutomaton(['a', 'a'])).toThrow(/duplicate/);
    expect(() => buildAutomaton([''])).toThrow(/empty/);
  });
});
