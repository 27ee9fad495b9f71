/**
 * Site chrome's landmarks (utils/page/chrome-landmarks.ts): which elements the first pass
 * leaves out after a maybe, and which changes of role make it read an element again. Each a
 * table of our own; that no key left out could have shown is checked on every corpus page by
 * tests/dom/prose-texts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isChromeLandmark, landmarksIn, roleChangeMayUncover } from '@/utils/page/chrome-landmarks';
import { isChromeElement } from '@/utils/page/site-chrome';
import { setBody } from './fakes/page';

describe('a landmark is block-level chrome by its tag or role', () => {
  it.each([
    ['<nav id="t">a</nav>', true],
    ['<footer id="t">a</footer>', true],
    ['<menu id="t"><li>a</li></menu>', true],
    ['<search id="t">a</search>', true],
    ['<header id="t">a</header>', true],
    ['<article><header id="t">a</header></article>', false],
    ['<div role="main"><header id="t">a</header></div>', false],
    ['<div id="t" role="navigation">a</div>', true],
    ['<ul id="t" role="menubar"><li>a</li></ul>', true],
    ['<div id="t" role="alertdialog">a</div>', true],
    ['<p><span id="t" role="navigation">a</span></p>', false],
    ['<div id="t" role="navigation menu">a</div>', false],
    ['<div id="t" role="complementary">a</div>', false],
    ['<div id="t" role="dialog" aria-modal="true">a</div>', false],
    ['<div id="t" class="site-menu">a</div>', false],
  ])('%s: %s', (html, expected) => {
    setBody(html);
    const target = document.getElementById('t') as Element;
    expect(isChromeLandmark(target)).toBe(expected);
    // Every landmark is chrome to the engine too (not the other way round: class words,
    // modal dialogs and inline elements are chrome, not landmarks).
    if (expected) expect(isChromeElement(target)).toBe(true);
  });

  it('finds the landmarks at and under an element, nested ones too, in document order', () => {
    setBody(
      '<div id="page"><header id="top"><nav id="menu">a</nav></header><main><article><header>b</header></article></main><footer id="end">c</footer></div>',
    );
    const page = document.getElementById('page') as Element;
    expect(landmarksIn(page).map((element) => element.id)).toEqual(['top', 'menu', 'end']);
    const menu = document.getElementById('menu') as Element;
    expect(landmarksIn(menu)).toEqual([menu]);
  });
});

describe("a change of role is read again where it may uncover a landmark's text", () => {
  it.each([
    ['navigation', null, true],
    ['menu', 'menubar', true],
    ['banner', 'presentation', true],
    [null, 'main', true],
    ['region', 'article', true],
    ['tab', 'tabpanel', false],
    [null, 'dialog', false],
    ['button', null, false],
    [null, 'navigation', false],
  ])('from %s to %s: %s', (oldRole, newRole, expected) => {
    setBody('<div id="x">a</div>');
    const element = document.getElementById('x') as Element;
    if (newRole !== null) element.setAttribute('role', newRole);
    expect(roleChangeMayUncover(element, oldRole)).toBe(expected);
  });
});
