import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { compileMatcher, type MatcherTables } from '../../../utils/matching';
import {
  type Automaton,
  buildAutomaton,
  expandAutomaton,
  planAutomaton,
} from '../../../utils/matching/aho-corasick';
import {
  decodeBase64,
  MatcherTablesError,
  patternListChecksum,
  readAutomatonPlan,
  readPlanOrRefuse,
} from '../../../utils/matching/automaton-tables';
import {
  serializeAutomaton,
  structuralProblem,
  verifyAutomatonTables,
} from '../../../utils/matching/automaton-tables-writer';
import {
  type CompiledPattern,
  collectPatterns,
  type PatternList,
  type PatternRules,
  patternTexts,
} from '../../../utils/matching/compile';
import { loadMatcherTables, PATTERNS_FORMAT_VERSION } from '../../../utils/matching/matcher-tables';
import { serializeMatcher } from '../../../utils/matching/matcher-tables-writer';
import { builtMatchingData } from '../../support/matching-data-module';
import { newsDataset } from './fixtures';

const slice = toMatchingData(dataset);
const texts = patternTexts(collectPatterns(slice));

/** What a page reads: the plan for `patterns`, with the header checks a page makes. */
function readPlan(bytes: Uint8Array, patterns: readonly string[]) {
  return readAutomatonPlan(
    bytes,
    { count: patterns.length, checksum: patternListChecksum(patterns) },
    Uint32Array.from(patterns, (pattern) => pattern.length),
  );
}

/** The bytes of a typed array, as a Buffer: compared natively (toEqual is slow on 400 KB). */
function bytesOf(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('hex');
}

/** Every table of the automaton, byte for byte, and the column of every code unit. */
function expectSameAutomaton(loaded: Automaton, fresh: Automaton): void {
  expect(loaded.stateCount).toBe(fresh.stateCount);
  expect(loaded.width).toBe(fresh.width);
  expect(loaded.transitions.constructor).toBe(fresh.transitions.constructor);
  expect(bytesOf(loaded.transitions)).toEqual(bytesOf(fresh.transitions));
  expect(bytesOf(loaded.hasOutput)).toEqual(bytesOf(fresh.hasOutput));
  expect(bytesOf(loaded.outputStart)).toEqual(bytesOf(fresh.outputStart));
  expect(bytesOf(loaded.outputs)).toEqual(bytesOf(fresh.outputs));
  expect(bytesOf(loaded.patternLength)).toEqual(bytesOf(fresh.patternLength));
  for (let unit = 0; unit < 0x10000; unit++) {
    if (loaded.columnOf(unit) !== fresh.columnOf(unit)) {
      expect([unit, loaded.columnOf(unit)]).toEqual([unit, fresh.columnOf(unit)]);
    }
  }
}

/** Every pattern of a list, each asked for (loaded tables rebuild them as asked). */
function everyPattern(list: PatternList): PatternRules[] {
  return Array.from({ length: list.length }, (_, index) => list.at(index) as PatternRules);
}

/** Compiled patterns as the tables rebuild them: all but the text, which they leave out. */
function withoutText(patterns: readonly CompiledPattern[]): PatternRules[] {
  return patterns.map(({ text: _text, ...rules }) => rules);
}

/** The tables the build puts into the engine's data file, as the engine reads them. */
function builtTables(): MatcherTables {
  return builtMatchingData().matcherTables;
}

