import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeSource } from '@/utils/gate/probe';
import { createProbeScan } from '@/utils/gate/probe-scan';
import { createProbeReader, MAX_SKIMMED_ELEMENTS } from '@/utils/page/probe-reader';
import { CHANGE_BATCH_MS } from '@/utils/page/text-reader';
import { setBody } from './fakes/page';

const KEYS = ['putin', 'kyiv', 'ukrain', 'путін', 'путин', 'київ', 'києв', 'кремл'];

/**
 * The script every page loads reads the page with the probe alone, until its first maybe. Its
 * clock stands still unless a test sets one: no slice runs out of time on a slow machine.
 */
function startReader(now: () => number = () => 0) {
  const onMaybe = vi.fn();
  /** The texts the probe was given, batch by batch: skimmed pieces or walked text nodes. */
  const probed: string[][] = [];
  /** The landmarks' texts the probe was given, each read alone. */
  const alone: string[] = [];
  const probe = createProbeScan(probeSource(KEYS));
  const reader = createProbeReader({
    document,
    probe: {
      ...probe,
      probeAll: (texts) => {
        probed.push([...texts]);
        return probe.probeAll(texts);
      },
      mayHoldKeyAlone: (text) => {
        alone.push(text);
        return probe.mayHoldKeyAlone(text);
      },
    },
    onMaybe,
    now,
  });
  reader.start();
  return { reader, onMaybe, probed, alone };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the first pass skims a page with the probe alone', () => {
  it('says maybe for a key in the text as it is, in one go on a small page', () => {
    setBody('<header><nav>Home</nav></header><main><p>In <b>Pu</b>tin’s words</p></main>');
    const { onMaybe, probed } = startReader();
    expect(onMaybe).toHaveBeenCalledTimes(1);
    // One piece, read natively: no text node walked. The header holds no key of its own:
    // the maybe stands as it is.
    expect(probed).toEqual([['HomeIn Putin’s words']]);
  });

  it('once stopped, reads no change and hands nothing over', async () => {
    vi.useFakeTimers();
    setBody('<main><p>Harbor bridge.</p></main>');
    const { reader, onMaybe, probed } = startReader();
    reader.stop();
    document.querySelector('main')?.append('Putin spoke.');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onMaybe).not.toHaveBeenCalled();
    expect(probed).toEqual([['Harbor bridge.']]);
    expect(reader.handOver()).toBeNull();
  });

  it('reads no script, style or noscript text', () => {
    setBody(
      '<p>Nothing here.</p><script>var s = "Putin";</script><style>.putin{}</style><noscript>Kyiv</noscript>',
    );
    const { onMaybe, probed } = startReader();
    expect(onMaybe).not.toHaveBeenCalled();
    expect(probed.flat().join('|')).toBe('Nothing here.');
  });

  it('skims a page that names nothing in whole subtrees, not node by node', () => {
    setBody('<main><h1>Harbour bridge</h1><p>Railings <b>painted</b> green.</p></main>');
    const { onMaybe, probed } = startReader();
    expect(onMaybe).not.toHaveBeenCalled();
    expect(probed).toEqual([['Harbour bridgeRailings painted green.']]);
  });

  it.each([
    ['en: a name around a script', '<p>Pu<script>var a = 1;</script>tin spoke</p>'],
    ['uk: a name around a style and a comment', '<p>Пу<style>b{}</style>ті<!-- x -->на слова</p>'],
    ['ru: the Kremlin around a noscript', '<p>в Кре<noscript><img src="x.png"></noscript>мле</p>'],
  ])('%s: the skim joins the text around code as the walk does, and says maybe', (_name, html) => {
    setBody(html);
    const { onMaybe, probed } = startReader();
    // One batch: no landmark to read the maybe again without.
    expect(probed).toHaveLength(1);
    expect(onMaybe).toHaveBeenCalledTimes(1);
  });

  it('reads a page of more than MAX_SKIMMED_ELEMENTS elements child by child, never more at once', () => {
    setBody(`${'<i>w</i>'.repeat(2 * MAX_SKIMMED_ELEMENTS)}<p>Putin</p>`);
    // Never out of time: the whole page is read before start() returns.
    const { onMaybe, probed } = startReader(() => 0);
    expect(probed.flat()).toHaveLength(2 * MAX_SKIMMED_ELEMENTS + 1);
    // Each child is one element here: no batch was read from more than the bound.
    expect(probed.length).toBeGreaterThan(1);
    expect(probed.every((batch) => batch.length <= MAX_SKIMMED_ELEMENTS + 1)).toBe(true);
    expect(onMaybe).toHaveBeenCalledTimes(1);
  });

  it('goes into a large subtree but reads its small neighbours whole', () => {
    const big = '<i>w</i>'.repeat(MAX_SKIMMED_ELEMENTS + 1);
    setBody(`<aside><a>Home</a> <a>News</a></aside><main>${big}</main><aside><p>About</p></aside>`);
    const { onMaybe, probed } = startReader(() => 0);
    const pieces = probed.flat();
    // The asides, each one piece; the main read child by child.
    expect(pieces[0]).toBe('Home News');
    expect(pieces[pieces.length - 1]).toBe('About');
    expect(pieces).toHaveLength(MAX_SKIMMED_ELEMENTS + 3);
    expect(onMaybe).not.toHaveBeenCalled();
  });

  it('skims a long text in batches and slices, and says maybe at the batch with a key', async () => {
    vi.useFakeTimers();
    // 600,000 units without code: one text, cut into batches of at most 2^18 units.
    const long = 'calm '.repeat(40_000);
    setBody(`<p>${long}</p><p>${long}</p><p>${long}Kyiv</p>`);
    let clock = 0;
    const { onMaybe, probed } = startReader(() => {
      clock += 5;
      return clock;
    });
    // The first batch said no, then the slice's time was up.
    expect(probed).toHaveLength(1);
    expect(onMaybe).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(probed).toHaveLength(3);
    expect(probed.every((batch) => batch.join('').length <= 1 << 18)).toBe(true);
    expect(onMaybe).toHaveBeenCalledTimes(1);
  });

  it('reads what the page adds later, and says maybe then', async () => {
    vi.useFakeTimers();
    setBody('<ul id="feed"><li>weather</li></ul>');
    const { onMaybe, probed } = startReader();
    const item = document.createElement('li');
    item.textContent = 'sports';
    document.getElementById('feed')?.append(item);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onMaybe).not.toHaveBeenCalled();
    expect(probed.flat()).toContain('sports');
    (item.firstChild as Text).data = 'talks in Kyiv';
    await vi.advanceTimersByTimeAsync(1000);
    expect(onMaybe).toHaveBeenCalledTimes(1);
  });

  it('reads no code the page adds or changes later', async () => {
    vi.useFakeTimers();
    setBody('<main><p>weather</p><style>.a{}</style></main>');
    const { onMaybe, probed } = startReader();
    const script = document.createElement('script');
    script.textContent = 'var s = "Putin";';
    document.body.append(script);
    // A style sheet written by the page's script, as style libraries do.
    (document.querySelector('style')?.firstChild as Text).data = '.putin{color:red}';
    await vi.advanceTimersByTimeAsync(1000);
    expect(probed.flat().join('|')).not.toMatch(/putin/i);
    expect(onMaybe).not.toHaveBeenCalled();
    // Text a page's script put inside a script element is read, as the walk reads it.
    const inside = document.createElement('b');
    inside.textContent = 'Kyiv';
    script.append(inside);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onMaybe).toHaveBeenCalledTimes(1);
  });

  it('reads changes made while the first read yields once it is done, then each burst once', async () => {
    vi.useFakeTimers();
    const long = 'calm '.repeat(60_000);
    setBody(`<p>${long}</p><p>${long}</p>`);
    let clock = 0;
    const { onMaybe, probed } = startReader(() => {
      clock += 5;
      return clock;
    });
    expect(probed).toHaveLength(1);
    document.body.append('sports');
    // The rest of the first read, then at once the change (no wait for a burst to end).
    await vi.advanceTimersByTimeAsync(CHANGE_BATCH_MS / 2);
    expect(probed.flat().join('')).toHaveLength(2 * long.length + 'sports'.length);
    expect(probed.slice(-1)).toEqual([['sports']]);
    document.body.append('tides');
    document.body.append('weather');
    await vi.advanceTimersByTimeAsync(1000);
    expect(probed.slice(-1)).toEqual([['tides', 'weather']]);
    expect(onMaybe).not.toHaveBeenCalled();
  });
});

