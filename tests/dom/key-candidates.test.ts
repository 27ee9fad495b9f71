/**
 * After the skim's maybe the key check reads only the nodes near where the probe's expression
 * matches (utils/page/key-candidates.ts). Whatever it then finds must be what reading the whole
 * page would find outside site chrome's landmarks (which the skim leaves out): checked against
 * the exact automaton reading every text node there, on a table of cases, on seeded random
 * pages (landmarks, code, comments, long articles, invisible units, "İ") and on every corpus
 * page.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import { toMatchingData } from '@/utils/dataset/matching-data';
import { createExactScan } from '@/utils/gate/exact-scan';
import { writeGateTables } from '@/utils/gate/gate-tables-writer';
import { gateKeys } from '@/utils/gate/keys';
import { createGateScan } from '@/utils/gate/scan';
import {
  LOOK_INTO_UNITS,
  MAX_NARROWED_UNITS,
  nearKeys,
  restOfNear,
} from '@/utils/page/key-candidates';
import { NOT_PROSE, type ProseTexts, proseTextsWithoutLandmarks } from '@/utils/page/prose-texts';
import { seededRandom } from '../support/seeded-random';
import { inLandmark } from './fakes/landmarks';
import { setBody } from './fakes/page';
import { onEverySkimmedCorpusPage } from './fakes/saved-pages';

const keys = gateKeys(toMatchingData(dataset));
const built = writeGateTables(keys);

/**
 * The text nodes the walk reads under `root`, in order (as utils/page/text-reader.ts gathers),
 * less those in site chrome's landmarks, which the skim leaves out (no key there can show:
 * tests/dom/prose-texts.test.ts).
 */
function walkedTexts(root: Node): Text[] {
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent !== null && NOT_PROSE.has(parent.localName)) continue;
    if (!inLandmark(node, root)) texts.push(node as Text);
  }
  return texts;
}

/** Per text node holding a key's end, what the automaton says of it, reading `texts` in a row. */
function keyEnds(texts: readonly Text[]): Map<Text, number> {
  const scan = createExactScan(keys, built.automaton);
  const ends = new Map<Text, number>();
  for (const text of texts) {
    const end = scan.endsIn(text.data);
    if (end !== 0) ends.set(text, end);
  }
  return ends;
}

/** Every node the key check would read, stretch by stretch, without a key to stop it. */
function allNearKeys(skimmed: ProseTexts): Node[] | null {
  const near = nearKeys(skimmed, createGateScan(keys, built).stretchesIn);
  if (near === null) return null;
  return restOfNear(near);
}

const nearKeysOf = (root: Element) => allNearKeys(proseTextsWithoutLandmarks(root));

/** The key ends the key check reads in the nodes kept: those of reading the whole page. */
function expectNoKeyLost(root: Element): { kept: Node[]; ends: Map<Text, number> } {
  const kept = nearKeysOf(root);
  if (kept === null) throw new Error('the page was not narrowed');
  const expected = keyEnds(walkedTexts(root));
  expect(keyEnds(kept.flatMap(walkedTexts))).toEqual(expected);
  return { kept, ends: expected };
}

const filler = (units: number) => 'Rain over the harbour. '.repeat(Math.ceil(units / 23));

