/**
 * Reading only around keys (utils/page/key-regions.ts), on small pages of the kinds where it
 * matters, in en, uk and ru: a general mention whose topic anchor is in a sibling paragraph, a
 * teaser whose summary names the anchor under its headline link, a page built of divs, a site
 * menu naming Ukraine over an unrelated article, and a key the page adds later. Each page is
 * scanned reading the whole page and reading around keys: both must show the same, and that
 * must be what a reader of the page should get.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyWalk, createNodesWalk } from '@/utils/page/key-regions';
import { gateScanFor } from '../support/gate-scan';
import { nextTask, setBody } from './fakes/page';
import { eachWay, type Run, shown, skimmedCandidates, startRun } from './fakes/region-runs';

type Lang = 'en' | 'uk' | 'ru';

/** Words per language: a general name (the US), an anchor (Kyiv), talk words, filler. */
const W: Record<
  Lang,
  { us: string; kyiv: string; putin: string; talks: string; filler: string; sport: string }
> = {
  en: {
    us: 'US',
    putin: 'Putin',
    kyiv: 'Kyiv',
    talks: 'ceasefire talks and negotiations',
    filler: 'The delegations met for several hours and agreed to meet again next week.',
    sport: 'The US team won the relay final after a long evening of heats in the rain.',
  },
  uk: {
    us: 'США',
    putin: 'Путін',
    kyiv: 'Київ',
    talks: 'переговори про перемир’я',
    filler: 'Делегації зустрічалися кілька годин і домовилися зустрітися знову наступного тижня.',
    sport: 'Збірна США виграла фінал естафети після довгого вечора забігів під дощем.',
  },
  ru: {
    us: 'США',
    // The surname alone is also a common word (a fishing season): it needs the full name.
    putin: 'Владимир Путин',
    kyiv: 'Киев',
    talks: 'переговоры о перемирии',
    filler:
      'Делегации встречались несколько часов и договорились встретиться снова на следующей неделе.',
    sport: 'Сборная США выиграла финал эстафеты после долгого вечера забегов под дождём.',
  },
};

/** The general mentions shown, by matched text. */
function shownTexts(lines: string[]): string[] {
  return lines.map((line) => line.match(/"(.*)"/)?.[1] ?? line);
}

const LANGS: Lang[] = ['en', 'uk', 'ru'];

interface Case {
  name: string;
  page(w: (typeof W)[Lang]): string;
  /** What a reader gets, as matched texts in document order. */
  expected(w: (typeof W)[Lang]): string[];
  /** Reading around keys reads less than the whole page. */
  readsLess: boolean;
}