describe("the first pass leaves site chrome's landmarks out", () => {
  it.each([
    [
      "en: the page's header, menu and footer",
      '<header>Putin</header><nav>Kyiv</nav><footer>Ukraine</footer>',
    ],
    [
      'uk: a menu by its role',
      '<div role="navigation"><a>Київ</a></div><ul role="menubar"><li>Путін</li></ul>',
    ],
    [
      'ru: a search form and a banner',
      '<div role="search"><form>Кремль</form></div><div role="banner">Путин</div>',
    ],
  ])('%s: no maybe for keys only there', (_name, chrome) => {
    const body = setBody(`${chrome}<main><p>Weather and tides.</p></main>`);
    const { onMaybe, probed } = startReader();
    expect(onMaybe).not.toHaveBeenCalled();
    // The whole text said maybe; without the landmarks, no.
    expect(probed).toEqual([[body.textContent], ['Weather and tides.']]);
  });

  it('hands over the text without the landmarks where they and the story both hold a key', () => {
    const body = setBody('<nav>Kyiv</nav><main><p>Putin spoke.</p></main>');
    const { reader, onMaybe, probed } = startReader();
    expect(onMaybe).toHaveBeenCalledTimes(1);
    expect(probed).toEqual([['KyivPutin spoke.'], ['Putin spoke.']]);
    expect(reader.handOver()?.skimmed).toEqual({
      texts: ['Putin spoke.'],
      nodes: [body.querySelector('main')],
    });
  });

  it('reads the text again without the landmarks in a task of its own once the slice is up', async () => {
    vi.useFakeTimers();
    const body = setBody('<nav>Kyiv</nav><main><p>Weather and tides.</p></main>');
    let clock = 0;
    const { onMaybe, probed } = startReader(() => {
      clock += 5;
      return clock;
    });
    // The whole text said maybe, the menu holds a key: the slice's time was up by then.
    expect(probed).toEqual([[body.textContent]]);
    await vi.runAllTimersAsync();
    expect(probed).toEqual([[body.textContent], ['Weather and tides.']]);
    expect(onMaybe).not.toHaveBeenCalled();
  });

  it('looks for landmarks only after a maybe: a page that names nothing is read once, whole', () => {
    const body = setBody(
      '<header><nav>Home</nav></header><main><p>Weather.</p></main><footer>©</footer>',
    );
    const { onMaybe, probed } = startReader();
    expect(onMaybe).not.toHaveBeenCalled();
    expect(probed).toEqual([[body.textContent]]);
  });

  it("says maybe for a story's own header and an inline element of a chrome role", () => {
    setBody('<article><header><h1>Kyiv</h1></header></article>');
    expect(startReader().onMaybe).toHaveBeenCalledTimes(1);
    setBody('<p>Talks with <span role="navigation">Putin</span></p>');
    expect(startReader().onMaybe).toHaveBeenCalledTimes(1);
  });

  it('reads a long page again from the start of its batches, without the landmarks, after a maybe', async () => {
    vi.useFakeTimers();
    const long = 'calm '.repeat(60_000);
    setBody(`<p>${long}</p><p>${long}</p><footer>Kyiv</footer>`);
    let clock = 0;
    const { onMaybe, probed } = startReader(() => {
      clock += 5;
      return clock;
    });
    await vi.runAllTimersAsync();
    expect(onMaybe).not.toHaveBeenCalled();
    // Three batches to the maybe (the footer's key in the last), then the two paragraphs
    // again from the same place, in three batches too.
    const units = probed.map((batch) => batch.join('').length);
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
    expect(units).toHaveLength(6);
    expect(sum(units.slice(0, 3))).toBe(2 * long.length + 'Kyiv'.length);
    expect(sum(units.slice(3))).toBe(2 * long.length);
    expect(probed.every((batch) => batch.join('').length <= 1 << 18)).toBe(true);
  });

  it('leaves out a landmark of more than MAX_SKIMMED_ELEMENTS elements, read child by child', () => {
    const big = '<i>w</i>'.repeat(MAX_SKIMMED_ELEMENTS + 1);
    setBody(`<footer>${big}<a>Putin</a></footer><main><p>calm</p></main>`);
    const { onMaybe, probed } = startReader(() => 0);
    expect(onMaybe).not.toHaveBeenCalled();
    // Read child by child; the batch with the maybe read again without the footer's children.
    expect(probed.slice(-1)).toEqual([['calm']]);
  });

  it.each([
    [
      'en: a menu in the navigation in the page header',
      '<header>Site <nav>Home <div role="menu">World Business</div></nav></header>',
      ['Site Home World Business'],
    ],
    [
      'uk: a search form in the footer, and a banner after it',
      '<footer>Контакти <div role="search">Пошук</div></footer><div role="banner">Реклама</div>',
      ['Контакти Пошук', 'Реклама'],
    ],
    [
      'ru: menus nested three deep',
      '<nav>Главная <menu>Мир <div role="menubar">Спорт</div></menu></nav>',
      ['Главная Мир Спорт'],
    ],
  ])('%s: a landmark inside one read already is not read again', (_name, chrome, asked) => {
    setBody(`${chrome}<main><p>Putin spoke.</p></main>`);
    const { onMaybe, alone } = startReader();
    // The story's key: the maybe stands, and each landmark outside another was read once.
    expect(onMaybe).toHaveBeenCalledTimes(1);
    expect(alone).toEqual(asked);
  });

  it('reads the outer of two landmarks around an entry first, and the inner not again', () => {
    // Over MAX_SKIMMED_ELEMENTS in the menu: read child by child, each link an entry of its own.
    const filler = '<i>w</i>'.repeat(MAX_SKIMMED_ELEMENTS + 1);
    setBody(`<header>Site <nav>${filler}<a>Putin</a></nav></header><p>calm</p>`);
    const { onMaybe, alone } = startReader();
    // The maybe was the menu's: read again without the landmarks, none is left.
    expect(onMaybe).not.toHaveBeenCalled();
    expect(alone).toHaveLength(1);
    expect(alone[0]?.startsWith('Site ')).toBe(true);
  });

  it('looks for landmarks only in and around the entries of the batch that said maybe', () => {
    // Over MAX_SKIMMED_ELEMENTS: read child by child, the menu in the first batch only.
    const filler = '<i>w</i>'.repeat(MAX_SKIMMED_ELEMENTS + 1);
    setBody(`<nav>Kyiv</nav>${filler}<p>Putin spoke.</p>`);
    const { onMaybe, probed } = startReader();
    expect(onMaybe).toHaveBeenCalledTimes(1);
    // The first batch said maybe for the menu's key, and not without the menu; the last one's
    // maybe stands at once: no landmark is in it, the menu's key cannot have made it.
    const withKyiv = probed.filter((batch) => batch.includes('Kyiv'));
    const withPutin = probed.filter((batch) => batch.includes('Putin spoke.'));
    expect(withKyiv).toHaveLength(1);
    expect(withPutin).toHaveLength(1);
    expect(probed.at(-1)).toBe(withPutin[0]);
  });

  it('reads a landmark again once its role no longer makes it one', async () => {
    vi.useFakeTimers();
    setBody('<div id="menu" role="menu"><a>Kyiv</a></div><p>calm</p>');
    const { onMaybe, probed } = startReader();
    const menu = document.getElementById('menu') as HTMLElement;
    // Still chrome: read again, nothing of it.
    menu.setAttribute('role', 'menubar');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onMaybe).not.toHaveBeenCalled();
    menu.removeAttribute('role');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onMaybe).toHaveBeenCalledTimes(1);
    expect(probed.slice(-1)).toEqual([['Kyiv']]);
  });

  it("reads nothing again for a widget's change of role", async () => {
    vi.useFakeTimers();
    setBody('<nav><div id="tab" role="tab">Kyiv</div></nav><p>calm</p>');
    const { onMaybe, probed } = startReader();
    const read = probed.length;
    document.getElementById('tab')?.setAttribute('role', 'tabpanel');
    await vi.advanceTimersByTimeAsync(1000);
    expect(probed).toHaveLength(read);
    expect(onMaybe).not.toHaveBeenCalled();
  });

  it('reads a page header moved into an article, and one whose ancestor takes the main role', async () => {
    vi.useFakeTimers();
    setBody('<header id="top">Kyiv</header><article id="story"></article>');
    const first = startReader();
    document.getElementById('story')?.append(document.getElementById('top') as HTMLElement);
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.onMaybe).toHaveBeenCalledTimes(1);
    first.reader.stop();
    setBody('<div id="wrap"><header>Putin</header></div>');
    const second = startReader();
    document.getElementById('wrap')?.setAttribute('role', 'main');
    await vi.advanceTimersByTimeAsync(1000);
    expect(second.onMaybe).toHaveBeenCalledTimes(1);
  });
});

