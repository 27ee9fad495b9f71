/**
 * The probe (utils/gate/probe.ts) never says no where the exact automaton (utils/gate/exact-scan.ts)
 * says yes: on the text of every corpus page, and on seeded random texts made of pieces of the
 * real keys, read as the page's first pass reads them (tests/support/two-stage-scan.ts: text
 * nodes in batches, the probe over each batch with the end of the one before, then the key
 * check's probe and automaton).
 * Also reports how often the probe sends a page to the automaton for nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { createExactScan } from '../../../utils/gate/exact-scan';
import { writeGateTables } from '../../../utils/gate/gate-tables-writer';
import { gateKeys } from '../../../utils/gate/keys';
import { createProbe } from '../../../utils/gate/probe';
import { readCorpusPages } from '../../bench/corpus-text';
import { seededRandom } from '../../support/seeded-random';
import { sharedDir } from '../../support/shared-dir';
import { keyInTwoStages } from '../../support/two-stage-scan';

const keys = gateKeys(toMatchingData(dataset));
const tables = writeGateTables(keys);
const probe = createProbe(tables.probe);

const exactly = (pieces: readonly string[]) => {
  const scan = createExactScan(keys, tables.automaton);
  return pieces.some((piece) => scan.feed(piece));
};

/** The pieces read in batches of random sizes, as the reader's slices would, by the two scripts. */
function inBatches(pieces: readonly string[], random: () => number): boolean {
  const batches: string[][] = [];
  for (let at = 0; at < pieces.length; ) {
    const size = 1 + Math.floor(random() * 6);
    batches.push(pieces.slice(at, at + size));
    at += size;
  }
  return keyInTwoStages(keys, batches, tables);
}

describe.skipIf(!sharedDir)('the probe on the corpus pages', () => {
  const pages = sharedDir ? readCorpusPages(join(sharedDir, 'corpus')) : [];
  const verdicts = pages.map((page) => {
    const pieces = page.text.split(/(?<=\n\n)/);
    return { file: page.name, exact: exactly(pieces), probe: probe.mayHoldKey(page.text), pieces };
  });

  it('are read (the check is not vacuous)', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(verdicts.filter((v) => v.exact).length).toBeGreaterThan(10);
  });

  it('says yes wherever the automaton does', () => {
    expect(verdicts.filter((v) => v.exact && !v.probe).map((v) => v.file)).toEqual([]);
  });

  it('gives the automaton’s answer when the text comes in batches', () => {
    const random = seededRandom(13);
    const wrong = verdicts.filter((v) => inBatches(v.pieces, random) !== v.exact);
    expect(wrong.map((v) => v.file)).toEqual([]);
  }, 60_000);

  it('says yes for nothing on few pages (reported)', () => {
    const extra = verdicts.filter((v) => v.probe && !v.exact).map((v) => v.file);
    console.log(
      `probe: yes on ${verdicts.filter((v) => v.probe).length} of ${pages.length} corpus pages, ` +
        `the automaton on ${verdicts.filter((v) => v.exact).length}; yes for nothing on ` +
        `${extra.length}: ${extra.join(', ')}`,
    );
    expect(extra.length).toBeLessThan(pages.length / 10);
  });
});

/** Units that the fold reads specially, to scatter through random texts. */
const ODD = ['\u00ad', '\u200b', '\u200d', '\ufeff', '\u00a0', '\n', '\t', '  ', '’', '«', '»'];
/** Indentation longer than the overlap between batches (utils/gate/scan.ts). */
const INDENT = `\n${' '.repeat(1500)}`;
const FILLER = ['the ', 'talks ', 'у ', 'и ', 'між ', 'information ', 'крим', 'x', '7', '-', '. '];

/** A text made of fragments of the keys, cut into text nodes at random places. */
function randomPieces(random: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let text = '';
  const parts = 1 + Math.floor(random() * 8);
  for (let i = 0; i < parts; i++) {
    const key = pick(keys);
    const from = random() < 0.5 ? 0 : Math.floor(random() * key.length);
    const to = random() < 0.5 ? key.length : from + Math.floor(random() * (key.length - from + 1));
    for (const char of key.slice(from, to)) {
      let unit = char;
      const roll = random();
      if (roll < 0.15) unit = char.toUpperCase();
      else if (roll < 0.2 && char === 'е') unit = random() < 0.5 ? 'ё' : 'Ё';
      else if (roll < 0.23 && char === 'i') unit = '\u0130';
      else if (roll < 0.3 && char === ' ') unit = pick(ODD);
      else if (roll < 0.33 && char === ' ') unit = INDENT;
      text += unit;
      if (random() < 0.06) text += pick(ODD);
    }
    text += random() < 0.5 ? pick(FILLER) : pick(ODD);
  }
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    const size = 1 + Math.floor(random() * 12);
    pieces.push(text.slice(at, at + size));
    at += size;
  }
  return pieces;
}

const ROUNDS = 3000;

describe('the probe on seeded random texts made of pieces of the keys', () => {
  it('says yes wherever the automaton does, in whatever batches the text comes', () => {
    const random = seededRandom(20261130);
    let found = 0;
    const wrong: string[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const pieces = randomPieces(random);
      const exact = exactly(pieces);
      if (exact) found++;
      if (exact && !probe.mayHoldKey(pieces.join(''))) wrong.push(pieces);
      if (inBatches(pieces, random) !== exact) wrong.push(pieces);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Not vacuous: a good share of the texts hold a key, a good share do not.
    expect(found).toBeGreaterThan(ROUNDS / 10);
    expect(found).toBeLessThan(ROUNDS * 0.9);
  }, 60_000);
});
