/**
 * The memoized climb behind site chrome, the first pass's landmarks and the key walk's skipped
 * text (utils/page/ancestor-test.ts): the answer for each element of small trees, asked in
 * document order and in reverse, against a plain climb; each element tested at most once;
 * a seeded answer stops the climb; and a page nested deeper than the call stack.
 */
import { describe, expect, it } from 'vitest';
import { createAncestorTest } from '@/utils/page/ancestor-test';
import { setBody } from './fakes/page';

/** Passes for elements marked `data-mark`. */
const marked = (element: Element): boolean => element.hasAttribute('data-mark');

/** The answer without memory: the element or one above it is marked. */
function plainClimb(element: Element): boolean {
  return element.closest('[data-mark]') !== null;
}

const TREES: [string, string][] = [
  ['nothing marked', '<div><p><b>a</b></p><ul><li>b</li></ul></div>'],
  ['the body marked', '<div><p><b>a</b></p></div>'],
  ['one branch marked', '<div><nav data-mark><a><b>a</b></a></nav><p><b>b</b></p></div>'],
  ['marked inside marked', '<div data-mark><div><p data-mark><b>a</b></p></div></div>'],
  ['a marked leaf', '<div><p><b data-mark>a</b><i>b</i></p></div>'],
  ['siblings after a marked one', '<section><p data-mark>a</p><p>b</p><p><i>c</i></p></section>'],
];

describe('whether an element or one above it passes', () => {
  it.each(TREES)('answers as a plain climb does: %s', (name, html) => {
    setBody(html);
    if (name === 'the body marked') document.body.setAttribute('data-mark', '');
    const all = [...document.body.querySelectorAll('*')];
    for (const order of [all, [...all].reverse()]) {
      const inside = createAncestorTest(marked);
      expect(order.map(inside)).toEqual(order.map(plainClimb));
    }
    document.body.removeAttribute('data-mark');
  });

  it('tests each element at most once, however many ask below it', () => {
    setBody(`<div><section>${'<p><b>a</b><i>b</i></p>'.repeat(20)}</section></div>`);
    const tested: Element[] = [];
    const inside = createAncestorTest((element) => {
      tested.push(element);
      return false;
    });
    for (const element of document.body.querySelectorAll('*')) inside(element);
    for (const element of document.body.querySelectorAll('*')) inside(element);
    expect(new Set(tested).size).toBe(tested.length);
    // Every element in the body, the body and the root.
    expect(tested.length).toBe(document.body.querySelectorAll('*').length + 2);
  });

  it('stops at an element whose answer it was given', () => {
    setBody('<div data-mark><section><p>a</p></section></div>');
    const section = document.querySelector('section') as Element;
    const p = document.querySelector('p') as Element;
    expect(createAncestorTest(marked)(p)).toBe(true);
    // As a walk bounded at the section asks it: the marked div above is not looked at.
    expect(createAncestorTest(marked, new Map([[section, false]]))(p)).toBe(false);
  });

  it('climbs a page nested deeper than the call stack allows recursion', () => {
    setBody('<div data-mark id="top"></div>');
    let deepest = document.getElementById('top') as Element;
    for (let depth = 0; depth < 50_000; depth++) {
      deepest = deepest.appendChild(document.createElement('span'));
    }
    expect(createAncestorTest(marked)(deepest)).toBe(true);
  });
});
