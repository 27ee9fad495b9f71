import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGateReader, MAX_KEPT_CHANGES, type ProbedPosition } from '@/utils/page/gate-reader';
import { MAX_NARROWED_UNITS } from '@/utils/page/key-candidates';
import { KEY_PLACEMENT_ATTRIBUTES, keyMayShow } from '@/utils/page/key-placement';
import { proseTextsWithoutLandmarks } from '@/utils/page/prose-texts';
import { FIRST_STRIDE } from '@/utils/page/text-reader';
import { gateScanFor } from '../support/gate-scan';
import { setBody } from './fakes/page';

const KEYS = ['putin', 'kyiv', 'ukrain', 'путін', 'путин', 'київ', 'києв', 'кремл'];

function startReader(now?: () => number, placed = false, at?: ProbedPosition) {
  const controller = new AbortController();
  const onKey = vi.fn();
  /** The text nodes read, in order, and the batches they came in. */
  const fed: string[] = [];
  const batches: string[][] = [];
  const scan = gateScanFor(KEYS);
  const reader = createGateReader({
    document,
    scan: {
      feed: (text) => {
        fed.push(text);
        return scan.feed(text);
      },
      locateAll: (texts) => {
        fed.push(...texts);
        batches.push([...texts]);
        return scan.locateAll(texts);
      },
      stretchesIn: (text) => scan.stretchesIn(text),
      reset: () => scan.reset(),
      readAfter: (before) => scan.readAfter(before),
    },
    signal: controller.signal,
    onKey,
    ...(now ? { now } : {}),
    ...(placed ? { mayShow: keyMayShow, placementAttributes: KEY_PLACEMENT_ATTRIBUTES } : {}),
  });
  reader.start(at);
  return { reader, onKey, fed, batches, controller };
}

afterEach(() => {
  vi.useRealTimers();
});

/** The text node of the element `id`. */
const textOf = (id: string) => document.getElementById(id)?.firstChild as Text;

/** `count` paragraphs of some 400 units each, `named` ones starting with `name`. */
const article = (count: number, named: Record<number, string>) =>
  Array.from(
    { length: count },
    (_, i) => `<p id="p${i}">${named[i] ?? ''}${'Rain over the harbour. '.repeat(18)}</p>`,
  ).join('');

/** Where a skim of the page as it is now said maybe, with `changed` since. */
const skimmedAt = (changed: Node[] = []): ProbedPosition => ({
  from: null,
  before: '',
  changed,
  skimmed: proseTextsWithoutLandmarks(document.body),
});