describe('serialized matcher tables', () => {
  it('the automaton the build ships loads to exactly what a fresh compile builds', async () => {
    const bytes = builtTables().automaton as Uint8Array;
    expect(() => verifyAutomatonTables(bytes, texts)).not.toThrow();
    const loaded = expandAutomaton(readPlan(bytes, texts));
    expect(loaded.stateCount).toBeGreaterThan(1000);
    expectSameAutomaton(loaded, buildAutomaton(texts));
  });

  it('the pattern metadata the build ships is what a fresh compile makes, field for field', async () => {
    const built = builtTables();
    const fresh = serializeMatcher(slice);
    expect(built.patterns).toEqual(fresh.patterns);
    expect(built.automaton).toEqual(fresh.automaton);
    const loaded = loadMatcherTables(slice, built);
    const compiled = collectPatterns(slice);
    expect(loaded.patterns.length).toBeGreaterThan(300);
    expect(everyPattern(loaded.patterns)).toEqual(withoutText(compiled.patterns));
    expect(loaded.stemCount).toBe(compiled.stemCount);
    expect(loaded.quotes).toEqual(compiled.quotes);
    const plan = planAutomaton(texts);
    for (const key of ['alphabet', 'childCount', 'column', 'terminal', 'patternLength'] as const) {
      expect(bytesOf(loaded.plan[key])).toEqual(bytesOf(plan[key]));
    }
    expectSameAutomaton(expandAutomaton(loaded.plan), buildAutomaton(texts));
  });

  it('rebuilds a loaded pattern once, when first asked for, and shares its rule set', async () => {
    const { patterns } = loadMatcherTables(slice, builtTables());
    const compiled = collectPatterns(slice).patterns;
    // Asked for out of order, one at a time: each is the compiled pattern at its index.
    const indices = [compiled.length - 1, 0, Math.floor(compiled.length / 2)];
    for (const index of indices) {
      const pattern = patterns.at(index);
      expect(pattern).toEqual(withoutText([compiled[index] as CompiledPattern])[0]);
      expect(patterns.at(index)).toBe(pattern);
    }
    expect(patterns.at(compiled.length)).toBeUndefined();
    // Aliases judged by one rule set hold the one object, as when all were rebuilt at once.
    const rulesOf = (pattern: PatternRules) =>
      pattern.candidates.flatMap((candidate) =>
        candidate.type === 'alias' ? [candidate.rules] : [],
      );
    const all = everyPattern(patterns).flatMap(rulesOf);
    const distinct = new Set(all);
    const byValue = new Set(all.map((rules) => JSON.stringify(rules)));
    expect(all.length).toBeGreaterThan(distinct.size);
    expect(distinct.size).toBe(byValue.size);
  });

  it('loads the patterns without context stems or quote anchors onto one empty list', async () => {
    const patterns = everyPattern(loadMatcherTables(slice, builtTables()).patterns);
    const bare = patterns.filter((pattern) => pattern.contextStems.length === 0);
    // Most patterns have none: one shared list, not hundreds kept for the page's life.
    expect(bare.length).toBeGreaterThan(patterns.length / 2);
    const lists = new Set(
      patterns.flatMap((pattern) => [pattern.contextStems, pattern.quoteAnchors]),
    );
    const empty = [...lists].filter((list) => list.length === 0);
    expect(empty).toHaveLength(1);
    expect(Object.isFrozen(empty[0])).toBe(true);
  });

  it('round-trips the metadata of a dataset with every kind of candidate and rule', () => {
    const data = newsDataset();
    const compiled = collectPatterns(data);
    const kinds = new Set(compiled.patterns.flatMap((p) => p.candidates.map((c) => c.type)));
    expect([...kinds].sort()).toEqual(['alias', 'exclusion', 'figure']);
    const { automaton, patterns } = serializeMatcher(data);
    const loaded = loadMatcherTables(data, { automaton, patterns });
    expect(everyPattern(loaded.patterns)).toEqual(withoutText(compiled.patterns));
    expect(loaded.stemCount).toBe(compiled.stemCount);
  });

  it('round-trips small pattern sets, including shared prefixes and suffixes', () => {
    const sets = [
      ['a'],
      ['he', 'she', 'his', 'hers'],
      ['abcd', 'bc', 'c', 'abc', 'd'],
      ['ль', 'льв', 'в'],
      // Widths 256 (child counts and columns in bytes: the root has 255 children) and 258 (in
      // two bytes each: 256 children).
      Array.from({ length: 255 }, (_, unit) => String.fromCharCode(0x100 + unit)),
      Array.from({ length: 256 }, (_, unit) => `${String.fromCharCode(0x100 + unit)}x`),
    ];
    for (const patterns of sets) {
      const loaded = expandAutomaton(readPlan(serializeAutomaton(patterns), patterns));
      expectSameAutomaton(loaded, buildAutomaton(patterns));
    }
    const widths = sets.map((patterns) => planAutomaton(patterns).width);
    expect(widths.slice(-2)).toEqual([256, 258]);
    const kinds = sets.map(
      (patterns) => readPlan(serializeAutomaton(patterns), patterns).childCount,
    );
    expect(kinds.at(-2)).toBeInstanceOf(Uint8Array);
    expect(kinds.at(-1)).toBeInstanceOf(Uint16Array);
  });

  it('a matcher from the shipped tables finds what a matcher compiled at run time finds', async () => {
    const text = 'Lavrov met Witkoff; Лавров і Віткофф; Зеленский, Trump and Putin spoke.';
    const warnings: string[] = [];
    const fromTables = compileMatcher(slice, builtTables(), (m) => warnings.push(m)).find(text);
    expect(warnings).toEqual([]);
    expect(fromTables.length).toBeGreaterThan(3);
    expect(fromTables).toEqual(compileMatcher(slice).find(text));
  });

  const good = serializeAutomaton(texts);
  const refusals: Array<[name: string, bytes: () => Uint8Array, patterns: string[], why: RegExp]> =
    [
      [
        'a truncated file',
        () => good.slice(0, good.length - 4),
        texts,
        /bytes where \d+ were expected/,
      ],
      ['an empty file', () => new Uint8Array(0), texts, /shorter than the header/],
      [
        'another format version',
        () => {
          const bad = good.slice();
          new Uint32Array(bad.buffer)[1] = 99;
          return bad;
        },
        texts,
        /format version 99/,
      ],
      [
        'another pattern list (one pattern more)',
        () => good,
        [...texts, 'zzz'],
        /another pattern list/,
      ],
      [
        'another pattern list (same length, one text changed)',
        () => good,
        texts.map((text, i) => (i === 7 ? `${text}x` : text)),
        /another pattern list/,
      ],
      [
        'another pattern list (same texts, another order)',
        () => good,
        [texts[1] as string, texts[0] as string, ...texts.slice(2)],
        /another pattern list/,
      ],
      ['not tables at all', () => new TextEncoder().encode('x'.repeat(64)), texts, /wrong magic/],
    ];

  for (const [name, bytes, patterns, why] of refusals) {
    it(`refuses ${name} with a clear error, on a page and in the build`, () => {
      expect(() => readPlan(bytes(), patterns)).toThrow(MatcherTablesError);
      expect(() => readPlan(bytes(), patterns)).toThrow(why);
      expect(() => verifyAutomatonTables(bytes(), patterns)).toThrow(why);
    });
  }

  it('the build and the tests refuse a flipped payload byte (a page does not hash the payload)', () => {
    const bad = good.slice();
    bad[bad.length - 40] = (bad[bad.length - 40] as number) ^ 0x10;
    expect(() => verifyAutomatonTables(bad, texts)).toThrow(MatcherTablesError);
    expect(() => verifyAutomatonTables(bad, texts)).toThrow(/payload checksum mismatch/);
  });

  const shipped = serializeMatcher(slice);
  // Tampered with as text: the first line, the shared tables; then one line per pattern.
  const shippedText = new TextDecoder().decode(shipped.patterns);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const firstBreak = shippedText.indexOf('\n');
  const metadata = JSON.parse(shippedText.slice(0, firstBreak)) as Record<string, unknown>;
  const patternLines = shippedText.slice(firstBreak);
  const withFirstLine = (first: Record<string, unknown>) =>
    utf8(JSON.stringify(first) + patternLines);
  const metadataRefusals: Array<[name: string, tables: () => MatcherTables, why: RegExp]> = [
    [
      'automaton tables of another format version',
      () => {
        const bad = shipped.automaton.slice();
        new Uint32Array(bad.buffer)[1] = 99;
        return { automaton: bad, patterns: shipped.patterns };
      },
      /^Backstory matcher tables refused: format version 99.*compiling at run time$/,
    ],
    [
      'truncated automaton tables',
      () => ({ automaton: shipped.automaton.slice(0, 100), patterns: shipped.patterns }),
      /^Backstory matcher tables refused: 100 bytes where.*compiling at run time$/,
    ],
    [
      'metadata that is not JSON',
      () => ({ automaton: shipped.automaton, patterns: utf8(shippedText.slice(1)) }),
      /^Backstory matcher tables refused: the pattern metadata is not JSON.*compiling at run time$/,
    ],
    [
      'metadata of another format',
      () => ({
        automaton: shipped.automaton,
        patterns: withFirstLine({ ...metadata, format: PATTERNS_FORMAT_VERSION + 1 }),
      }),
      /^Backstory matcher tables refused: pattern metadata format \d+, this build reads format \d+; compiling at run time$/,
    ],
    [
      'metadata from another build (another pattern-list checksum)',
      () => ({
        automaton: shipped.automaton,
        patterns: withFirstLine({ ...metadata, checksum: (metadata.checksum as number) ^ 1 }),
      }),
      /^Backstory matcher tables refused: made for another pattern list.*compiling at run time$/,
    ],
    [
      'metadata without its patterns’ lengths',
      () => ({
        automaton: shipped.automaton,
        patterns: withFirstLine({ ...metadata, textLengths: undefined }),
      }),
      /^Backstory matcher tables refused: the pattern metadata lacks one of its parts; compiling at run time$/,
    ],
    [
      'metadata without its last pattern line',
      () => ({
        automaton: shipped.automaton,
        patterns: utf8(shippedText.slice(0, shippedText.lastIndexOf('\n'))),
      }),
      /^Backstory matcher tables refused: \d+ pattern lines where \d+ were expected; compiling at run time$/,
    ],
    [
      'metadata with a pattern line more',
      () => ({ automaton: shipped.automaton, patterns: utf8(`${shippedText}\n["x",0]`) }),
      /^Backstory matcher tables refused: more than \d+ pattern lines where \d+ were expected; compiling at run time$/,
    ],
    [
      'metadata without any pattern line',
      () => ({ automaton: shipped.automaton, patterns: utf8(JSON.stringify(metadata)) }),
      /^Backstory matcher tables refused: 0 pattern lines where \d+ were expected; compiling at run time$/,
    ],
  ];

  for (const [name, tables, why] of metadataRefusals) {
    it(`falls back to compiling at run time, with a warning, for ${name}`, () => {
      const warnings: string[] = [];
      const matcher = compileMatcher(slice, tables(), (m) => warnings.push(m));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(why);
      const text = 'Lavrov and Witkoff met in Moscow.';
      expect(matcher.find(text).length).toBeGreaterThan(0);
      expect(matcher.find(text)).toEqual(compileMatcher(slice).find(text));
    });
  }

  it('names what is structurally wrong in a plan, so the loader never reads outside its arrays', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    const plan = planAutomaton(patterns);
    expect(structuralProblem(plan, patterns.length)).toBeNull();
    const tampered = (
      change: (copy: {
        childCount: Uint8Array | Uint16Array;
        column: Uint8Array | Uint16Array;
        terminal: Uint16Array | Uint32Array;
      }) => void,
    ) => {
      const copy = {
        ...plan,
        childCount: plan.childCount.slice(),
        column: plan.column.slice(),
        terminal: plan.terminal.slice(),
      };
      change(copy);
      return structuralProblem(copy, patterns.length);
    };
    expect(
      tampered((p) => {
        p.childCount[0] = (p.childCount[0] as number) + 1;
      }),
    ).toMatch(/past the last state/);
    expect(
      tampered((p) => {
        p.childCount[0] = 0;
      }),
    ).toMatch(/nobody's child/);
    expect(
      tampered((p) => {
        p.column[1] = plan.width;
      }),
    ).toMatch(/outside the alphabet/);
    expect(
      tampered((p) => {
        p.terminal[2] = 4;
      }),
    ).toMatch(/unknown pattern 4/);
  });

  it('decodes base64 the same way with and without the built-in decoder', () => {
    const text = Buffer.from(good).toString('base64');
    const fromBase64 = Object.getOwnPropertyDescriptor(Uint8Array, 'fromBase64');
    const viaBuiltIn = decodeBase64(text);
    if (fromBase64) Reflect.deleteProperty(Uint8Array, 'fromBase64');
    try {
      expect(decodeBase64(text)).toEqual(good);
    } finally {
      if (fromBase64) Object.defineProperty(Uint8Array, 'fromBase64', fromBase64);
    }
    expect(viaBuiltIn).toEqual(good);
  });
});

