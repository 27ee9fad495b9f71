import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { indexedSlice, toMatchingData } from '../../../utils/dataset/matching-data';
import { compileMatcher } from '../../../utils/matching';
import { compileDataset } from '../../../utils/matching/compile-dataset';
import { type DatasetCompiler, loadMatcher } from '../../../utils/matching/load';
import { serializeMatcher } from '../../../utils/matching/matcher-tables-writer';
import { quoteCheckAtHand } from '../../../utils/matching/quote-check-source';
import { findQuotations } from '../../../utils/quotes/find';

const slice = toMatchingData(dataset);
const shipped = serializeMatcher(slice);
const text = 'Lavrov met Witkoff; Лавров і Віткофф; Зеленский, Trump and Putin spoke.';

/** What loadMatcher did: the steps between yields, the compiler loads and the warnings. */
function recorder(compiler: DatasetCompiler = compileDataset) {
  const record = { yields: 0, compilerLoads: 0, warnings: [] as string[] };
  return {
    record,
    options: {
      yieldToPage: async () => {
        record.yields++;
      },
      loadCompiler: async () => {
        record.compilerLoads++;
        return compiler;
      },
      quoteCheck: quoteCheckAtHand(findQuotations),
      warn: (message: string) => record.warnings.push(message),
    },
  };
}

describe('loadMatcher: the matcher as the engine loads it', () => {
  it('reads the shipped tables in tasks of their own and never loads the compiler', async () => {
    const { record, options } = recorder();
    const matcher = await loadMatcher(indexedSlice(slice), shipped, options);
    expect(record).toEqual({ yields: 3, compilerLoads: 0, warnings: [] });
    const found = matcher.find(text);
    expect(found.length).toBeGreaterThan(3);
    expect(found).toEqual(compileMatcher(slice).find(text));
  });

  it('refuses corrupt tables with a clear warning, loads the compiler and still finds the same', async () => {
    const { record, options } = recorder();
    const corrupt = { automaton: shipped.automaton.slice(0, 100), patterns: shipped.patterns };
    const matcher = await loadMatcher(indexedSlice(slice), corrupt, options);
    expect(record.compilerLoads).toBe(1);
    expect(record.yields).toBe(3);
    expect(record.warnings).toHaveLength(1);
    expect(record.warnings[0]).toMatch(
      /^Backstory matcher tables refused: 100 bytes where.*compiling at run time$/,
    );
    expect(matcher.find(text)).toEqual(compileMatcher(slice).find(text));
  });

  it('fails, rather than running without a matcher, when the compiler cannot be loaded', async () => {
    const { options } = recorder();
    const corrupt = { automaton: shipped.automaton, patterns: new TextEncoder().encode('{') };
    await expect(
      loadMatcher(indexedSlice(slice), corrupt, {
        ...options,
        loadCompiler: () => Promise.reject(new Error('matcher-compiler.js did not load')),
      }),
    ).rejects.toThrow('matcher-compiler.js did not load');
  });
});
