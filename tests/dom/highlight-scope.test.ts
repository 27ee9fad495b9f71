// Which selectors the highlights' rules are written on (utils/page/highlight-scope.ts): in
// Chromium, of the types and plain ids on a mention's path, the one that reaches the fewest
// elements in all by the module's estimate (so that the stylesheet's arrival restyles the least
// of the page); in Firefox, for each element that holds the text itself, its type, alone or
// under an ancestor's id or type, whichever reaches fewer. Each case: a
// page, the mentions registered under one name in order (by the `data-at` of the element whose
// text they start in — not its id, which the module reads — and the text), and the selectors
// asked for at each. Then: names apart, and the focus with every name.
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightScope, type HighlightScope } from '@/utils/page/highlight-scope';

const NAME = 'backstory-people-underline';
const FOCUS = 'backstory-focus';

/** The selectors asked for `NAME` at each mention, in order. */
function selectorsAsked(scope: HighlightScope, mentions: [at: string, text: string][]): string[][] {
  return mentions.map(([at, text]) =>
    scope
      .rulesToAdd(NAME, rangeOf(at, text))
      .filter((rule) => rule.name === NAME)
      .map((rule) => rule.selector),
  );
}

/** A menu of 20 links, as most news pages have, before the story. */
const MENU = `<nav><ul>${'<li><a href="#">Section</a></li>'.repeat(20)}</ul></nav>`;
const STORY = `<article>
  <h1 data-at="title">Talks in Riyadh</h1>
  <p data-at="p1">Putin and Trump spoke.</p>
  <p data-at="p2">Sergey <b data-at="bold">Lavrov</b> met <a data-at="link" href="#">Rubio</a>.</p>
  <p data-at="p3">The Kremlin said.</p>
  <p>Another paragraph.</p>
  <p>And one more.</p>
</article>`;

/** The range of `text` in the element marked `at`, across its children if it must. */
function rangeOf(at: string, text: string): Range {
  const element = document.querySelector(`[data-at="${at}"]`);
  if (element === null) throw new Error(`no ${at}`);
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push(node as Text);
  }
  const whole = nodes.map((node) => node.data).join('');
  const start = whole.indexOf(text);
  if (start < 0) throw new Error(`no "${text}" in ${at}`);
  const end = start + text.length;
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const next = offset + node.data.length;
    if (start >= offset && start < next) range.setStart(node, start - offset);
    if (end > offset && end <= next) range.setEnd(node, end - offset);
    offset = next;
  }
  return range;
}

