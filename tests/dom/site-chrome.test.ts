/** Site chrome is decided by tag and attributes (utils/page/site-chrome.ts). */
import { describe, expect, it } from 'vitest';
import { createChromeIndex, isChromeElement } from '@/utils/page/site-chrome';
import { setBody } from './fakes/page';

function target(html: string): Element {
  setBody(html);
  const found = document.querySelector('#t');
  if (found === null) throw new Error('fixture without #t');
  return found;
}

describe('site chrome', () => {
  // biome-ignore format: one case per line reads as a table.
  it.each<[string, string, boolean]>([
    ['a nav menu', '<nav><a id="t">US &amp; Canada</a></nav>', true],
    ['a page footer', '<footer><p id="t">© Europe News</p></footer>', true],
    ['the page header', '<header><span id="t">US Edition</span></header>', true],
    ['a role=navigation list', '<ul role="navigation"><li id="t">Europe</li></ul>', true],
    ['a role=banner strip', '<div role="banner"><b id="t">US</b></div>', true],
    ['role=contentinfo', '<div role="contentinfo"><p id="t">x</p></div>', true],
    ['role=menubar', '<div role="menubar"><p id="t">x</p></div>', true],
    ['role=search', '<form role="search"><p id="t">x</p></form>', true],
    ['a search element', '<search><p id="t">x</p></search>', true],
    ['a modal dialog (consent)', '<div role="dialog" aria-modal="true"><p id="t">We and our partners in the US</p></div>', true],
    ['a cookie banner by its id', '<div id="cookie-banner"><p id="t">x</p></div>', true],
    ['a consent layer by class', '<div class="cmp consentManager"><p id="t">x</p></div>', true],
    ['a newsletter prompt', '<div class="article-newsletter_signup"><p id="t">x</p></div>', true],
    ['a paywall', '<div class="paywall-overlay"><p id="t">x</p></div>', true],
    ['a mega menu', '<div class="site-megamenu"><p id="t">x</p></div>', true],
    ['a story header inside an article', '<article><header><h1 id="t">Lavrov in Riyadh</h1></header></article>', false],
    ['an aside (a sidebar story)', '<aside><p id="t">Kyiv talks</p></aside>', false],
    ['an article paragraph', '<article><p id="t">The US delegation</p></article>', false],
    ['a non-modal dialog', '<div role="dialog"><p id="t">x</p></div>', false],
    ['a word that only contains "nav"', '<div class="canvas-wrap"><p id="t">x</p></div>', false],
    ['a body class about page state', '<main class="nav-open"><p id="t">x</p></main>', false],
    ['a camel-case id naming navigation', '<div id="siteNav"><p id="t">x</p></div>', true],
    ['a chrome word in capitals', '<div class="MENU"><p id="t">x</p></div>', true],
    ['a word that starts with "menu"', '<div class="menuitem-list"><p id="t">x</p></div>', false],
    ['classes with no chrome word at all', '<div class="story-body c-12"><p id="t">x</p></div>', false],
  ])('%s → %s', (_name, html, expected) => {
    expect(createChromeIndex().inChrome(target(html))).toBe(expected);
  });

  it('judges an element by its own tag and attributes; ancestors through the index', () => {
    const inner = target('<nav><div><p id="t">x</p></div></nav>');
    expect(isChromeElement(inner)).toBe(false);
    const index = createChromeIndex();
    expect(index.inChrome(inner)).toBe(true);
    inner.closest('nav')?.replaceWith(...(inner.closest('nav')?.childNodes ?? []));
    expect(index.inChrome(inner)).toBe(true); // remembered until reset
    index.reset();
    expect(index.inChrome(inner)).toBe(false);
  });

  it('answers for an element nested deeper than a recursive climb could go', () => {
    let deepest = target('<nav><div id="t"></div></nav>');
    for (let depth = 0; depth < 50_000; depth++) {
      deepest = deepest.appendChild(document.createElement('div'));
    }
    expect(createChromeIndex().inChrome(deepest)).toBe(true);
  });
});
