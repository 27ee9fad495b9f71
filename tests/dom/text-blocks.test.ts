import { describe, expect, it } from 'vitest';
import { positionAt, rangeFor } from '@/utils/page/ranges';
import { type BlockSink, createBlockWalk, type WalkCounters } from '@/utils/page/text-blocks';
import type { TextBlock } from '@/utils/page/types';
import { rangeText } from './fakes/fake-highlight-registry';
import { setBody } from './fakes/page';

interface Collected {
  container: Element;
  text: string;
  block: TextBlock;
}

function collect(root: Element, options: { inline?: boolean; nested?: boolean } = {}) {
  const blocks: Collected[] = [];
  const lost: Element[] = [];
  const entered: Element[] = [];
  let id = 0;
  const sink: BlockSink = {
    enterContainer: (container) => entered.push(container),
    block(container, text, nodes, starts, count) {
      blocks.push({
        container,
        text,
        block: {
          id: ++id,
          container,
          nodes: nodes.slice(0, count),
          starts: starts.slice(0, count),
          length: text.length,
        },
      });
    },
    lostPlace: (element) => lost.push(element),
  };
  const counters: WalkCounters = { textNodes: 0, characters: 0, blocks: 0 };
  const walk = createBlockWalk({
    root,
    includeRootInline: options.inline ?? true,
    descendIntoBlocks: options.nested ?? true,
    sink,
    counters,
  });
  return { walk, blocks, lost, entered, counters };
}

/** Texts of the blocks of `html`, whitespace-only blocks left out. */
function blockTexts(html: string): string[] {
  const { walk, blocks } = collect(setBody(html));
  walk.step(Number.POSITIVE_INFINITY);
  return blocks.map((block) => block.text).filter((text) => text.trim() !== '');
}

describe('text block assembly', () => {
  it.each([
    [
      'a name split by <b> is one block',
      '<p>Sergey <b>Lavrov</b> said</p>',
      ['Sergey Lavrov said'],
    ],
    [
      'a name broken inside a span is one block',
      '<p>Ser<span class="x">gey La</span>vrov met</p>',
      ['Sergey Lavrov met'],
    ],
    ['nested inline elements join', '<p><a><em>Put</em></a><i>in</i> spoke</p>', ['Putin spoke']],
    ['sibling paragraphs are separate', '<p>Putin</p><p>Lavrov</p>', ['Putin', 'Lavrov']],
    ['<br> breaks a block', '<p>Putin<br>said</p>', ['Putin', 'said']],
    [
      '<br> inside an inline element breaks too',
      '<p><span>Putin<br></span>said</p>',
      ['Putin', 'said'],
    ],
    [
      'text around a nested block becomes two blocks',
      '<div>Intro <p>middle</p> tail</div>',
      ['Intro ', 'middle', ' tail'],
    ],
    ['list items are separate', '<ul><li>Putin</li><li>Lavrov</li></ul>', ['Putin', 'Lavrov']],
    [
      'table cells are separate',
      '<table><tr><td>Putin</td><td>Lavrov</td></tr></table>',
      ['Putin', 'Lavrov'],
    ],
    ['headings are separate from paragraphs', '<h2>Kremlin</h2>says', ['Kremlin', 'says']],
  ])('%s', (_name, html, expected) => {
    expect(blockTexts(html)).toEqual(expected);
  });
});

