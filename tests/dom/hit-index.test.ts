import { describe, expect, it } from 'vitest';
import { setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const PAGE = '<p id="a">Sergey <b>Lavrov</b> and Putin</p><p id="b">Kremlin, 42% and Putin</p>';

async function indexed() {
  setBody(PAGE);
  const { scanner } = startScanner();
  await scanner.whenIdle();
  return scanner;
}

function textNode(selector: string, index = 0): Text {
  const node = document.querySelector(selector)?.childNodes[index];
  if (node === undefined || node.nodeType !== 3) throw new Error(`no text at ${selector}`);
  return node as Text;
}

describe('hit index', () => {
  it.each([
    ['first character of a name', '#a', 0, 0, 'Sergey Lavrov'],
    ['inside the second text node of the same name', '#a b', 0, 3, 'Sergey Lavrov'],
    ['last character of the name', '#a b', 0, 5, 'Sergey Lavrov'],
    ['the end offset is outside (exclusive)', '#a b', 0, 6, null],
    ['between names', '#a', 2, 2, null],
    ['a later name in the same node', '#a', 2, 6, 'Putin'],
    ['a figure', '#b', 0, 9, '42%'],
  ] as const)('%s', async (_name, selector, child, offset, expected) => {
    const scanner = await indexed();
    expect(scanner.index.at(textNode(selector, child), offset)?.matched ?? null).toBe(expected);
  });

  it('returns null for text nodes without mentions', async () => {
    const scanner = await indexed();
    expect(scanner.index.at(document.createTextNode('Putin'), 0)).toBeNull();
  });

  it('walks mentions in document order, forwards and backwards', async () => {
    const scanner = await indexed();
    const order = scanner.index.mentionsInOrder().map((mention) => mention.matched);
    expect(order).toEqual(['Sergey Lavrov', 'Putin', 'Kremlin', '42%', 'Putin']);
    expect(scanner.index.nextAfter(-1)?.index).toBe(0);
    expect(scanner.index.nextAfter(1)?.matched).toBe('Kremlin');
    expect(scanner.index.nextAfter(4)).toBeNull();
    expect(scanner.index.previousBefore(Number.POSITIVE_INFINITY)?.index).toBe(4);
    expect(scanner.index.previousBefore(2)?.matched).toBe('Putin');
    expect(scanner.index.previousBefore(0)).toBeNull();
  });

  it('skips mentions that are not shown when navigating', async () => {
    const scanner = await indexed();
    scanner.applySettings({
      categories: { people: true, institutions: false, figures: true },
      style: 'underline',
      firstMentionOnly: true,
      where: 'talks',
    });
    expect(scanner.index.mentionsInOrder().map((mention) => mention.matched)).toEqual([
      'Sergey Lavrov',
      'Putin',
      '42%',
    ]);
    expect(scanner.index.nextAfter(1)?.matched).toBe('42%');
  });
});