describe('the first pass reads the page', () => {
  it('finds a key in the text as it is, in one go on a small page', () => {
    setBody('<header><nav>Home</nav></header><main><p>In <b>Pu</b>tin’s words</p></main>');
    const { onKey } = startReader();
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('reads no script, style or noscript text, and walks the page node by node', () => {
    setBody(
      '<p>Nothing here.</p><script>var s = "Putin";</script><style>.putin{}</style><noscript>Kyiv</noscript>',
    );
    const { onKey, fed } = startReader();
    expect(onKey).not.toHaveBeenCalled();
    expect(fed).toEqual(['Nothing here.']);
  });

  it.each([
    ['en: a name around a script', '<p>Pu<script>var a = 1;</script>tin spoke</p>'],
    ['uk: a name around a style and a comment', '<p>Пу<style>b{}</style>ті<!-- x -->на слова</p>'],
    ['ru: the Kremlin around a noscript', '<p>в Кре<noscript><img src="x.png"></noscript>мле</p>'],
  ])('%s: joins the text around code, and wakes', (_name, html) => {
    setBody(html);
    expect(startReader().onKey).toHaveBeenCalledTimes(1);
  });

  it('hands a small page to the scan in one batch, and stops at the first key', async () => {
    vi.useFakeTimers();
    setBody('<p>Kyiv</p><p>one</p><p>two</p>');
    const { onKey, batches } = startReader();
    expect(onKey).toHaveBeenCalledTimes(1);
    expect(batches).toEqual([['Kyiv', 'one', 'two']]);
    document.body.append('Putin');
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toHaveLength(1);
  });

  it('finds a key split between two slices', async () => {
    vi.useFakeTimers();
    // Words, then "Pu" as the FIRST_STRIDE-th text node: the clock is read after it and ends the slice.
    setBody(`${'<p>word</p>'.repeat(FIRST_STRIDE - 1)}<p><b>Pu</b>tin</p>`);
    let clock = 0;
    const { onKey, batches } = startReader(() => {
      clock += 5;
      return clock;
    });
    expect(onKey).not.toHaveBeenCalled();
    expect(batches.at(-1)?.at(-1)).toBe('Pu');
    await vi.advanceTimersByTimeAsync(10);
    expect(batches.at(-1)).toEqual(['tin']);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('looks at the clock as often as the nodes are slow to read', async () => {
    vi.useFakeTimers();
    setBody(`${'<p>word</p>'.repeat(200)}<p>Putin</p>`);
    // Each text node takes 1 ms to read (as a node can through Firefox's wrappers).
    let clock = 0;
    for (const p of document.querySelectorAll('p')) {
      const text = p.firstChild as Text;
      const data = text.data;
      Object.defineProperty(text, 'data', {
        get: () => {
          clock += 1;
          return data;
        },
      });
    }
    const { onKey, batches } = startReader(() => clock);
    await vi.runAllTimersAsync();
    expect(onKey).toHaveBeenCalledTimes(1);
    // The first slice reads FIRST_STRIDE nodes before its first look; then slices keep close
    // to their 4 ms (a node over: the look comes after it).
    expect(batches[0]).toHaveLength(FIRST_STRIDE);
    expect(Math.max(...batches.slice(1).map((batch) => batch.length))).toBeLessThanOrEqual(5);
  });

  it('yields to the page when a slice runs out of time, and goes on after', async () => {
    vi.useFakeTimers();
    setBody(`${'<p>word</p>'.repeat(300)}<p>Putin</p>`);
    let clock = 0;
    // Every reading of the clock moves it past a slice: the slice ends at its first look.
    const { onKey, fed } = startReader(() => {
      clock += 5;
      return clock;
    });
    expect(onKey).not.toHaveBeenCalled();
    expect(fed.length).toBeGreaterThan(0);
    expect(fed.length).toBeLessThan(301);
    await vi.runAllTimersAsync();
    expect(onKey).toHaveBeenCalledTimes(1);
  });
});

describe('the first pass watches what the page adds', () => {
  it('reads added elements and changed text, after a short batch delay', async () => {
    vi.useFakeTimers();
    setBody('<ul id="feed"><li>weather</li></ul>');
    const { onKey, fed } = startReader();
    expect(onKey).not.toHaveBeenCalled();
    const item = document.createElement('li');
    item.textContent = 'sports';
    document.getElementById('feed')?.append(item);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).not.toHaveBeenCalled();
    expect(fed).toContain('sports');
    (item.firstChild as Text).data = 'talks in Kyiv';
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('stops watching when stopped or aborted', async () => {
    vi.useFakeTimers();
    setBody('<p id="p">quiet</p>');
    const first = startReader();
    first.reader.stop();
    const second = startReader();
    second.controller.abort();
    document.getElementById('p')?.append(' Putin');
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.onKey).not.toHaveBeenCalled();
    expect(second.onKey).not.toHaveBeenCalled();
  });
});

describe('the first pass passes over keys that can lead to nothing shown', () => {
  it.each([
    ['en: a section menu', '<nav><a href="/u">Ukraine</a></nav><main><p>Weather</p></main>'],
    ['uk: a footer', '<main><p>Погода</p></main><footer>Редакція у Києві</footer>'],
    ['ru: a menu by role', '<div role="navigation"><a href="/k">Кремль</a></div><p>Спорт</p>'],
    ['en: a key inside a longer word', '<main><p>Cloud computing got cheaper.</p></main>'],
    ['ru: a key inside a longer word', '<main><p>Роман о Распутине.</p></main>'],
  ])('%s', (_name, html) => {
    setBody(html);
    expect(startReader(undefined, true).onKey).not.toHaveBeenCalled();
    // Not for want of a key: without the placement rule the same page wakes the engine.
    expect(startReader().onKey).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['en: the body after a menu', '<nav><a href="/u">Ukraine</a></nav><p>Putin spoke.</p>'],
    [
      'uk: a teaser after a footer-like header',
      '<header>Київ</header><aside><a href="/p">Путін</a></aside>',
    ],
    ['ru: a name split over nodes in the body', '<nav>Кремль</nav><p><b>Пу</b>тин</p>'],
  ])('wakes on a later key that may show: %s', (_name, html) => {
    setBody(html);
    expect(startReader(undefined, true).onKey).toHaveBeenCalledTimes(1);
  });

  it('reads a page whose only key is in its menu once, in batches of a few thousand units', () => {
    // About 54,000 units after the menu: the automaton reads them in pieces that bound a task.
    const paragraph = '<p>calm words about the weather</p>';
    setBody(`<nav>Kyiv</nav>${paragraph.repeat(2000)}`);
    const { onKey, batches, fed } = startReader(() => 0, true);
    expect(onKey).not.toHaveBeenCalled();
    // Each text node once: no second pass over a batch the probe let through.
    expect(fed).toHaveLength(2001);
    const longest = Math.max(...batches.map((batch) => batch.join('').length));
    expect(longest).toBeLessThanOrEqual((1 << 13) + 'calm words about the weather'.length);
    expect(batches.length).toBeGreaterThan(5);
  });

  it('goes on reading what the page adds, and wakes on a key in the body', async () => {
    vi.useFakeTimers();
    setBody('<nav><a href="/u">Ukraine</a></nav><main id="main"><p>Weather</p></main>');
    const { onKey } = startReader(undefined, true);
    expect(onKey).not.toHaveBeenCalled();
    const menuItem = document.createElement('a');
    menuItem.textContent = 'Kyiv';
    document.querySelector('nav')?.append(menuItem);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).not.toHaveBeenCalled();
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Putin answered.';
    document.getElementById('main')?.append(paragraph);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('wakes when a key passed over comes out of chrome or out of hiding', async () => {
    vi.useFakeTimers();
    setBody('<div id="a" class="site-menu">Putin</div><div id="b" hidden><p>Kyiv</p></div>');
    const { onKey } = startReader(undefined, true);
    expect(onKey).not.toHaveBeenCalled();
    document.getElementById('a')?.setAttribute('data-x', '1');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).not.toHaveBeenCalled();
    document.getElementById('b')?.removeAttribute('hidden');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('watches no attribute after it stops', async () => {
    vi.useFakeTimers();
    setBody('<div id="a" class="site-menu">Putin</div>');
    const { onKey, reader } = startReader(undefined, true);
    reader.stop();
    document.getElementById('a')?.setAttribute('class', 'story');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).not.toHaveBeenCalled();
  });
});

describe('the key check goes on from where the probe said maybe', () => {
  it('reads from that node on, not the text before it', () => {
    setBody('<p>one</p><p>two</p><p id="at">three</p><p>four Kyiv</p>');
    const { onKey, fed } = startReader(undefined, false, {
      from: textOf('at'),
      before: 'onetwo',
      changed: [],
    });
    expect(fed).toEqual(['three', 'four Kyiv']);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['en', '<p>Pu</p><p id="at">tin spoke</p>', 'weather Pu'],
    ['uk', '<p>Ки</p><p id="at">їв відповів</p>', 'погода Ки'],
    ['ru', '<p>Крем</p><p id="at">ль ответил</p>', 'погода Крем'],
  ])('%s: finds a key begun in the text before it', (_name, html, before) => {
    setBody(html);
    expect(
      startReader(undefined, false, { from: textOf('at'), before, changed: [] }).onKey,
    ).toHaveBeenCalledTimes(1);
    // The text before is what makes the key: without it none is seen.
    expect(
      startReader(undefined, false, { from: textOf('at'), before: '', changed: [] }).onKey,
    ).not.toHaveBeenCalled();
  });

  it('reads the text changed before that node since the probe read it', () => {
    setBody('<p id="early">calm</p><p id="at">quiet</p>');
    const early = textOf('early');
    early.data = 'Putin spoke';
    const { onKey, fed } = startReader(undefined, false, {
      from: textOf('at'),
      before: 'calm',
      changed: [early],
    });
    expect(fed).toEqual(['quiet', 'Putin spoke']);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('after a skim: reads what changed since, then only the nodes near where a key may be', () => {
    const body = setBody(
      `<article>${article(10, { 7: 'Putin spoke. ' })}</article><script>var a;</script><p id="late">x</p>`,
    );
    const skimmed = proseTextsWithoutLandmarks(body);
    const late = textOf('late');
    late.data = 'quiet';
    const { onKey, fed } = startReader(undefined, false, {
      from: null,
      before: '',
      changed: [late],
      skimmed,
    });
    // The change, then the key's paragraph and the one before it (within reach of the key).
    expect(fed).toEqual(['quiet', textOf('p6').data, textOf('p7').data]);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('after a skim: stops at the first stretch with a key that counts, and reads on past one passed over', () => {
    const html = `<div id="menu" class="site-menu"><a href="/w">Kyiv</a></div><article>${article(40, { 5: 'Putin spoke. ', 30: 'Lavrov answered. ' })}</article><script>1</script>`;
    setBody(html);
    const counting = startReader(undefined, false, skimmedAt());
    expect(counting.onKey).toHaveBeenCalledTimes(1);
    // The menu's key counts here: of the article only its start, within reach of that key.
    expect(counting.fed).toEqual(['Kyiv', textOf('p0').data]);
    setBody(html);
    const placed = startReader(undefined, true, skimmedAt());
    expect(placed.onKey).toHaveBeenCalledTimes(1);
    // The menu's key is passed over; the story's first name counts, and the later one is not read.
    expect(placed.fed).toEqual(['Kyiv', textOf('p0').data, textOf('p4').data, textOf('p5').data]);
  });

  it('after a skim of a text too long to narrow: reads the page from its start', () => {
    setBody(`<p id="first">${'calm '.repeat(MAX_NARROWED_UNITS / 4)}</p><p>Kyiv</p>`);
    const { fed } = startReader(undefined, false, skimmedAt());
    expect(fed[0]).toBe(textOf('first').data);
  });

  it('reads only the changes where the first read was done, and the whole page where its node is gone', () => {
    setBody('<p id="old">Kyiv</p><p id="new">quiet</p>');
    const changed = [textOf('new')];
    expect(startReader(undefined, false, { from: 'read', before: '', changed }).fed).toEqual([
      'quiet',
    ]);
    const gone = document.createTextNode('detached');
    expect(startReader(undefined, false, { from: gone, before: 'x', changed: [] }).fed).toEqual([
      'Kyiv',
      'quiet',
    ]);
  });
});

describe('the key check hands the engine where the keys can be', () => {
  it('after a skim: every stretch, read or not, and what changed before and after the key', async () => {
    vi.useFakeTimers();
    setBody(
      `<article>${article(40, { 5: 'Putin spoke. ', 30: 'Lavrov in Kyiv. ' })}</article><p id="late">x</p><script>1</script>`,
    );
    const late = textOf('late');
    late.data = 'quiet';
    const { reader, onKey, fed } = startReader(undefined, false, skimmedAt([late]));
    expect(onKey).toHaveBeenCalledTimes(1);
    // The reading stopped at the first stretch: the second is not read.
    expect(fed).not.toContain(textOf('p30').data);
    // The page changes after the key, before the engine takes over.
    const added = document.createElement('p');
    added.textContent = 'Kremlin';
    document.body.append(added);
    textOf('p12').data = 'Changed in Kyiv';
    const candidates = reader.keyCandidates.take();
    if (candidates === null) throw new Error('no candidates');
    // Both stretches' paragraphs (each key's and the one within reach before it), in order.
    const byId = (id: string) => document.getElementById(id);
    expect(candidates.near).toEqual(['p4', 'p5', 'p29', 'p30'].map(byId));
    expect(candidates.changed).toEqual(expect.arrayContaining([late, added, textOf('p12')]));
    // Taken once: the recording stopped with it.
    expect(reader.keyCandidates.take()).toBeNull();
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('none where dropped, where the page was walked, or where a key counted only later', async () => {
    setBody(`<article>${article(4, { 2: 'Putin spoke. ' })}</article><script>1</script>`);
    const dropped = startReader(undefined, false, skimmedAt());
    expect(dropped.onKey).toHaveBeenCalledTimes(1);
    dropped.reader.keyCandidates.drop();
    expect(dropped.reader.keyCandidates.take()).toBeNull();
    // Walked from a node (no skim): the engine searches the whole page itself.
    setBody(`<p id="a">quiet</p><p>Putin spoke.</p>`);
    const walked = startReader(undefined, false, { from: textOf('a'), before: '', changed: [] });
    expect(walked.onKey).toHaveBeenCalledTimes(1);
    expect(walked.reader.keyCandidates.take()).toBeNull();
    // A key passed over (hidden) that counts once the page shows it: no reading was at a key.
    vi.useFakeTimers();
    setBody('<div id="b" hidden><p>Kyiv</p></div><p>quiet</p><script>1</script>');
    const later = startReader(undefined, true, skimmedAt());
    expect(later.onKey).not.toHaveBeenCalled();
    document.getElementById('b')?.removeAttribute('hidden');
    await vi.advanceTimersByTimeAsync(1000);
    expect(later.onKey).toHaveBeenCalledTimes(1);
    expect(later.reader.keyCandidates.take()).toBeNull();
  });

  it('after a skim whose keys were all passed over: those, and the change that held the key', async () => {
    vi.useFakeTimers();
    setBody(
      '<div id="menu" class="site-menu"><a href="/k">Kyiv</a></div><main id="main"><p>quiet</p></main><script>1</script>',
    );
    const { reader, onKey, fed } = startReader(undefined, true, skimmedAt());
    expect(onKey).not.toHaveBeenCalled();
    // A key the reading passes over in what the page adds: read, and still handed over.
    const item = document.createElement('a');
    item.textContent = 'Kremlin';
    document.getElementById('menu')?.append(item);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fed).toContain('Kremlin');
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Putin answered.';
    document.getElementById('main')?.append(paragraph);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).toHaveBeenCalledTimes(1);
    const candidates = reader.keyCandidates.take();
    // The menu, and what lies within reach of its key (the main part's first paragraph).
    expect(candidates?.near).toEqual([
      document.getElementById('menu'),
      document.getElementById('main'),
    ]);
    expect(candidates?.changed).toEqual(expect.arrayContaining([item, paragraph]));
  });

  it('none where the page changed more than it keeps between the skim and the engine', () => {
    setBody(`<article>${article(4, { 2: 'Putin spoke. ' })}</article><script>1</script>`);
    const { reader, onKey } = startReader(undefined, false, skimmedAt());
    expect(onKey).toHaveBeenCalledTimes(1);
    const list = document.createElement('ul');
    document.body.append(list);
    for (let i = 0; i < MAX_KEPT_CHANGES; i++) list.append(document.createElement('li'));
    expect(reader.keyCandidates.take()).toBeNull();
    // Up to the bound, they are handed over.
    setBody(`<article>${article(4, { 2: 'Putin spoke. ' })}</article><script>1</script>`);
    const within = startReader(undefined, false, skimmedAt());
    const few = document.createElement('ul');
    document.body.append(few);
    for (let i = 0; i < MAX_KEPT_CHANGES - 1; i++) few.append(document.createElement('li'));
    expect(within.reader.keyCandidates.take()?.changed).toContain(few);
  });
});