describe('the key check reads only near where a key may be', () => {
  it.each([
    ['no key at all', `<p>${filler(3000)}</p><script>var x = "Putin";</script>`, []],
    [
      'a long article: only the paragraph with the name, and those within reach',
      `<article>${Array.from({ length: 12 }, (_, i) => `<p id="p${i}">${i === 6 ? 'Putin spoke. ' : ''}${filler(400)}</p>`).join('')}</article><script>1</script>`,
      ['p5', 'p6'],
    ],
    [
      'an article ten wrappers deep, white space between them: looked into down to the paragraph',
      `${'<div>\n  '.repeat(10)}<aside id="side">${filler(1200)}</aside>${Array.from({ length: 8 }, (_, i) => `<p id="p${i}">${i === 3 ? 'Kremlin aides said. ' : ''}${filler(400)}</p>`).join('\n')}${'\n</div>'.repeat(10)}<script>1</script>`,
      // The white space between the two paragraphs too (a text of the innermost wrapper).
      ['p2', ':\n', 'p3'],
    ],
    [
      'a name split by code over two text nodes: both',
      `<div id="x">${filler(2000)}</div><p id="a">Pu<script>var a = 1;</script>tin</p><div id="y">${filler(2000)}</div>`,
      // The long texts before and after meet the stretch too: they are looked into.
      ['x:text', 'a:Pu', 'a:tin', 'y:text'],
    ],
    [
      'a key after hundreds of invisible units: the offsets are the normalized text\u2019s',
      `<article><p id="s">${'\u00ad'.repeat(3000)}${filler(600)}</p><p id="k">${filler(200)} Kremlin ${filler(300)}</p><p id="t">${filler(600)}</p></article><style>p{}</style>`,
      ['k'],
    ],
    [
      'dotted capital I\u2019s before the key (two units each in lower case, one once normalized)',
      `<article><p id="i">${'İ'.repeat(2000)}</p><p id="k">${filler(200)} Київ ${filler(200)}</p><p id="t">${filler(1500)}</p></article><style>p{}</style>`,
      ['k'],
    ],
    [
      'a key in the text right under a mixed element',
      `<div id="d">${filler(1500)} Lavrov <b id="b">met</b> ${filler(1500)}<script>2</script></div>`,
      ['d:text', 'b', 'd:text'],
    ],
  ])('%s', (_name, html, wanted) => {
    const body = setBody(html);
    const { kept } = expectNoKeyLost(body);
    const named = kept.map((node) =>
      node.nodeType === Node.TEXT_NODE
        ? `${(node.parentNode as Element).id}:${(node as Text).data.length < 10 ? (node as Text).data : 'text'}`
        : (node as Element).id,
    );
    expect(named).toEqual(wanted);
  });

  it('keeps an element whole where its text is no longer the one the skim read', () => {
    const body = setBody(
      `<article id="a"><p>${filler(900)}</p><p id="k">Putin</p><p>${filler(900)}</p></article><script>1</script>`,
    );
    const skimmed = proseTextsWithoutLandmarks(body);
    // A page's script adds a paragraph before the name after the skim (the reader records it
    // as a change; the offsets into the article moved).
    const added = document.createElement('p');
    added.textContent = filler(600);
    body.querySelector('article')?.prepend(added);
    const kept = allNearKeys(skimmed);
    expect(kept).toEqual([body.querySelector('#a')]);
  });

  it('looks into an element only when it is longer than LOOK_INTO_UNITS', () => {
    const short = setBody(
      `<article id="a"><p>Putin</p><p>${filler(LOOK_INTO_UNITS / 2)}</p></article>`,
    );
    expect(nearKeysOf(short)).toEqual([short]);
  });

  it('gives up on a skimmed text longer than MAX_NARROWED_UNITS (the page is read from its start)', () => {
    const body = setBody(`<p>Putin</p><p>${filler(MAX_NARROWED_UNITS)}</p><script>1</script>`);
    expect(nearKeysOf(body)).toBeNull();
  });
});

const WORDS = [
  ...keys.map((key) => key.trim()),
  ...keys.map((key) => key.slice(0, Math.ceil(key.length / 2))),
  'Putin',
  'Pu\u00adtin',
  'İstanbul',
  'Київ',
  'кримінальний',
  'computing',
  '\u00ad'.repeat(300),
  'İ'.repeat(200),
];
const FILLER_WORDS = ['weather', 'harbour', 'and', 'the', '—', '«»', '🇺🇦', ', ', '. ', '\n  '];

/**
 * A random page: nested elements, landmarks and code among them (some with keys inside),
 * comments, long text.
 */
function randomPage(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = (count: number) => {
    let text = '';
    for (let i = 0; i < count; i++)
      text += `${random() < 0.003 ? pick(WORDS) : pick(FILLER_WORDS)} `;
    return text;
  };
  const element = (depth: number): string => {
    const roll = random();
    if (roll < 0.08) return `<script>var s = "${pick(WORDS)}";</script>`;
    if (roll < 0.12) return `<style>/* ${pick(WORDS)} */</style>`;
    if (roll < 0.15) return `<!-- ${pick(WORDS)} -->`;
    if (depth > 4 || roll < 0.45)
      return words(1 + Math.floor(random() * (random() < 0.1 ? 600 : 40)));
    const tag = pick(['div', 'p', 'section', 'span', 'b', 'li', 'nav', 'header']);
    const children = Array.from({ length: 1 + Math.floor(random() * 6) }, () => element(depth + 1));
    return `<${tag}>${children.join('')}</${tag}>`;
  };
  return Array.from({ length: 3 + Math.floor(random() * 12) }, () => element(0)).join('');
}

describe('nothing the whole page holds is lost', () => {
  it('on seeded random pages', () => {
    const random = seededRandom(1341);
    let withKeys = 0;
    let keptShare = 0;
    for (let round = 0; round < 200; round++) {
      const body = setBody(randomPage(random));
      const { kept, ends } = expectNoKeyLost(body);
      if (ends.size === 0) continue;
      withKeys++;
      const keptUnits = kept.flatMap(walkedTexts).reduce((sum, text) => sum + text.length, 0);
      keptShare += keptUnits / walkedTexts(body).reduce((sum, text) => sum + text.length, 0);
    }
    // Not vacuous: most pages hold a key, and on them far from all of the text is kept.
    expect(withKeys).toBeGreaterThan(100);
    expect(keptShare / withKeys).toBeLessThan(0.6);
    // 200 pages through the whole check: ~3 s alone, more on a busy machine, where the default
    // 5 s once cut it short. The limit is for a stuck test, not a slow one.
  }, 30_000);

  onEverySkimmedCorpusPage((body) => {
    if (nearKeysOf(body) === null) {
      expect(proseTextsWithoutLandmarks(body).texts.join('').length).toBeGreaterThan(
        MAX_NARROWED_UNITS,
      );
      return;
    }
    expectNoKeyLost(body);
  });
});