describe('skip rules', () => {
  it.each([
    ['script', '<p>a<script>var Putin = 1</script>b</p>', ['ab']],
    ['style', '<p>a<style>.Putin{}</style>b</p>', ['ab']],
    ['noscript', '<p>a<noscript>Putin</noscript>b</p>', ['ab']],
    ['template', '<p>a</p><template><p>Putin</p></template>', ['a']],
    ['textarea', '<p>a</p><textarea>Putin</textarea>', ['a']],
    ['select and option', '<p>a</p><select><option>Putin</option></select>', ['a']],
    ['contenteditable region', '<p>a</p><div contenteditable="true"><p>Putin</p></div>', ['a']],
    ['contenteditable without value', '<p>a</p><div contenteditable><p>Putin</p></div>', ['a']],
    ['hidden attribute', '<p>a</p><div hidden><p>Putin</p></div>', ['a']],
    ['own UI host', '<p>a</p><backstory-popover><p>Putin</p></backstory-popover>', ['a']],
    [
      'svg title and desc',
      '<p>a</p><svg><title>Putin</title><desc>Lavrov</desc><text>Kremlin</text></svg>',
      ['a', 'Kremlin'],
    ],
  ])('skips %s', (_name, html, expected) => {
    expect(blockTexts(html)).toEqual(expected);
  });

  it.each([
    ['contenteditable="false"', '<div contenteditable="false"><p>Putin</p></div>', ['Putin']],
    ['aria-hidden text (visible to the eye)', '<p aria-hidden="true">Putin</p>', ['Putin']],
    ['buttons, as their own block', '<p>a<button>Putin</button>b</p>', ['a', 'Putin', 'b']],
  ])('keeps %s', (_name, html, expected) => {
    expect(blockTexts(html)).toEqual(expected);
  });
});

describe('offset mapping', () => {
  const html = '<p id="p">Sergey <b>Lav<i>rov</i></b> and Putin</p>';

  function onlyBlock(): TextBlock {
    const { walk, blocks } = collect(setBody(html));
    walk.step(Number.POSITIVE_INFINITY);
    const block = blocks[0]?.block;
    if (block === undefined) throw new Error('no block');
    return block;
  }

  it('keeps a segment table of node starts', () => {
    const block = onlyBlock();
    expect(block.nodes.map((node) => node.data)).toEqual(['Sergey ', 'Lav', 'rov', ' and Putin']);
    expect(block.starts).toEqual([0, 7, 10, 13]);
  });

  it.each([
    ['start inside the first node', 2, 'start', 'Sergey ', 2],
    ['start on a node boundary goes to the later node', 7, 'start', 'Lav', 0],
    ['end on a node boundary stays in the earlier node', 10, 'end', 'Lav', 3],
    ['end of the block', 23, 'end', ' and Putin', 10],
  ] as const)('%s', (_name, offset, edge, nodeText, nodeOffset) => {
    const position = positionAt(onlyBlock(), offset, edge);
    expect(position.node.data).toBe(nodeText);
    expect(position.offset).toBe(nodeOffset);
  });

  it.each([
    [0, 13, 'Sergey Lavrov'],
    [7, 13, 'Lavrov'],
    [18, 23, 'Putin'],
  ])('range [%i, %i) covers "%s" across text nodes', (start, end, expected) => {
    const range = rangeFor(document, onlyBlock(), start, end);
    expect(rangeText(range)).toBe(expected);
  });
});

describe('resumable walk', () => {
  const many = Array.from({ length: 300 }, (_, i) => `<p>para ${i} <b>Putin</b></p>`).join('');

  it('pauses at the deadline and resumes to the same blocks', () => {
    const whole = collect(setBody(many));
    whole.walk.step(Number.POSITIVE_INFINITY);

    const sliced = collect(setBody(many));
    let steps = 0;
    while (!sliced.walk.step(Number.NEGATIVE_INFINITY)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(sliced.blocks.map((block) => block.text)).toEqual(
      whole.blocks.map((block) => block.text),
    );
    expect(sliced.counters.textNodes).toBe(600);
  });

  it('hands back a container whose content was removed while paused', () => {
    const body = setBody(`<section id="s">${many}</section><p id="after">after</p>`);
    const { walk, blocks, lost } = collect(body);
    expect(walk.step(Number.NEGATIVE_INFINITY)).toBe(false);
    // Pull the paragraphs out from under the paused walk.
    const section = document.getElementById('s');
    section?.replaceChildren(document.createElement('p'));
    while (!walk.step(Number.POSITIVE_INFINITY));
    expect(lost).toContain(section);
    expect(blocks.at(-1)?.text).toBe('after');
  });

  it('rescans only the root container inline text when nested blocks are excluded', () => {
    const body = setBody('<div id="d">a <b>Putin</b><p>inner</p> tail</div>');
    const div = body.querySelector('#d');
    if (div === null) throw new Error('missing');
    const { walk, blocks } = collect(div, { nested: false });
    walk.step(Number.POSITIVE_INFINITY);
    expect(blocks.map((block) => block.text)).toEqual(['a Putin', ' tail']);
  });
});
