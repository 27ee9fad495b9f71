/**
 * The first pass's skim (utils/page/prose-texts.ts) reads the same text as its walk, joined
 * the same way: every Text node's data in document order, except the text directly inside
 * script, style, noscript and template — both ways it reads it: with each piece's node
 * (`proseTexts`), and as strings between the code elements (`proseStrings`). On our own pages
 * (en, uk, ru) and on every real page of the corpus, with their code kept in place (made
 * inert).
 */
import { describe, expect, it } from 'vitest';
import { proseStrings, proseTexts } from '@/utils/page/prose-texts';
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
  const joined = texts.join('');
  expect(proseStrings(root).join('')).toBe(joined);
  return joined;
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
    [
      'en: code first, last and side by side, deep and shallow',
      '<script>a</script><style>b{}</style><div><p>Lav<noscript>n</noscript>rov</p><div><b><script>c</script></b>said</div></div>no<script>d</script>',
    ],
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

  it('cuts the code out with a range, as strings only, where no code element holds an element', () => {
    const body = setBody('<p>Ush<script>x</script>akov</p><style>p{}</style><i>met</i>');
    expect(proseStrings(body)).toEqual(['Ush', 'akov', 'met']);
  });
});

onEverySkimmedCorpusPage((body) => {
  const expected = walkedText(body);
  expect(skimmedText(body)).toBe(expected);
});