const CASES: Case[] = [
  {
    name: 'anchor in a sibling paragraph of the article',
    page: (w) =>
      `<article><h1>${w.filler}</h1><p>${w.us} ${w.filler}</p><p>${w.kyiv}: ${w.talks}. ${w.filler}</p></article>
       <aside><p>${w.sport}</p><p>${w.filler.repeat(80)}</p></aside>`,
    expected: (w) => [w.us],
    readsLess: true,
  },
  {
    name: 'teaser link with its summary, among other links',
    // The page around is long and about something else: only the teaser is about the talks.
    page: (w) =>
      `<main><p>${w.sport} ${w.filler.repeat(40)}</p><ul>
         <li><div><h3><a href="/1">${w.us} ${w.filler}</a></h3><p>${w.kyiv}, ${w.talks}.</p></div></li>
         <li><div><h3><a href="/2">${w.sport}</a></h3><p>${w.filler}</p></div></li>
       </ul><p>${w.filler.repeat(40)}</p></main>`,
    expected: (w) => [w.us],
    readsLess: true,
  },
  {
    name: 'a page of divs: the story-sized block with the anchor, not the sports column',
    page: (w) =>
      `<div><div><div><h2>${w.filler}</h2><div>${w.us} ${w.filler}</div><div>${w.kyiv}: ${w.talks}. ${w.filler}</div></div>
       <div><h2>${w.filler}</h2><div>${w.sport} ${w.filler}</div><div>${w.filler.repeat(80)}</div></div></div></div>`,
    expected: (w) => [w.us],
    readsLess: true,
  },
  {
    name: 'a site menu naming Kyiv over an unrelated article',
    page: (w) =>
      `<header><nav><ul><li><a href="/k">${w.kyiv}</a></li><li><a href="/s">${w.talks}</a></li></ul></nav></header>
       <main><article><h1>${w.sport}</h1><p>${w.us} ${w.filler}</p><p>${w.sport}</p></article></main>`,
    expected: () => [],
    readsLess: true,
  },
  {
    name: 'a specific name in a teaser of an unrelated page, talk words but no anchor',
    // The name is shown wherever it is; the general mentions are not: no region names Ukraine.
    page: (w) =>
      `<main><article><h1>${w.sport}</h1><p>${w.us} ${w.talks}. ${w.filler}</p><p>${w.sport}</p></article>
       <aside><ul><li><a href="/p">${w.putin}, ${w.us}: ${w.talks}</a></li><li><a href="/s">${w.sport}</a></li></ul></aside></main>`,
    expected: (w) => [w.putin],
    readsLess: true,
  },
  {
    name: 'a name and then an anchor in one text node, a general mention beside them',
    // The node is found for the name; its anchor still makes the article around it topical.
    page: (w) =>
      `<article><h1>${w.filler}</h1><p>${w.putin} ${w.filler} ${w.kyiv}, ${w.talks}.</p><p>${w.us} ${w.filler}</p></article>
       <aside><p>${w.sport}</p><p>${w.filler.repeat(80)}</p></aside>`,
    expected: (w) => [w.putin, w.us],
    readsLess: true,
  },
];

interface UnreadCase {
  name: string;
  page(w: (typeof W)[Lang]): string;
  expected(w: (typeof W)[Lang]): string[];
  /**
   * Whether reading around keys counts some region's cues: none where no anchor's node is in
   * any region a mention sits in; some where one is, even if it is not counted there (chrome).
   */
  reads: 'none' | 'some';
}

/**
 * A name's block read for the name holds general mentions too, and the region around them
 * must be judged. Where every key is known, a region that holds no anchor's node is not
 * topical without reading it; a long story about something else is the usual such region.
 */
const UNREAD_CASES: UnreadCase[] = [
  {
    name: 'a name and a general mention in one paragraph of a long story about sport',
    page: (w) =>
      `<article><h1>${w.sport}</h1><p>${w.putin}. ${w.sport}</p>${`<p>${w.filler}</p>`.repeat(30)}</article>`,
    expected: (w) => [w.putin],
    reads: 'none',
  },
  {
    name: 'the same story with an anchor in another paragraph',
    page: (w) =>
      `<article><h1>${w.sport}</h1><p>${w.putin}. ${w.sport}</p><p>${w.kyiv}: ${w.talks}.</p>${`<p>${w.filler}</p>`.repeat(3)}</article>`,
    // The headline's general mention too: the story is about the talks now.
    expected: (w) => [w.us, w.putin, w.us],
    reads: 'some',
  },
  {
    name: 'the anchor only in a menu inside the story (its node is there, its cue not counted)',
    page: (w) =>
      `<article><nav><ul><li><a href="/k">${w.kyiv}</a></li><li><a href="/s">${w.talks}</a></li></ul></nav>
       <h1>${w.sport}</h1><p>${w.putin}. ${w.sport}</p>${`<p>${w.filler}</p>`.repeat(3)}</article>`,
    expected: (w) => [w.putin],
    reads: 'some',
  },
  {
    name: 'the anchor split over two elements (no node holds it; regions count node by node)',
    page: (w) =>
      `<article><h1>${w.sport}</h1><p>${w.putin}. ${w.sport}</p><p>${w.kyiv.slice(0, 2)}<b>${w.kyiv.slice(2)}</b>: ${w.talks}.</p></article>`,
    expected: (w) => [w.putin],
    reads: 'none',
  },
  {
    name: 'the anchor only in a script, a hidden part and an editor inside the story',
    page: (w) =>
      `<article><h1>${w.sport}</h1><p>${w.putin}. ${w.sport}</p><script>"${w.kyiv}"</script>
       <p hidden>${w.kyiv}: ${w.talks}.</p><div contenteditable="true">${w.kyiv}: ${w.talks}.</div></article>`,
    expected: (w) => [w.putin],
    reads: 'none',
  },
];

