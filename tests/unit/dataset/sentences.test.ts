import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../utils/dataset/sentences';
import { sharedDir } from '../../support/shared-dir';

describe('splitSentences', () => {
  it.each([
    [
      'the headline line is a sentence of its own',
      'Headline here\n\nBody one. Body two.',
      ['Headline here', 'Body one.', 'Body two.'],
    ],
    ['splits before a capital after ? and !', 'Why? Because! Yes.', ['Why?', 'Because!', 'Yes.']],
    [
      'splits before an opening quotation mark',
      'He spoke. "We will," he said.',
      ['He spoke.', '"We will," he said.'],
    ],
    [
      'keeps a closing quotation mark with its sentence',
      'He asked: "Why?" Then left.',
      ['He asked: "Why?"', 'Then left.'],
    ],
    [
      'does not split before a lower-case word',
      'they ... have in mind. and more',
      ['they ... have in mind. and more'],
    ],
    [
      'does not split after initials',
      'U.S. officials met Donald J. Trump today.',
      ['U.S. officials met Donald J. Trump today.'],
    ],
    [
      'does not split after a common abbreviation',
      'Gen. Kellogg spoke on Feb. 18 in Saudi Arabia.',
      ['Gen. Kellogg spoke on Feb. 18 in Saudi Arabia.'],
    ],
    [
      'keeps a line cut off without punctuation as one sentence',
      'A full one.\n"Quoted words," he sa\nNext line.',
      ['A full one.', '"Quoted words," he sa', 'Next line.'],
    ],
    [
      'handles Cyrillic capitals',
      'Лавров заявив це. Путін мовчав.',
      ['Лавров заявив це.', 'Путін мовчав.'],
    ],
    ['ignores blank lines and Windows line ends', 'One.\r\n\r\n  Two.  \r\n', ['One.', 'Two.']],
  ])('%s', (_rule, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('sentenceAt counts from 1 and rejects numbers outside the text', () => {
    const sentences = ['first', 'second'];
    expect(sentenceAt(sentences, 1)).toBe('first');
    expect(sentenceAt(sentences, 2)).toBe('second');
    expect(sentenceAt(sentences, 0)).toBeUndefined();
    expect(sentenceAt(sentences, 3)).toBeUndefined();
    expect(sentenceAt(sentences, 1.5)).toBeUndefined();
  });
});

describe.skipIf(!sharedDir)('splitSentences on the source article', () => {
  const article = sharedDir ? readFileSync(join(sharedDir, 'seed', 'article.txt'), 'utf8') : '';
  const sentences = splitSentences(article);

  // The dataset's `sentence` numbers depend on this exact numbering.
  it.each([
    [1, 'Russia rules out returning seized Ukrainian territories ahead of US talks'],
    [2, 'Russian Foreign Minister Sergey Lavrov ruled out'],
    [7, '"Territorial concessions to what is now called Ukraine'],
    [8, 'Last week, the United States shocked European leaders'],
    [10, 'Earlier, Trump’s Special Envoy for Ukraine and Russia'],
    [11, 'Kellogg is not participating in the negotiations'],
    [14, 'If Russia were to withdraw from the occupied territories'],
  ])('sentence %i starts with the expected words', (number, start) => {
    expect(sentenceAt(sentences, number)?.startsWith(start)).toBe(true);
  });

  it('numbers 14 sentences and keeps the cut-off sentence unfinished', () => {
    expect(sentences).toHaveLength(14);
    expect(sentenceAt(sentences, 7)?.endsWith('Lavrov sa')).toBe(true);
  });
});