describe('the first pass hands over where its maybe was', () => {
  it('on a page read child by child: the node of the few thousand units the maybe is in, and the changes since', async () => {
    vi.useFakeTimers();
    const filler = '<i>weather and tides </i>'.repeat(MAX_SKIMMED_ELEMENTS);
    setBody(`<main><p id="early">Calm.</p>${filler}<p id="late">Kyiv</p></main>`);
    // Never out of time: the whole page is read before start() returns.
    const { reader, onMaybe, probed } = startReader(() => 0);
    expect(onMaybe).toHaveBeenCalledTimes(1);
    const read = probed.length;
    // After the maybe nothing more is read, but changes are kept for the key check.
    const early = document.getElementById('early')?.firstChild as Text;
    early.data = 'Putin spoke.';
    await vi.advanceTimersByTimeAsync(1000);
    expect(probed).toHaveLength(read);
    const at = reader.handOver();
    const index = [...document.querySelectorAll('i')].indexOf(
      (at?.from as Text | undefined)?.parentElement as HTMLElement,
    );
    // Runs of about 2^13 units: the maybe's run starts at the last paragraph's text or at most
    // ~410 filler nodes before it.
    const late = document.getElementById('late')?.firstChild;
    expect(at?.from === late || index > MAX_SKIMMED_ELEMENTS - 500).toBe(true);
    // What was read before it ends as the probe read it, to find a key across the two.
    expect(at?.before.endsWith('weather and tides ')).toBe(true);
    expect(at?.changed).toEqual([early]);
    // Handed over: nothing more is recorded.
    expect(reader.handOver()).toBeNull();
  });

  it('on a skimmed page: from its start, with the pieces the skim read', () => {
    const body = setBody('<main><p>Calm.</p><p>Kyiv</p></main>');
    const { reader } = startReader();
    // No code on the page: one piece, the body's whole text.
    expect(reader.handOver()).toEqual({
      from: null,
      changed: [],
      before: '',
      skimmed: { texts: ['Calm.Kyiv'], nodes: [body] },
    });
  });

  it('in later changes: the changes only', async () => {
    vi.useFakeTimers();
    setBody('<main><p>Calm.</p></main>');
    const { reader, onMaybe } = startReader();
    const added = document.createElement('p');
    added.textContent = 'Kyiv';
    document.querySelector('main')?.append(added);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onMaybe).toHaveBeenCalledTimes(1);
    expect(reader.handOver()).toEqual({ from: 'read', changed: [added], before: '' });
  });

  it('hands over nothing before a maybe', () => {
    setBody('<main><p>Calm.</p></main>');
    expect(startReader().reader.handOver()).toBeNull();
  });
});