/**
 * Scans the case's page reading the whole page, around keys, and around keys from the skim's
 * candidates: all three must show the same, and that must be what a reader should get.
 */
async function shownAlikeEachWay(
  c: Pick<Case, 'page' | 'expected'>,
  w: (typeof W)[Lang],
): Promise<Awaited<ReturnType<typeof eachWay>>> {
  setBody(c.page(w));
  const result = await eachWay();
  expect(result.regional).toEqual(result.whole);
  expect(result.fromCandidates).toEqual(result.whole);
  expect(shownTexts(result.whole)).toEqual(c.expected(w));
  return result;
}

/** Runs a walk whose clock is always past its deadline to its end: how many steps it took. */
function stepsToEnd(walk: { step(deadline: number): boolean }): number {
  let steps = 1;
  while (!walk.step(0)) steps++;
  return steps;
}

let runs: Run[] = [];
afterEach(() => {
  for (const run of runs) run.controller.abort();
  runs = [];
});

describe('reading around keys, small pages', () => {
  for (const lang of LANGS) {
    const w = W[lang];
    for (const c of CASES) {
      it(`${lang}: ${c.name}`, async () => {
        const result = await shownAlikeEachWay(c, w);
        if (c.readsLess) expect(result.regionalChars).toBeLessThan(result.wholeChars);
      });
    }

    for (const c of UNREAD_CASES) {
      it(`${lang}: ${c.name}`, async () => {
        const result = await shownAlikeEachWay(c, w);
        // Reading the whole page, no search for keys: every mention's region is read.
        expect(result.wholeRegionsRead).toBeGreaterThan(0);
        if (c.reads === 'none') expect(result.regionalRegionsRead).toBe(0);
        else expect(result.regionalRegionsRead).toBeGreaterThan(0);
      });
    }

    it(`${lang}: keys without an anchor (a name in a teaser) count no region's cues`, async () => {
      // A long page about something else whose only key is a name in a related-stories list.
      const page = `<main><article><h1>${w.sport}</h1>${`<p>${w.us} ${w.talks}. ${w.filler}</p>`.repeat(30)}</article>
        <aside><ul><li><a href="/p">${w.putin}: ${w.filler}</a></li><li><a href="/s">${w.sport}</a></li></ul></aside></main>`;
      setBody(page);
      const run = startRun(true);
      runs.push(run);
      await run.scanner.whenIdle();
      expect(shownTexts(shown(run))).toEqual([w.putin]);
      expect(run.relevance.regionsRead()).toBe(0);
      // With an anchor next to the name, the regions around it are judged again.
      run.controller.abort();
      setBody(page.replace(`${w.putin}:`, `${w.putin}, ${w.kyiv}:`));
      const anchored = startRun(true);
      runs.push(anchored);
      await anchored.scanner.whenIdle();
      expect(anchored.relevance.regionsRead()).toBeGreaterThan(0);
    });

    it(`${lang}: a key the page adds later makes the region around it topical`, async () => {
      const page = `<article><h1>${w.filler}</h1><p>${w.us} ${w.filler}</p><p id="later">${w.filler}</p></article>
        <aside><p>${w.sport}</p></aside>`;
      const after: string[][] = [];
      for (const regional of [false, true]) {
        setBody(page);
        const run = startRun(regional, { observe: true });
        runs.push(run);
        await run.scanner.whenIdle();
        expect(shown(run)).toEqual([]);
        const later = document.getElementById('later');
        if (later === null) throw new Error('no #later');
        later.append(document.createTextNode(` ${w.kyiv}: ${w.talks}.`));
        await nextTask();
        await run.scanner.whenIdle();
        after.push(shown(run));
        run.controller.abort();
      }
      expect(after[1]).toEqual(after[0]);
      expect(shownTexts(after[0] ?? [])).toEqual([w.us]);
    });

    it(`${lang}: a page that removes text can make a region topical, and it is read then`, async () => {
      // Too long for its few cues to make it topical (topicality.ts: cues per 1,000 characters).
      const long = `<p>${w.filler.repeat(5)}</p>`.repeat(16);
      const page = `<article><p>${w.us} ${w.filler}</p><p>${w.kyiv}: ${w.talks}.</p><div id="long">${long}</div></article>`;
      const after: string[][] = [];
      for (const regional of [false, true]) {
        setBody(page);
        const run = startRun(regional, { observe: true });
        runs.push(run);
        await run.scanner.whenIdle();
        expect(shown(run)).toEqual([]);
        document.getElementById('long')?.remove();
        await nextTask();
        await run.scanner.whenIdle();
        after.push(shown(run));
        run.controller.abort();
      }
      expect(after[1]).toEqual(after[0]);
      expect(shownTexts(after[0] ?? [])).toEqual([w.us]);
    });
  }
});

