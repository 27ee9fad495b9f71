import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '@/utils/matching';

type Row = [name: string, input: string, text: string, toOriginal: number[]];

const rows: Row[] = [
  [
    'lower-cases Latin and Cyrillic',
    'TrUMP Лавров',
    'trump лавров',
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  ],
  ['folds ё to е', 'Пётр', 'петр', [0, 1, 2, 3]],
  ['drops soft hyphens and zero-width characters', 'a\u00adb\u200bc\ufeff', 'abc', [0, 2, 4]],
  ['NBSP and thin spaces are spaces, runs are one', 'a\u00a0\u2009 b', 'a b', [0, 1, 4]],
  [
    'apostrophes and quotes',
    'Марʼї ’s “x”',
    'мар\'ї \'s "x"',
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  ],
  ['İ keeps one code unit', 'İz', 'iz', [0, 1]],
];

describe('normalizeForMatching', () => {
  it.each(rows)('%s', (_name, input, text, toOriginal) => {
    const normalized = normalizeForMatching(input);
    expect(normalized.text).toBe(text);
    expect([...normalized.toOriginal]).toEqual(toOriginal);
  });
});
