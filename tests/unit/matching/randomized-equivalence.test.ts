import { describe, expect, it } from 'vitest';
import { aliasForms } from '@/utils/dataset/alias-forms';
import type { Dataset } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import { seededRandom } from '../../support/seeded-random';
import { newsDataset } from './fixtures';
import { referenceFind } from './reference-matcher';

const NOISE = [
  ...['the', 'said', 'talks', 'card', 'Tower', 'Jr.', 'Cup', 'arabia', 'Arabia', 'son', 'of'],
  ...['и', 'з', 'на', 'переговори', 'переговоры', 'Кубок', 'адмирала', 'Петр', 'Пётр'],
  ...['Trumpet', 'Лавровский', 'Зеленськими', 'Лавровы', 'Putinism', 'extraterritorial'],
  ...['20', '120', '1.20', '2014', '2,014', '3.5', '78', '%', 'percent', 'fifth', 'a', 'one'],
  ...['Feb.', 'U.S.', 'J.', 'г.', 'Mr.', '…', '?!', 'discount', 'Melania', 'Admiral'],
  // Words the context rules look at: pronoun hosts, heads of longer names, prefixes, given
  // names, initials, titles, calendar words, places in the genitive, patronymics.
  ...['FOLLOW', 'JOIN', 'THE', 'Council', 'Radio', 'Free', 'post', 'Post', 'Frank', 'B.'],
  ...['Monday', 'Росії', 'Рада', 'Владимирович', 'President', 'Russia’s', 'Says', 'Card', 'W.K.'],
];
const JOINERS = [
  ...[' ', ' ', ' ', ' ', '  ', '\u00a0', '\u2009', '\n', '. ', ', ', '-', '–', '', '', "'"],
  ...["'s ", '’s ', '’', 'ʼ', '"', '“', '”', '«', '»', '\u200b', '\u00ad', '! ', '? ', ': '],
  ...['. ', ' (', ') ', '\ufeff', '🇺🇦', '5', 'x'],
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Every written form the dataset can match or must not match, plus stems. */
function vocabularyOf(dataset: Dataset): string[] {
  const words: string[] = [];
  for (const entity of dataset.entities) {
    for (const named of [...entity.aliases, ...entity.exclusions]) {
      words.push(...aliasForms(named));
      for (const ending of ['ом', 'ою', 's', 'ы']) words.push(named.text + ending);
    }
  }
  for (const figure of dataset.figures) {
    for (const form of figure.forms) words.push(form.text);
    const stems = [...figure.context.subject, ...figure.context.measure];
    for (const stem of stems) words.push(stem, `${stem}y`, `${stem}ии`, `ex${stem}`);
  }
  return words;
}

/** Changes the case of a word the ways pages do (and some they should not). */
function recase(random: () => number, word: string): string {
  const roll = random();
  if (roll < 0.55) return word;
  if (roll < 0.7) return word.toUpperCase();
  if (roll < 0.8) return word.toLowerCase();
  if (roll < 0.9) return word.charAt(0).toLowerCase() + word.slice(1);
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Sometimes hides an invisible character or swaps an apostrophe inside a word. */
function disturb(random: () => number, word: string): string {
  let out = word.replace(/['’ʼ]/g, () => pick(random, ["'", '’', 'ʼ', '‘']));
  if (out.length > 2 && random() < 0.15) {
    const at = 1 + Math.floor(random() * (out.length - 1));
    out = out.slice(0, at) + pick(random, ['\u00ad', '\u200b', '\u2060']) + out.slice(at);
  }
  if (random() < 0.05) out = out.replace(/е/g, 'ё');
  return out;
}

function randomText(random: () => number, vocabulary: readonly string[]): string {
  const pieces = 1 + Math.floor(random() * 24);
  let text = '';
  for (let i = 0; i < pieces; i++) {
    const word = random() < 0.6 ? pick(random, vocabulary) : pick(random, NOISE);
    text += disturb(random, recase(random, word)) + pick(random, JOINERS);
  }
  return text;
}

describe('the fast engine finds exactly what the naive reference finds', () => {
  const dataset = newsDataset();
  const matcher = compileMatcher(dataset);
  const vocabulary = vocabularyOf(dataset);

  it.each([1, 2, 3, 4])(
    'on 500 random texts built from aliases, look-alikes and noise (seed %i)',
    (seed) => {
      const random = seededRandom(seed);
      let mentions = 0;
      for (let round = 0; round < 500; round++) {
        const text = randomText(random, vocabulary);
        const expected = referenceFind(dataset, text);
        const actual = matcher.find(text);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          // Show the failing text with its seed and round, then let the assertion explain.
          expect({ seed, round, text, mentions: actual }).toEqual({
            seed,
            round,
            text,
            mentions: expected,
          });
        }
        mentions += actual.length;
      }
      // The generator must actually exercise the engine: many texts contain mentions.
      expect(mentions).toBeGreaterThan(300);
    },
    // The reference is quadratic on purpose; give it room on a busy machine.
    30_000,
  );

  it('agrees on one long text where sentences, figures and look-alikes interleave', () => {
    const random = seededRandom(99);
    let text = '';
    for (let i = 0; i < 60; i++) text += randomText(random, vocabulary);
    expect(matcher.find(text)).toEqual(referenceFind(dataset, text));
  });
});
