/**
 * The first pass's skim (utils/page/prose-texts.ts, `proseTexts`) reads the same text as its
 * walk, joined the same way: every Text node's data in document order, except the text directly
 * inside script, style, noscript and template. On our own pages (en, uk, ru) and on every real
 * page of the corpus, with their code kept in place (made inert).
 */
import { describe, expect, it } from 'vitest';
import { proseTexts } from '@/utils/page/prose-texts';
import { setBody } from './fakes/page';
import { onEverySkimmedCorpusPage } from './fakes/saved-pages';

const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template']);

/** The walk's text: what the reader's TreeWalker gathers. */
function walkedText(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent !== null && NOT_PROSE.has(parent.localName)) continue;
    text += (node as Text).data;
  }
  return text;
}

/** The skim's text, joined; each piece checked against its node's own text on the way. */
function skimmedText(root: Element): string {
  const { texts, nodes } = proseTexts(root);
  expect(nodes).toHaveLength(texts.length);
  texts.forEach((text, index) => {
    const node = nodes[index] as Node;
    expect(node.nodeType === Node.TEXT_NODE ? (node as Text).data : node.textContent).toBe(text);
  });
  return texts.join('');
}

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

onEverySkimmedCorpusPage((body) => {
  const expected = walkedText(body);
  expect(skimmedText(body)).toBe(expected);
});
