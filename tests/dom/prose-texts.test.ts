/**
 * The first pass's skim (utils/page/prose-texts.ts) reads the same text as its walk, joined the
 * same way: every Text node's data in document order, except the text directly inside script,
 * style, noscript and template (`proseTexts`); after a maybe, that less the text in a
 * block-level `nav`, `footer`, `menu`, `search`, page `header` or element of a chrome role
 * (`proseTextsWithoutLandmarks`). On our own pages (en, uk, ru) and on every real page of the
 * corpus, with their code kept in place (made inert); and on every corpus page, no key the
 * skim leaves out could have shown.
 */
import { describe, expect, it } from 'vitest';
import { keyMayShow } from '@/utils/page/key-placement';
import { type ProseTexts, proseTexts, proseTextsWithoutLandmarks } from '@/utils/page/prose-texts';
import { inLandmark } from './fakes/landmarks';
import { setBody } from './fakes/page';
import { onEverySkimmedCorpusPage } from './fakes/saved-pages';

const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The walk's text nodes (what the reader's TreeWalker gathers): all of them, those outside site
 * chrome's landmarks, and those in them.
 */
function walkedNodes(root: Element): { all: Text[]; outside: Text[]; inside: Text[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const all: Text[] = [];
  const outside: Text[] = [];
  const inside: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent !== null && NOT_PROSE.has(parent.localName)) continue;
    all.push(node as Text);
    (inLandmark(node, root) ? inside : outside).push(node as Text);
  }
  return { all, outside, inside };
}

const joined = (texts: readonly Text[]) => texts.map((text) => text.data).join('');
/** The walk's text. */
const walkedText = (root: Element): string => joined(walkedNodes(root).all);
/** The walk's text outside the landmarks. */
const walkedTextOutsideLandmarks = (root: Element): string => joined(walkedNodes(root).outside);

/** A skim's text, joined; each piece checked against its node's own text on the way. */
function joinedPieces({ texts, nodes }: ProseTexts): string {
  expect(nodes).toHaveLength(texts.length);
  texts.forEach((text, index) => {
    const node = nodes[index] as Node;
    expect(node.nodeType === Node.TEXT_NODE ? (node as Text).data : node.textContent).toBe(text);
  });
  return texts.join('');
}

const skimmedText = (root: Element): string => joinedPieces(proseTexts(root));
const skimmedTextWithoutLandmarks = (root: Element): string =>
  joinedPieces(proseTextsWithoutLandmarks(root));

describe('the skim reads what the walk reads', () => {
  it.each([
    ['en: no code at all', '<h1>Harbour</h1><p>Rail<b>ings</b> and <i>gates</i>.</p>'],
    ['en: a script between two halves of a word', '<p>Pu<script>var a = "x";</script>tin</p>'],
    [
      'en: code at every depth, comments and an empty script',
      '<div><!-- c --><section><p>one<style>p{}</style>two</p><script type="application/ld+json"></script></section><p>three</p></div><noscript>four</noscript>',
    ],
    [
      'uk: a list with a template',
      '<ul><li>Київ</li><template><li>Львів</li></template><li>Одеса</li></ul>',
    ],
    ['ru: text right under the body, around code', 'Кремль<script>1</script> ответил <b>вчера</b>'],
  ])('%s', (_name, html) => {
    const body = setBody(html);
    expect(skimmedText(body)).toBe(walkedText(body));
  });

  it('reads an element put inside a style by a script, as the walk does', () => {
    // The parser cannot put an element inside a style; a page's script can.
    const body = setBody('<p>a</p><style>p{}</style>');
    const bold = document.createElement('b');
    bold.textContent = 'b';
    body.querySelector('style')?.append(bold);
    expect(skimmedText(body)).toBe('ab');
  });

  it.each([
    ['a script', 'script', 'var s = "Putin";'],
    ['a style', 'style', '.kyiv { color: red }'],
    ['a noscript', 'noscript', 'Київ'],
  ])('reads %s the page adds, as the walk reads it: none of its own text', (_name, tag, code) => {
    // What the first pass reads of a page's changes: the added element itself is the root.
    setBody('<p>a</p>');
    const element = document.createElement(tag);
    element.textContent = code;
    document.body.append(element);
    expect(skimmedText(element)).toBe('');
    expect(walkedText(element)).toBe('');
    const bold = document.createElement('b');
    bold.textContent = 'b';
    element.append(bold);
    expect(skimmedText(element)).toBe(walkedText(element));
    expect(skimmedText(element)).toBe('b');
  });
});

describe("the skim leaves site chrome's landmarks out whole", () => {
  it.each([
    [
      "en: the page's header, menu and footer around the story",
      '<header><a>Home</a> <a>Putin</a></header><nav><a>World</a></nav><main><p>Rail fares rise.</p></main><footer>© News</footer>',
      'Rail fares rise.',
    ],
    [
      "en: a story's own header is read, in an article, a section or a main role",
      '<article><header><h1>Kyiv talks</h1></header><p>a</p></article><section><header>b</header></section><div role="main"><header>c</header></div>',
      'Kyiv talksabc',
    ],
    [
      'uk: block elements of a chrome role; a role list is not one role',
      '<div role="navigation">Київ</div><ul role="menubar"><li>Новини</li></ul><div role="navigation menu">Львів</div><p>Одеса</p>',
      'ЛьвівОдеса',
    ],
    [
      'ru: an inline element of a chrome role is read with its paragraph',
      '<p>В <span role="navigation">Кремле</span> ответили</p><div role="search"><form>Поиск</form></div>',
      'В Кремле ответили',
    ],
    [
      'en: landmarks beside code, inside one another and holding code',
      '<div><nav>a<script>1</script><menu><li>b</li></menu></nav><p>c<style>p{}</style>d</p></div><search>e</search><footer><nav>f</nav></footer>',
      'cd',
    ],
    [
      'en: roles that are not chrome, and an aside',
      '<div role="complementary">a</div><aside>b</aside><div role="dialog">c</div><section role="region">d</section>',
      'abcd',
    ],
  ])('%s', (_name, html, expected) => {
    const body = setBody(html);
    expect(skimmedTextWithoutLandmarks(body)).toBe(expected);
    expect(walkedTextOutsideLandmarks(body)).toBe(expected);
    for (const text of walkedNodes(body).inside) expect(keyMayShow(text)).toBe(false);
    // Before a maybe, the landmarks are read with the rest.
    expect(skimmedText(body)).toBe(walkedText(body));
  });

  it('reads nothing of a landmark the page adds, and what it adds inside one', () => {
    setBody('<p>a</p>');
    const nav = document.createElement('nav');
    nav.innerHTML = '<a>Putin</a>';
    document.body.append(nav);
    expect(skimmedTextWithoutLandmarks(nav)).toBe('');
    // Added inside a landmark: read here (it looks down from what was added, not up; the
    // first pass asks whether an added node is in a landmark: tests/dom/probe-reader.test.ts).
    const link = document.createElement('a');
    link.textContent = 'Kyiv';
    nav.append(link);
    expect(skimmedTextWithoutLandmarks(link)).toBe('Kyiv');
  });
});

onEverySkimmedCorpusPage((body) => {
  expect(skimmedText(body)).toBe(walkedText(body));
  expect(skimmedTextWithoutLandmarks(body)).toBe(walkedTextOutsideLandmarks(body));
  // What is left out holds no key that the placement rule would let wake the engine.
  for (const text of walkedNodes(body).inside) expect(keyMayShow(text)).toBe(false);
});