describe('the search for keys', () => {
  const keys = ['putin', 'kyiv', 'київ', 'киев'];
  const found = (html: string, inlineOnly = false): string[] => {
    setBody(html);
    const texts: string[] = [];
    const walk = createKeyWalk({
      root: document.body,
      inlineOnly,
      scan: gateScanFor(keys),
      onKey: (text) => texts.push(text.data),
    });
    while (!walk.step(Number.POSITIVE_INFINITY)) {
      // runs in one step without a deadline
    }
    return texts;
  };

  it.each([
    ['en', '<p>Vladimir <b>P</b>utin spoke.</p>', ['utin spoke.']],
    ['uk', '<p>Ки<i>їв</i> і Львів</p>', ['їв']],
    ['ru', '<p><span>Ки</span>ев</p>', ['ев']],
  ])('%s: finds a key split over the text nodes of one block', (_lang, html, expected) => {
    expect(found(html)).toEqual(expected);
  });

  it.each([
    ['en', '<p>Pu<span hidden>x</span>tin</p>', ['tin']],
    ['uk', '<p>Ки<select><option>x</option></select>їв</p>', ['їв']],
    ['ru', '<p>Ки<span contenteditable="true">x</span>ев</p>', ['ев']],
  ])(
    '%s: reads the text the block walk reads, around skipped elements',
    (_lang, html, expected) => {
      expect(found(html)).toEqual(expected);
    },
  );

  it('finds nothing in scripts, hidden text or editors', () => {
    expect(
      found(
        '<p>a</p><script>Putin()</script><div hidden>Kyiv</div><div contenteditable>Київ</div><p>b</p>',
      ),
    ).toEqual([]);
  });

  it.each([
    ['en', 'Putin', 'The weather was mild and the market was busy all morning.'],
    ['uk', 'Київ', 'Погода була м’яка, і на ринку весь ранок було людно.'],
    ['ru', 'Киев', 'Погода была мягкой, и на рынке всё утро было людно.'],
  ])('%s: finds every key node of a long page', (_lang, key, filler) => {
    // Over 100 KB of text; keys in the first paragraphs, two neighbours in the middle, the last.
    const at = new Set([3, 700, 701, 1499]);
    const html = Array.from(
      { length: 1500 },
      (_, i) => `<p>${filler} ${at.has(i) ? `${key} ${i}` : i}</p>`,
    ).join('\n');
    expect(found(html)).toEqual([...at].map((i) => `${filler} ${key} ${i}`));
  });

  it('finds a key split over two nodes where the walk pauses between them', () => {
    // A clock always past the deadline: the walk pauses every 256 nodes, reading its batch.
    setBody(`${'<i>a </i>'.repeat(255)}<b>Pu</b>tin and <b>Ky</b>iv`);
    const texts: string[] = [];
    const walk = createKeyWalk({
      root: document.body,
      inlineOnly: false,
      scan: gateScanFor(keys),
      onKey: (text) => texts.push(text.data),
      now: () => 1,
    });
    expect(stepsToEnd(walk)).toBeGreaterThan(1);
    expect(texts).toEqual(['tin and ', 'iv']);
  });

  it("reads a container's own inline text only, when asked", () => {
    expect(found('Putin <div>Kyiv</div> <b>Київ</b>', true)).toEqual(['Putin ', 'Київ']);
  });
});

