import { describe, expect, it } from 'vitest';
import { keyMayShow } from '@/utils/page/key-placement';
import { setBody } from './fakes/page';
import { engineShows } from './fakes/region-runs';

/** The text node that holds `word` (the one key of each example). */
function textWith(word: string): Text {
  const walker = document.createTreeWalker(document.body, 4);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node as Text).data.includes(word)) return node as Text;
  }
  throw new Error(`no text node holds ${word}`);
}

describe('a key where the engine could show something', () => {
  it.each([
    [
      'en: the article body',
      '<main><article><p>Putin met the envoy.</p></article></main>',
      'Putin',
    ],
    [
      'en: a story header inside an article',
      '<article><header><h1>Kyiv answers</h1></header><p>Text.</p></article>',
      'Kyiv',
    ],
    [
      'en: a teaser unit in a sidebar',
      '<aside><ul><li><a href="/a">Talks on Ukraine stall</a><p>Envoys left.</p></li><li><a href="/b">Weather</a></li></ul></aside>',
      'Ukraine',
    ],
    [
      'en: a chrome element inline in a paragraph',
      '<p>Read more on <span class="menu-link">Kyiv</span> in our report.</p>',
      'Kyiv',
    ],
    ['uk: a paragraph in a div page', '<div class="story"><p>Путін відповів.</p></div>', 'Путін'],
    [
      'uk: a list of headlines outside chrome',
      '<section><ul><li><a href="/1">Переговори щодо Києва</a></li><li><a href="/2">Спорт</a></li></ul></section>',
      'Києва',
    ],
    ['ru: a quotation in a blockquote', '<blockquote><p>Лавров заявил</p></blockquote>', 'Лавров'],
    ['ru: a figure caption', '<figure><figcaption>Кремль, утро</figcaption></figure>', 'Кремль'],
  ])('%s', (_name, html, word) => {
    setBody(html);
    expect(keyMayShow(textWith(word))).toBe(true);
  });
});

describe('a key where the engine shows nothing', () => {
  it.each([
    [
      'en: a section menu in nav',
      '<nav><ul><li><a href="/w">World</a></li><li><a href="/u">Ukraine</a></li></ul></nav><main><p>Weather.</p></main>',
      'Ukraine',
    ],
    [
      'en: the page footer',
      '<main><p>Recipes.</p></main><footer><p>Our Kyiv bureau</p></footer>',
      'Kyiv',
    ],
    [
      'en: the page header',
      '<header><p>Trending: Putin</p></header><main><p>Sport.</p></main>',
      'Putin',
    ],
    [
      'en: a trending strip by class',
      '<div class="trending-nav"><a href="/t">Putin</a><a href="/m">Markets</a></div>',
      'Putin',
    ],
    [
      'en: a cookie dialog',
      '<div role="dialog" aria-modal="true"><p>Our partners in Ukraine process data</p></div>',
      'Ukraine',
    ],
    [
      'en: a country picker',
      '<form><select><option>Ukraine</option><option>Uruguay</option></select></form>',
      'Ukraine',
    ],
    ['en: a hidden panel', '<div hidden><p>Putin</p></div>', 'Putin'],
    ['uk: a menu by role', '<ul role="menubar"><li><a href="/k">Київ</a></li></ul>', 'Київ'],
    ['uk: a footer by class', '<div class="site-footer"><p>Редакція в Києві</p></div>', 'Києві'],
    [
      'ru: a breadcrumb',
      '<ol class="breadcrumbs"><li><a href="/">Главная</a></li><li>Украина</li></ol>',
      'Украина',
    ],
    ['ru: a search form', '<search><label>Найти: Кремль</label></search>', 'Кремль'],
  ])('%s', async (_name, html, word) => {
    setBody(html);
    expect(keyMayShow(textWith(word))).toBe(false);
    // The rule follows the engine's: it shows nothing on such a page.
    expect(await engineShows()).toEqual([]);
  });
});