type Case = [
  name: string,
  body: string,
  mentions: [at: string, text: string][],
  selectors: string[][],
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('where highlight styles are inherited (Chromium)', () => {
  it.each<Case>([
    ['a paragraph of a story: its type', MENU + STORY, [['p1', 'Putin']], [['p']]],
    [
      'a second paragraph, and the heading: the paragraphs already styled, then the heading',
      MENU + STORY,
      [
        ['p1', 'Putin'],
        ['p3', 'Kremlin'],
        ['title', 'Riyadh'],
      ],
      [['p'], [], ['h1']],
    ],
    [
      'a link in a paragraph: not the links, of which the menu has many, but the story, which holds fewer elements than paragraphs as large as its own',
      MENU + STORY,
      [['link', 'Rubio']],
      [['article']],
    ],
    [
      'a link in a paragraph once paragraphs are styled: nothing more',
      MENU + STORY,
      [
        ['p1', 'Trump'],
        ['link', 'Rubio'],
      ],
      [['p'], []],
    ],
    [
      'a name across a bold word: the element that holds both',
      `${MENU}<p data-at="lead">Sergey <b>Lavrov</b> spoke.</p>`,
      [['lead', 'Sergey Lavrov']],
      [['p']],
    ],
    [
      'a menu item: the link, which holds nothing, rather than the list item',
      MENU.replace('Section', 'Kremlin') + STORY,
      [['first', 'Kremlin']],
      [['a']],
    ],
    [
      'text straight in nested divs: the least of them',
      `<div><div><div data-at="inner">Putin</div><div>x</div></div><div>y</div></div>${'<div>z</div>'.repeat(10)}`,
      [['inner', 'Putin']],
      // Every type on the path is `div`: its 15 elements cost less than the body, which holds them.
      [['div']],
    ],
    [
      'a div in a div that wraps the page: not the divs, which hold it all, but what is between',
      `<div>${'<p>x</p>'.repeat(20)}<section><div data-at="lead">Putin</div></section></div>`,
      [['lead', 'Putin']],
      [['section']],
    ],
    [
      'a custom element holding the text',
      `${MENU}<story-card data-at="card">Lavrov said</story-card>`,
      [['card', 'Lavrov']],
      [['story-card']],
    ],
    [
      'a paragraph of a story with an id, among many paragraphs: the story, by its id',
      `${'<p>x</p>'.repeat(40)}<div id="story"><p data-at="lead">Putin spoke.</p><p>y</p></div>`,
      [['lead', 'Putin']],
      [['#story']],
    ],
    [
      'a paragraph with an id of its own: that id, nearer than the story',
      `<div id="story"><p id="lead" data-at="lead">Putin spoke.</p><p>y</p></div>`,
      [['lead', 'Putin']],
      [['#lead']],
    ],
    [
      'the story by its id, then another mention in it: nothing more',
      `${'<p>x</p>'.repeat(40)}<div id="story"><p data-at="p1">Putin</p><p data-at="p2">Trump</p></div>`,
      [
        ['p1', 'Putin'],
        ['p2', 'Trump'],
      ],
      [['#story'], []],
    ],
    [
      'an id far up that holds more than a type near the text: the type',
      `<main id="page">${'<p>x</p>'.repeat(40)}<h1 data-at="title">Putin</h1></main>`,
      [['title', 'Putin']],
      [['h1']],
    ],
    [
      'an id that another element has first: not that id',
      `<div id="story"><p>y</p></div>${'<p>x</p>'.repeat(40)}<section id="story"><div><p data-at="lead">Putin</p></div></section>`,
      [['lead', 'Putin']],
      [['section']],
    ],
    [
      'an id that another element has too, this one first: not that id either',
      `${'<p>x</p>'.repeat(40)}<section id="story"><div><p data-at="lead">Putin</p></div></section><div id="story"><p>y</p></div>`,
      [['lead', 'Putin']],
      [['section']],
    ],
    [
      'an id that would need escaping: not that id',
      `${'<p>x</p>'.repeat(40)}<section><div id="1story"><div id="a.b"><p data-at="lead">Putin</p></div></div></section>`,
      [['lead', 'Putin']],
      // The page's two divs hold four elements in all, as few as the section does.
      [['div']],
    ],
    ['text straight in the body', 'Putin <p>x</p>', [['body', 'Putin']], [['body']]],
  ])('%s', (_name, body, mentions, selectors) => {
    document.body.innerHTML = body;
    document.body.dataset.at = 'body';
    document.querySelector('nav a')?.setAttribute('data-at', 'first');
    expect(selectorsAsked(createHighlightScope(document, true, FOCUS), mentions)).toEqual(
      selectors,
    );
  });
});

describe('where they are not (Firefox)', () => {
  it.each<Case>([
    ['a paragraph: its type', MENU + STORY, [['p1', 'Putin']], [['p']]],
    [
      'a link in a paragraph: links, whose text it is, but only the story’s, not the menu’s 20',
      MENU + STORY,
      [
        ['p1', 'Putin'],
        ['link', 'Rubio'],
      ],
      [['p'], ['article a']],
    ],
    [
      'a name across a bold word: both elements that hold its text',
      MENU + STORY,
      [['p2', 'Sergey Lavrov']],
      [['p', 'b']],
    ],
    [
      'the same types again: nothing more',
      MENU + STORY,
      [
        ['p1', 'Putin'],
        ['p3', 'Kremlin'],
        ['bold', 'Lavrov'],
        ['p2', 'Lavrov met'],
      ],
      [['p'], [], ['b'], []],
    ],
    [
      'a paragraph in a story with an id, among many paragraphs: the id and the type',
      `${'<p>x</p>'.repeat(40)}<div id="story"><p data-at="lead">Putin spoke.</p><p>y</p></div>`,
      [['lead', 'Putin']],
      [['#story p']],
    ],
    [
      'a paragraph with an id of its own, among many: that id alone',
      `${'<p>x</p>'.repeat(40)}<div id="story"><p id="lead" data-at="lead">Putin spoke.</p></div>`,
      [['lead', 'Putin']],
      [['#lead']],
    ],
    [
      'the story by its id and type, another paragraph in it, then one outside: the type',
      `${'<p>x</p>'.repeat(40)}<div id="story"><p data-at="p1">Putin</p><p data-at="p2">Trump</p></div><p data-at="p3">Rubio</p>`,
      [
        ['p1', 'Putin'],
        ['p2', 'Trump'],
        ['p3', 'Rubio'],
      ],
      [['#story p'], [], ['p']],
    ],
    [
      'a heading, the page’s only one, in a story with an id that holds more: the type',
      `<div id="story">${'<p>x</p>'.repeat(40)}<h1 data-at="title">Putin</h1></div>`,
      [['title', 'Putin']],
      [['h1']],
    ],
  ])('%s', (_name, body, mentions, selectors) => {
    document.body.innerHTML = body;
    expect(selectorsAsked(createHighlightScope(document, false, FOCUS), mentions)).toEqual(
      selectors,
    );
  });
});

describe('a page that takes an id away', () => {
  // Inherited: the id, then the cheapest type, the one div. Not: paragraphs under the id, then
  // under the one div.
  it.each([
    [true, '#story', 'div'],
    [false, '#story p', 'div p'],
  ])(
    'has the mentions under it weighed again when they are registered again (inherited: %s)',
    (inherits, before, after) => {
      document.body.innerHTML = `${'<p>x</p>'.repeat(40)}<div id="story"><p data-at="lead">Putin</p></div>`;
      const scope = createHighlightScope(document, inherits, FOCUS);
      const asked = () => selectorsAsked(scope, [['lead', 'Putin']]);
      expect(asked()).toEqual([[before]]);
      expect(asked()).toEqual([[]]);
      document.getElementById('story')?.removeAttribute('id');
      expect(asked()).toEqual([[after]]);
      expect(asked()).toEqual([[]]);
    },
  );
});

describe('an element whose name is not written as is', () => {
  it('gets the rules on every element', () => {
    const odd = document.createElementNS('http://www.w3.org/1999/xhtml', 'odd_name');
    odd.dataset.at = 'odd';
    odd.textContent = 'Putin';
    document.body.append(odd);
    expect(
      selectorsAsked(createHighlightScope(document, false, FOCUS), [['odd', 'Putin']]),
    ).toEqual([['*']]);
  });
});

describe('names', () => {
  it.each([true, false])(
    'are scoped apart, the focus goes with each, and asks for nothing of its own (inherited: %s)',
    (inherits) => {
      document.body.innerHTML = MENU + STORY;
      const scope = createHighlightScope(document, inherits, FOCUS);
      const putin = rangeOf('p1', 'Putin');
      expect(scope.rulesToAdd(NAME, putin)).toEqual([
        { name: NAME, selector: 'p' },
        { name: FOCUS, selector: 'p' },
      ]);
      // Another name in a paragraph: its own rule, the focus's is there already.
      expect(
        scope.rulesToAdd('backstory-institutions-underline', rangeOf('p3', 'Kremlin')),
      ).toEqual([{ name: 'backstory-institutions-underline', selector: 'p' }]);
      // The focus on a mention: nothing more.
      expect(scope.rulesToAdd(FOCUS, putin)).toEqual([]);
      expect(scope.rulesToAdd(FOCUS, rangeOf('title', 'Riyadh'))).toEqual([]);
      // The heading under the first name: both rules on it.
      expect(scope.rulesToAdd(NAME, rangeOf('title', 'Riyadh'))).toEqual([
        { name: NAME, selector: 'h1' },
        { name: FOCUS, selector: 'h1' },
      ]);
    },
  );
});