describe("the search for keys in the skim's candidates", () => {
  const keys = ['putin', 'kyiv', 'київ', 'киев'];
  /** The text nodes the walk of every text node finds keys in, and the candidates' walk. */
  const bothSearches = (html: string): { everyNode: string[]; candidates: string[] } => {
    setBody(html);
    const search = (walk: (onKey: (text: Text) => void) => { step(d: number): boolean }) => {
      const texts: string[] = [];
      const running = walk((text) => texts.push(text.data));
      while (!running.step(Number.POSITIVE_INFINITY)) {
        // one step without a deadline
      }
      return texts;
    };
    const candidates = skimmedCandidates();
    if (candidates === null) throw new Error('too long to narrow');
    return {
      everyNode: search((onKey) =>
        createKeyWalk({
          root: document.body,
          inlineOnly: false,
          scan: gateScanFor(keys),
          onKey,
        }),
      ),
      candidates: search((onKey) =>
        createNodesWalk({
          root: document.body,
          nodes: candidates.near,
          scan: gateScanFor(keys),
          onKey,
        }),
      ),
    };
  };

  it.each([
    ['en: a name split over nodes', '<p>Vladimir <b>P</b>utin spoke.</p>', ['utin spoke.']],
    ['uk: split around a script', '<p>Ки<script>x</script>їв і Львів</p>', ['їв і Львів']],
    [
      'ru: in a long page of divs',
      `${'<div><div>Погода.</div></div>'.repeat(400)}<div><i>Ки</i>ев</div>`,
      ['ев'],
    ],
    [
      'en: none in scripts, hidden text or editors',
      '<p>a</p><script>Putin()</script><div hidden>Kyiv</div><div contenteditable>Київ</div>',
      [],
    ],
    [
      'en: keys far apart, each with its own stretch',
      `<p>Putin</p>${'<p>calm</p>'.repeat(300)}<p>and Kyiv</p>`,
      ['Putin', 'and Kyiv'],
    ],
  ])('%s: finds what the walk of every text node finds', (_name, html, expected) => {
    const { everyNode, candidates } = bothSearches(html);
    expect(everyNode).toEqual(expected);
    expect(candidates).toEqual(everyNode);
  });

  it.each([
    ['en', '<p>Pu<span hidden>x</span>tin</p>'],
    ['uk', '<p>Ки<select><option>x</option></select>їв</p>'],
    ['ru', '<p>Ки<span contenteditable="true">x</span>ев</p>'],
  ])(
    '%s: a key whose halves only a skipped element parts is not among them, as the first pass does not see it',
    (_lang, html) => {
      // The skim reads the page's text with that element's; the first pass wakes the engine
      // for no such key either. Written down, not hidden: the walk of every node finds it.
      const { everyNode, candidates } = bothSearches(html);
      expect(everyNode).toHaveLength(1);
      expect(candidates).toEqual([]);
    },
  );

  it('leaves out nodes gone since the skim or in a part hidden since', () => {
    setBody('<p id="a">Putin</p><p id="b">Kyiv</p><p id="c">Київ</p>');
    const candidates = skimmedCandidates();
    if (candidates === null) throw new Error('too long to narrow');
    document.getElementById('a')?.remove();
    document.getElementById('b')?.setAttribute('hidden', '');
    const texts: string[] = [];
    const walk = createNodesWalk({
      root: document.body,
      nodes: candidates.near,
      scan: gateScanFor(keys),
      onKey: (text) => texts.push(text.data),
    });
    expect(walk.step(Number.POSITIVE_INFINITY)).toBe(true);
    expect(texts).toEqual(['Київ']);
  });

  it('pauses on the clock and goes on, a key split across the pause', () => {
    setBody(`${'<i>a </i>'.repeat(300)}<b>Pu</b>tin`);
    // Every text node as a candidate of its own: the walk pauses every 256 of them.
    const nodes = [...document.body.querySelectorAll('i, b')].map((e) => e.firstChild as Text);
    nodes.push(document.body.lastChild as Text);
    const texts: string[] = [];
    const walk = createNodesWalk({
      root: document.body,
      nodes,
      scan: gateScanFor(keys),
      onKey: (text) => texts.push(text.data),
      now: () => 1,
    });
    expect(stepsToEnd(walk)).toBeGreaterThan(1);
    expect(texts).toEqual(['tin']);
  });
});

