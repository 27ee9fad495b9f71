import { describe, expect, it } from 'vitest';
import { setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const PAGE = `
  <main id="feed">
    <article id="a1"><p id="p1">Putin spoke.</p><p id="p2">The Kremlin replied.</p></article>
  </main>
`;

async function scanned() {
  setBody(PAGE);
  const harness = startScanner({ observe: true });
  await harness.scanner.whenIdle();
  harness.calls.length = 0;
  return harness;
}

const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} missing`);
  return element;
};

describe('rescans after page changes', () => {
  it('scans an appended article and only it (infinite scroll)', async () => {
    const { scanner, calls, registry } = await scanned();
    byId('feed').insertAdjacentHTML(
      'beforeend',
      '<article><p>Sergey <b>Lavrov</b> arrived.</p><p>Nothing here.</p></article>',
    );
    await scanner.whenIdle();
    expect(calls.filter((text) => text.trim() !== '')).toEqual([
      'Sergey Lavrov arrived.',
      'Nothing here.',
    ]);
    expect(registry.texts('backstory-people-underline')).toEqual(['Putin', 'Sergey Lavrov']);
  });

  it('rescans only the block whose text changed', async () => {
    const { scanner, calls, registry } = await scanned();
    const text = byId('p2').firstChild as Text;
    text.data = 'Putin and the Kremlin replied.';
    await scanner.whenIdle();
    expect(calls).toEqual(['Putin and the Kremlin replied.']);
    expect(registry.texts('backstory-people-underline')).toEqual(['Putin', 'Putin']);
    expect(scanner.mentions().map((mention) => mention.index)).toEqual([0, 1, 2]);
  });

  it('drops the mentions of removed content', async () => {
    const { scanner, registry, updates } = await scanned();
    byId('p1').remove();
    await scanner.whenIdle();
    expect(registry.entries.has('backstory-people-underline')).toBe(false);
    expect(scanner.mentions().map((mention) => mention.matched)).toEqual(['Kremlin']);
    expect(updates.at(-1)?.total).toBe(1);
  });

  it('drops mentions when their text node is replaced inside the same paragraph', async () => {
    const { scanner } = await scanned();
    byId('p1').textContent = 'Nobody spoke.';
    await scanner.whenIdle();
    expect(scanner.mentions().map((mention) => mention.matched)).toEqual(['Kremlin']);
  });

  it('inserts mentions added above in document order', async () => {
    const { scanner } = await scanned();
    byId('a1').insertAdjacentHTML('afterbegin', '<h2>42% in a poll</h2>');
    await scanner.whenIdle();
    expect(scanner.mentions().map((mention) => mention.matched)).toEqual([
      '42%',
      'Putin',
      'Kremlin',
    ]);
    expect(scanner.index.nextAfter(-1)?.matched).toBe('42%');
  });

  it('scans content revealed by removing the hidden attribute, and drops it when hidden again', async () => {
    setBody('<p>Intro</p><div id="more" hidden><p>Putin later.</p></div>');
    const { scanner } = startScanner({ observe: true });
    await scanner.whenIdle();
    expect(scanner.mentions()).toHaveLength(0);
    byId('more').removeAttribute('hidden');
    await scanner.whenIdle();
    expect(scanner.mentions().map((mention) => mention.matched)).toEqual(['Putin']);
    byId('more').setAttribute('hidden', '');
    await scanner.whenIdle();
    expect(scanner.mentions()).toHaveLength(0);
  });

  it('ignores changes inside our own UI and the host being added', async () => {
    const { scanner, calls } = await scanned();
    const host = document.createElement('backstory-popover');
    document.body.append(host);
    host.textContent = 'Putin';
    await scanner.whenIdle();
    expect(calls).toEqual([]);
    expect(scanner.stats().mutationFlushes).toBe(0);
  });

  it('ignores typing in an editable region', async () => {
    setBody('<p>Intro</p><div contenteditable="true"><p id="e">draft</p></div>');
    const { scanner, calls } = startScanner({ observe: true });
    await scanner.whenIdle();
    calls.length = 0;
    (byId('e').firstChild as Text).data = 'Putin';
    await scanner.whenIdle();
    expect(calls).toEqual([]);
    expect(scanner.mentions()).toHaveLength(0);
  });

  it('keeps finding new content on a page that never stops changing, flushing once per maxWaitMs', async () => {
    setBody('<p id="ticker">0</p><ul id="feed"></ul>');
    const { scanner, controller, registry } = startScanner({
      observe: true,
      timings: { debounceMs: 20, maxWaitMs: 60 },
    });
    await scanner.whenIdle();
    const ticker = byId('ticker').firstChild as Text;
    const feed = byId('feed');
    const startedAt = performance.now();
    let ticks = 0;
    // The page changes every 2 ms, never quiet for debounceMs, and adds a feed item every
    // 300 ms; each item must be highlighted within a flush interval (plus a slow machine's
    // slack) however long the churn has lasted. A back-off that grows would exceed it.
    const items = 5;
    const addedAt: number[] = [];
    const delays: number[] = [];
    while (performance.now() - startedAt < 3000 && delays.length < items) {
      ticker.data = String(++ticks);
      if (addedAt.length < items && performance.now() - startedAt > 300 * (addedAt.length + 1)) {
        feed.insertAdjacentHTML('beforeend', '<li>Putin arrived.</li>');
        addedAt.push(performance.now());
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
      const shown = registry.texts('backstory-people-underline').length;
      while (delays.length < Math.min(shown, addedAt.length)) {
        delays.push(performance.now() - (addedAt[delays.length] as number));
      }
    }
    const elapsed = performance.now() - startedAt;
    const { mutationFlushes } = scanner.stats();
    controller.abort();
    expect(delays).toHaveLength(items);
    expect(Math.max(...delays)).toBeLessThan(60 + 200);
    expect(mutationFlushes).toBeLessThanOrEqual(Math.ceil(elapsed / 60) + 1);
    expect(mutationFlushes).toBeLessThan(ticks / 2);
  });
});
