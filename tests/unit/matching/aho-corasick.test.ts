import { describe, expect, it } from 'vitest';
import {
  buildAutomaton,
  FILLED,
  findAllOccurrences,
  HAS_OUTPUT,
  LazyAutomaton,
  NO_LINK,
  planAutomaton,
} from '@/utils/matching/aho-corasick';

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

/** Every occurrence, as `findAllOccurrences` lists them, with rows filled as the scan goes. */
function lazyOccurrences(lazy: LazyAutomaton, text: string): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = lazy.transitions[lazy.rowStart(state) + lazy.columnOf(text.charCodeAt(i))] as number;
    if (lazy.flags[state] === 0) lazy.fill(state);
    if (((lazy.flags[state] as number) & HAS_OUTPUT) === 0) continue;
    let at = lazy.terminal[state] !== lazy.none ? state : (lazy.outputLink[state] as number);
    for (; at !== NO_LINK; at = lazy.outputLink[at] as number) {
      const pattern = lazy.terminal[at] as number;
      found.push([i + 1 - (lazy.patternLength[pattern] as number), i + 1, pattern]);
    }
  }
  return found;
}

describe('LazyAutomaton (rows filled and placed as the scan reaches them)', () => {
  const lazyFor = (patterns: string[]) => new LazyAutomaton(planAutomaton(patterns));

  it.each(rows)('%s', (_name, patterns, haystack, expected) => {
    expect(lazyOccurrences(lazyFor(patterns), haystack)).toEqual(expected);
  });

  it('fills, state by state in any order, the very table and outputs expandAutomaton makes', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = (length: number) =>
      Array.from({ length }, () => 'abcа'.charAt(Math.floor(random() * 4))).join('');
    // Sizes from a few states to over a hundred, so that the lazy table's stretches of states
    // (LazyAutomaton's checkpoints, one every 16) end anywhere, exactly at the last state too.
    const stateCounts = new Set<number>();
    for (let round = 0; round < 200; round++) {
      const count = 1 + Math.floor(random() * 60);
      const patterns = [
        ...new Set(Array.from({ length: count }, () => word(1 + Math.floor(random() * 7)))),
      ];
      const eager = buildAutomaton(patterns);
      const lazy = lazyFor(patterns);
      // Scanning a random text fills some states; then fill the rest in reverse order, which
      // reaches states whose failure states are not filled yet.
      const haystack = word(30);
      expect(lazyOccurrences(lazy, haystack)).toEqual(findAllOccurrences(eager, haystack));
      for (let state = lazy.stateCount - 1; state >= 0; state--) {
        if (lazy.flags[state] === 0) lazy.fill(state);
      }
      for (let state = 0; state < lazy.stateCount; state++) {
        const row = lazy.rowStart(state);
        expect(lazy.transitions.subarray(row, row + lazy.width)).toEqual(
          eager.transitions.subarray(state * eager.width, (state + 1) * eager.width),
        );
      }
      expect(lazy.transitions.length).toBe(lazy.stateCount * lazy.width);
      for (let state = 0; state < lazy.stateCount; state++) {
        const outputs: number[] = [];
        let at = lazy.terminal[state] !== lazy.none ? state : (lazy.outputLink[state] as number);
        for (; at !== NO_LINK; at = lazy.outputLink[at] as number) {
          outputs.push(lazy.terminal[at] as number);
        }
        const from = eager.outputStart[state] as number;
        const to = eager.outputStart[state + 1] as number;
        expect(outputs).toEqual([...eager.outputs.subarray(from, to)]);
        expect(lazy.flags[state]).toBe(eager.hasOutput[state] ? FILLED | HAS_OUTPUT : FILLED);
      }
      stateCounts.add(lazy.stateCount);
    }
    expect(Math.max(...stateCounts)).toBeGreaterThan(120);
    expect([...stateCounts].filter((count) => count % 16 === 0).length).toBeGreaterThan(3);
    expect([...stateCounts].filter((count) => count % 16 === 1).length).toBeGreaterThan(3);
  });
});

describe('LazyAutomaton with rows placed on demand', () => {
  it('holds only about the rows a scan filled, and grows as it fills more', () => {
    // 400 patterns of 4 letters: about 1,000 states; a short text reaches a few of them.
    const letters = 'abcdefghij';
    const patterns = Array.from({ length: 400 }, (_, n) =>
      [n % 10, Math.floor(n / 10) % 10, Math.floor(n / 100), (n * 7) % 10]
        .map((digit) => letters.charAt(digit))
        .join(''),
    );
    const unique = [...new Set(patterns)];
    const eager = buildAutomaton(unique);
    const lazy = new LazyAutomaton(planAutomaton(unique));
    const short = 'xx abca xx';
    expect(lazyOccurrences(lazy, short)).toEqual(findAllOccurrences(eager, short));
    const filled = lazy.flags.filter((flags) => flags !== 0).length;
    expect(lazy.transitions.length).toBeLessThan(eager.transitions.length / 4);
    expect(lazy.transitions.length).toBeGreaterThanOrEqual(filled * lazy.width);
    const long = unique.join(' ');
    expect(lazyOccurrences(lazy, long)).toEqual(findAllOccurrences(eager, long));
    expect(lazy.flags.filter((flags) => flags !== 0).length).toBeGreaterThan(filled);
  });
});