describe('reading around keys from the candidates, after the page changed', () => {
  /**
   * Scans the page from the skim's candidates taken before `change`, with what `change`
   * returns as the nodes changed since, and the whole page after it: what each shows.
   */
  const fromCandidatesAndWhole = async (change: () => Node[]) => {
    const candidates = skimmedCandidates();
    if (candidates === null) throw new Error('too long to narrow');
    const before = candidates.near;
    const changed = change();
    // The changed parts are far from any key the skim saw: only their change finds them.
    for (const node of changed) expect(before.some((near) => near.contains(node))).toBe(false);
    const run = startRun(true, { keyCandidates: () => ({ near: before, changed }) });
    runs.push(run);
    await run.scanner.whenIdle();
    const fromCandidates = shown(run);
    run.controller.abort();
    const whole = startRun(false);
    runs.push(whole);
    await whole.scanner.whenIdle();
    return { fromCandidates, whole: shown(whole) };
  };

  for (const lang of LANGS) {
    const w = W[lang];
    // Parts long enough to be looked into (key-candidates.ts), keeping the changes far.
    const far = `<p>${w.filler.repeat(16)}</p>`;

    it(`${lang}: an element added since the skim with an anchor makes its region topical`, async () => {
      setBody(
        `<article><h1>${w.filler}</h1><p>${w.us} ${w.filler}</p>${far}<p id="b">${w.filler}</p></article>
         <aside>${far}${far}</aside><p>${w.putin}</p>`,
      );
      const result = await fromCandidatesAndWhole(() => {
        const added = document.createElement('span');
        added.textContent = ` ${w.kyiv}: ${w.talks}.`;
        document.getElementById('b')?.append(added);
        return [added];
      });
      expect(result.fromCandidates).toEqual(result.whole);
      expect(shownTexts(result.fromCandidates)).toEqual([w.us, w.putin]);
    });

    it(`${lang}: text changed since the skim is read with its container, a name split over nodes`, async () => {
      setBody(
        `<main>${far}<p id="c">${w.sport}</p>${far}</main><aside>${far}</aside><p>${w.putin}</p>`,
      );
      const result = await fromCandidatesAndWhole(() => {
        const c = document.getElementById('c') as HTMLElement;
        c.innerHTML = `<b>${w.putin.slice(0, 2)}</b>x`;
        const tail = c.lastChild as Text;
        tail.data = w.putin.slice(2);
        return [tail];
      });
      expect(result.fromCandidates).toEqual(result.whole);
      expect(shownTexts(result.fromCandidates)).toEqual([w.putin, w.putin]);
    });

    it(`${lang}: an element added since the skim is read with its container, a name's end beside its start`, async () => {
      setBody(
        `<main>${far}<p id="c">${w.sport} ${w.putin.slice(0, 2)}</p>${far}</main><aside>${far}</aside><p>${w.putin}</p>`,
      );
      const result = await fromCandidatesAndWhole(() => {
        const end = document.createElement('b');
        end.textContent = w.putin.slice(2);
        document.getElementById('c')?.append(end);
        return [end];
      });
      expect(result.fromCandidates).toEqual(result.whole);
      expect(shownTexts(result.fromCandidates)).toEqual([w.putin, w.putin]);
    });
  }
});