describe('readPlanOrRefuse', () => {
  const patterns = ['putin', 'kyiv', 'kyivan'];
  const expected = { count: patterns.length, checksum: patternListChecksum(patterns) };
  const lengths = Uint32Array.from(patterns, (pattern) => pattern.length);

  it('reads the tables that fit, without a warning', () => {
    const bytes = serializeAutomaton(patterns);
    const warnings: string[] = [];
    const plan = readPlanOrRefuse(
      () => bytes,
      expected,
      patterns,
      (why) => warnings.push(why),
    );
    expect(warnings).toEqual([]);
    expect(plan).toEqual(readAutomatonPlan(bytes, expected, lengths));
    // Views on the tables' own bytes, not a plan made here.
    expect(plan?.childCount.buffer).toBe(bytes.buffer);
  });

  it.each<[string, () => Uint8Array, RegExp]>([
    ['made for other patterns', () => serializeAutomaton(['lavrov']), /another pattern list/],
    [
      'that cannot be read at all',
      () => {
        throw new Error('not base64');
      },
      /^not base64$/,
    ],
  ])('gives no plan, saying why, for tables %s', (_name, read, why) => {
    const warnings: string[] = [];
    const plan = readPlanOrRefuse(read, expected, patterns, (reason) => warnings.push(reason));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(why);
    expect(plan).toBeNull();
  });
});
