/**
 * Which text nodes under a root the skip rules leave out (utils/page/skipped-text.ts), answered
 * both ways the module has: one selector query over a small root, and each parent climbed as a
 * walk reaches it over a large one. In each case a text starting with "out" is skipped and one
 * starting with "in" is read; both ways must agree with that for every text node, asked in
 * document order (as the walk asks) and in reverse.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { skippedTextTest } from '@/utils/page/skipped-text';
import { setBody } from './fakes/page';

/** The root: the case's outermost element, in the page's body. */
function rootOf(html: string): Element {
  const root = setBody(html).firstElementChild;
  if (root === null) throw new Error(`no element in ${html}`);
  return root;
}

function textsUnder(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    texts.push(text as Text);
  }
  return texts;
}

const CASES: [name: string, html: string][] = [
  ['script and style in a paragraph', '<p>in1<script>out1()</script>in2<style>out2{}</style></p>'],
  [
    'a hidden element, what it holds, and what follows it',
    '<div>in1<span hidden>out1<b>out2<i>out3</i></b></span><b>in2</b></div>',
  ],
  [
    'an element under a hidden one, even one that says it is shown',
    '<div><section hidden><p contenteditable="false">out1</p></section><p>in1</p></div>',
  ],
  [
    'an editor, and an element that says it is not one',
    '<div><div contenteditable>out1<p>out2</p></div><div contenteditable="false">in1</div></div>',
  ],
  [
    'form controls',
    '<form>in1<select><optgroup><option>out1</option></optgroup></select><textarea>out2</textarea></form>',
  ],
  [
    'MathML, whose text sits in nested elements',
    '<p>in1<math><mrow><mi>out1</mi></mrow></math>in2</p>',
  ],
  [
    'our own popover host',
    '<div>in1<backstory-popover><span>out1</span></backstory-popover></div>',
  ],
  ['a root that is skipped itself', '<div hidden>out1<p>out2</p></div>'],
  ['a root that is a script', '<script>out1()</script>'],
  [
    'deep nesting, skipped and read in turn',
    '<article><div><div><p>in1<span>in2<noscript>out1</noscript></span></p></div><aside><p hidden>out2</p><p>in3</p></aside></div></article>',
  ],
];

const WAYS: [way: string, elementsForOneQuery: number | undefined][] = [
  ['one query', undefined],
  ['climbed as walked', 0],
];

describe('skippedTextTest', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  describe.each(WAYS)('%s', (_way, elementsForOneQuery) => {
    it.each(CASES)('%s', (_name, html) => {
      const root = rootOf(html);
      const texts = textsUnder(root);
      const expected = texts.map((text) => [text.data, text.data.startsWith('out')]);
      expect(expected.length).toBeGreaterThan(0);

      const inOrder = skippedTextTest(root, elementsForOneQuery);
      expect(texts.map((text) => [text.data, inOrder(text)])).toEqual(expected);

      const reversed = skippedTextTest(root, elementsForOneQuery);
      const answers = [...texts].reverse().map((text) => [text.data, reversed(text)]);
      expect(answers.reverse()).toEqual(expected);
    });
  });

  it('does not query a root of more than 10,000 elements at once, and answers the same', () => {
    const root = rootOf(
      `<div>${'<p>in<b>in</b></p>'.repeat(5_001)}<aside hidden><p>out</p></aside><p>in</p></div>`,
    );
    const query = vi.spyOn(root, 'querySelectorAll');
    const test = skippedTextTest(root);
    const skipped = textsUnder(root).filter((text) => test(text));
    expect(query).not.toHaveBeenCalled();
    expect(skipped.map((text) => text.data)).toEqual(['out']);
  });

  it('queries a root of 10,000 elements or fewer once', () => {
    const root = rootOf(`<div>${'<p>in</p>'.repeat(9_999)}<p hidden>out</p></div>`);
    const query = vi.spyOn(root, 'querySelectorAll');
    const test = skippedTextTest(root);
    const skipped = textsUnder(root).filter((text) => test(text));
    expect(query).toHaveBeenCalledTimes(1);
    expect(skipped.map((text) => text.data)).toEqual(['out']);
  });
});
