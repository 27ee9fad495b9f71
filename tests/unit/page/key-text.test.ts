/**
 * The engine's search for keys feeds a text node of white space only to the automaton as one
 * space (utils/page/key-regions.ts, `keyText`). That must change nothing the automaton finds:
 * every unit such a node may hold folds to a space, which the automaton reads a run of as one;
 * and fed node by node, started afresh after each node with a key, the automaton reports the
 * same nodes either way, on en/uk/ru texts, seeded random texts and every corpus page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import { toMatchingData } from '@/utils/dataset/matching-data';
import { gateKeys } from '@/utils/gate/keys';
import { foldUnit } from '@/utils/matching/fold';
import { keyText } from '@/utils/page/key-regions';
import { readCorpusPages } from '../../bench/corpus-text';
import { gateScanFor } from '../../support/gate-scan';
import { seededRandom } from '../../support/seeded-random';
import { sharedDir } from '../../support/shared-dir';

const keys = gateKeys(toMatchingData(dataset));

/** The nodes in which the automaton reports a key, fed node by node, afresh after each. */
const scan = gateScanFor(keys);
function reported(texts: readonly string[], feedAs: (text: string) => string): number[] {
  scan.reset();
  const found: number[] = [];
  texts.forEach((text, index) => {
    if (scan.feed(feedAs(text))) {
      found.push(index);
      scan.reset();
    }
  });
  return found;
}

const same = (text: string) => text;

const WHITE = [' ', '\n', '\t', '\r', '\u00a0', '\u2003', '\u202f', '\u3000', '\u2028', '\f'];

describe('a text node of white space only, fed as one space', () => {
  it('holds only units the fold reads as a space', () => {
    const changed: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      if (keyText(char) === ' ' && foldUnit(unit) !== 0x20) changed.push(unit.toString(16));
      if (keyText(`${char}${char}`) === ' ' && foldUnit(unit) !== 0x20)
        changed.push(unit.toString(16));
    }
    expect(changed).toEqual([]);
    // Not vacuous: the white space the fold knows, in runs, becomes one space.
    expect(WHITE.map((char) => keyText(char.repeat(3)))).toEqual(WHITE.map(() => ' '));
  });

  it.each([
    ['en: text and other marks stay as they are', ['Putin ', ' said', '\ufeff', '', 'x \n y']],
    ['uk: a word, then indentation', ['Крим', '\n      ', 'і далі']],
    ['ru: a name split by a node of spaces', ['Пу', '\u00a0\u00a0', 'тин']],
  ])('%s', (_name, texts) => {
    const fed = texts.map(keyText);
    texts.forEach((text, i) => {
      if (!/^\s+$/.test(text) || text.includes('\ufeff')) expect(fed[i]).toBe(text);
    });
    expect(reported(texts, keyText)).toEqual(reported(texts, same));
  });

  it('changes no node the automaton reports, on seeded random texts', () => {
    const random = seededRandom(2026);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    let withKeys = 0;
    const wrong: string[][] = [];
    for (let round = 0; round < 2000; round++) {
      const texts: string[] = [];
      const count = 1 + Math.floor(random() * 30);
      for (let i = 0; i < count; i++) {
        const roll = random();
        if (roll < 0.4)
          texts.push(
            Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(WHITE)).join(''),
          );
        else {
          const key = pick(keys);
          const from = Math.floor(random() * key.length);
          texts.push(roll < 0.7 ? key.slice(from) : key.slice(0, from + 1));
        }
      }
      const expected = reported(texts, same);
      if (expected.length > 0) withKeys++;
      if (JSON.stringify(reported(texts, keyText)) !== JSON.stringify(expected)) wrong.push(texts);
    }
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(withKeys).toBeGreaterThan(200);
  });

  it.skipIf(!sharedDir)(
    'changes no node the automaton reports, on every corpus page',
    () => {
      const pages = sharedDir ? readCorpusPages(join(sharedDir, 'corpus')) : [];
      expect(pages.length).toBeGreaterThan(100);
      let pagesWithKeys = 0;
      const wrong: string[] = [];
      for (const page of pages) {
        // Words and the white space between them as text nodes of their own.
        const texts = page.text.split(/(\s+)/).filter((text) => text !== '');
        const expected = reported(texts, same);
        if (expected.length > 0) pagesWithKeys++;
        if (JSON.stringify(reported(texts, keyText)) !== JSON.stringify(expected))
          wrong.push(page.name);
      }
      expect(wrong).toEqual([]);
      expect(pagesWithKeys).toBeGreaterThan(10);
    },
    120_000,
  );
});
