import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPointerHitTester, type PointerHit, TOUCH_SLOP_PX } from '@/utils/page/hit-test';
import { setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

/**
 * happy-dom has no layout: the caret under the pointer and the client rects are stubbed so
 * that every character is 10 px wide on one line, y from 0 to 20, starting at x = 0 for the
 * text node `#line`'s first text child.
 */
function stubLayout(node: Text) {
  const doc = document as unknown as { caretPositionFromPoint?: unknown };
  doc.caretPositionFromPoint = (x: number) => ({
    offsetNode: node,
    offset: Math.min(Math.round(x / 10), node.data.length),
  });
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const rect = new DOMRect(
      this.startOffset * 10,
      0,
      (this.endOffset - this.startOffset) * 10,
      20,
    );
    return [rect] as unknown as DOMRectList;
  });
}

afterEach(() => {
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

async function setUp() {
  // "Putin" occupies x 0–50, "Kremlin" x 100–170.
  setBody('<p id="line">Putin and Kremlin said</p>');
  const { scanner } = startScanner();
  await scanner.whenIdle();
  const node = document.getElementById('line')?.firstChild as Text;
  stubLayout(node);
  const controller = new AbortController();
  const hits: (string | null)[] = [];
  const clicks: string[] = [];
  const tester = createPointerHitTester({
    document,
    index: scanner.index,
    signal: controller.signal,
    onHit: (hit: PointerHit | null) => hits.push(hit?.mention.matched ?? null),
    onClick: (hit) => clicks.push(hit.mention.matched),
  });
  return { tester, hits, clicks, controller };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

function move(x: number, y = 10) {
  document.body.dispatchEvent(
    new PointerEvent('pointermove', {
      clientX: x,
      clientY: y,
      bubbles: true,
      pointerType: 'mouse',
    }),
  );
}

describe('pointer hit-testing', () => {
  it.each([
    ['over the middle of a name', 22, 10, 'Putin'],
    ['over its last character (caret after it)', 48, 10, 'Putin'],
    ['over another name', 130, 10, 'Kremlin'],
    ['between names', 70, 10, null],
    ['beside the line, where the caret snaps to a name', 130, 40, null],
  ])('%s', async (_name, x, y, expected) => {
    const { tester } = await setUp();
    expect(tester.hitAt(x, y)?.mention.matched ?? null).toBe(expected);
  });

  it('gives the rect of the line under the pointer', async () => {
    const { tester } = await setUp();
    const rect = tester.hitAt(120, 10)?.rect;
    expect([rect?.left, rect?.width]).toEqual([100, 70]);
  });

  it('checks once per frame and reports only changes', async () => {
    const { hits } = await setUp();
    move(10);
    move(20);
    move(30);
    await nextFrame();
    move(40);
    await nextFrame();
    move(120);
    await nextFrame();
    move(70);
    await nextFrame();
    expect(hits).toEqual(['Putin', 'Kremlin', null]);
  });

  it('reports clicks on a mention without preventing the default', async () => {
    const { clicks } = await setUp();
    const click = new MouseEvent('click', {
      clientX: 110,
      clientY: 5,
      bubbles: true,
      cancelable: true,
    });
    document.body.dispatchEvent(click);
    expect(clicks).toEqual(['Kremlin']);
    expect(click.defaultPrevented).toBe(false);
  });

  // The line is y 0–20; TOUCH_SLOP_PX (8) is how far off it a finger may land.
  it.each([
    ['a tap on the name', 'touch', 22, 10, ['Putin']],
    ['a tap just below the line, within a finger’s reach', 'touch', 22, 26, ['Putin']],
    ['a tap just above the line', 'touch', 130, -6, ['Kremlin']],
    ['a tap beside the name’s end, within reach', 'touch', 56, 10, ['Putin']],
    ['a tap farther off than the slack', 'touch', 22, 20 + TOUCH_SLOP_PX + 2, []],
    ['a mouse click just below the line: a mouse is precise', 'mouse', 22, 26, []],
  ])('%s (%s)', async (_name, pointerType, x, y, expected) => {
    const { clicks } = await setUp();
    document.body.dispatchEvent(
      new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true, pointerType }),
    );
    const click = new MouseEvent('click', {
      clientX: x,
      clientY: y,
      bubbles: true,
      cancelable: true,
    });
    document.body.dispatchEvent(click);
    expect(clicks).toEqual(expected);
    expect(click.defaultPrevented).toBe(false);
  });

  it('a finger moving over a name shows nothing: touch has no hover', async () => {
    const { hits } = await setUp();
    document.body.dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: 22,
        clientY: 10,
        bubbles: true,
        pointerType: 'touch',
      }),
    );
    await nextFrame();
    expect(hits).toEqual([]);
  });

  it('stops listening once aborted', async () => {
    const { hits, clicks, controller } = await setUp();
    controller.abort();
    move(10);
    await nextFrame();
    document.body.dispatchEvent(
      new MouseEvent('click', { clientX: 10, clientY: 5, bubbles: true }),
    );
    expect(hits).toEqual([]);
    expect(clicks).toEqual([]);
  });
});
