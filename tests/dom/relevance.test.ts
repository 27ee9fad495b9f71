/**
 * Topicality, regions and site chrome on the page: real dataset, real matcher, real scanner and
 * relevance; only the highlight registry is a fake. Every example text is our own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import type { Scope } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import { createRelevance, type TopicalityScope } from '@/utils/page/relevance';
import type { PageSettings } from '@/utils/page/types';
import { compileTopicCues } from '../support/planned-topic-cues';
import type { FakeRegistry } from './fakes/fake-highlight-registry';
import { ALL_ON, nextTask, setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const matcher = compileMatcher(dataset);
const scopes = new Map<string, Scope>(dataset.entities.map((e) => [e.id, e.scope]));
const cues = compileTopicCues(dataset.topic);

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

async function scan(
  html: string,
  options: { settings?: PageSettings; topicality?: TopicalityScope } = {},
) {
  setBody(html);
  const relevance = createRelevance({
    document,
    scopes,
    cues,
    ...(options.topicality === undefined ? {} : { topicality: options.topicality }),
  });
  const run = startScanner({
    matcher,
    observe: true,
    relevance,
    settings: options.settings ?? ALL_ON,
  });
  stop = () => run.controller.abort();
  await run.scanner.whenIdle();
  return { ...run, relevance };
}

/** Every highlighted text, people then institutions then figures. */
function shown(registry: FakeRegistry): string[] {
  return ['people', 'institutions', 'figures'].flatMap((category) =>
    registry.texts(`backstory-${category}-underline`),
  );
}

// Our own paragraphs, one per language, each about the talks.
const TALKS = {
  en: '<p>Ukraine was not invited to the talks, and Kyiv says no ceasefire deal can be made without it. The US delegation flew in.</p>',
  uk: '<p>Україну не запросили на переговори, а Київ каже, що перемир’я без нього неможливе. Делегація США вже прилетіла.</p>',
  ru: '<p>Украину не пригласили на переговоры, а Киев заявляет, что перемирие без него невозможно. Делегация США уже прилетела.</p>',
};
const UNRELATED =
  '<p>The US housing market cooled in spring as mortgage rates rose and buyers waited for the summer.</p>';

describe('general mentions need a text about the talks', () => {
  it.each(Object.entries(TALKS))(
    'shows them in an article about the talks (%s)',
    async (_lang, paragraph) => {
      const { registry, updates } = await scan(`<article>${paragraph}</article>`);
      expect(shown(registry)).toEqual([expect.stringMatching(/^(US|США)$/)]);
      expect(updates.at(-1)?.byId['united-states']).toBe(1);
    },
  );

  it('keeps them quiet on a page about something else, but not the specific actors', async () => {
    const { registry, updates } = await scan(
      `<article>${UNRELATED}<p>Trump spoke about taxes. Lavrov was in Ankara.</p></article>`,
    );
    expect(shown(registry)).toEqual(['Lavrov']);
    expect(updates.at(-1)?.total).toBe(1);
  });

  it('shows everything under "Where: every page"', async () => {
    const { registry } = await scan(`<article>${UNRELATED}</article>`, {
      settings: { ...ALL_ON, where: 'everywhere' },
    });
    expect(shown(registry)).toEqual(['US']);
  });

  it('lights the general mentions up when the page later becomes about the talks', async () => {
    const { registry, scanner } = await scan(`<main>${UNRELATED}</main>`);
    expect(shown(registry)).toEqual([]);
    document.querySelector('main')?.insertAdjacentHTML('beforeend', TALKS.en);
    await nextTask();
    await scanner.whenIdle();
    expect(shown(registry)).toEqual(['US', 'US']);
    expect(scanner.summary().byId['united-states']).toBe(2);
  });
});

describe('regions', () => {
  const sidebar = `<aside><h3>Also read</h3>${UNRELATED}</aside>`;

  it('judges a sidebar story by its own text, not by the article beside it', async () => {
    const { registry } = await scan(`<article>${TALKS.en}</article>${sidebar}`);
    expect(shown(registry)).toEqual(['US']);
  });

  it('judges the whole page alike with the page-level mode', async () => {
    const { registry } = await scan(`<article>${TALKS.en}</article>${sidebar}`, {
      topicality: 'page',
    });
    expect(shown(registry)).toEqual(['US', 'US']);
  });

  it('judges a headline link by its own words', async () => {
    const { registry } = await scan(
      `<article>${UNRELATED}</article><ul>
        <li><a href="/a">Trump says Ukraine talks will resume next week</a></li>
        <li><a href="/b">Trump opens a new golf course</a></li></ul>`,
    );
    expect(shown(registry)).toEqual(['Trump']);
  });

  it('judges each link of a strip of topic links by its own words, even on a topical page', async () => {
    const { registry } = await scan(
      `<div>
                <a href="/1">Trump tariffs</a>
                <a href="/2">Markets</a>
                <a href="/3">Trump and Zelensky: the ceasefire talks</a>
       </div><div>${TALKS.en}</div>`,
    );
    expect(shown(registry)).toEqual(['Trump', 'US']);
  });

  it('reads each region once until the page changes', async () => {
    const { relevance, scanner } = await scan(`<article>${UNRELATED}${UNRELATED}</article>`);
    const before = relevance.regionsRead();
    expect(before).toBeGreaterThan(0);
    scanner.summary();
    scanner.summary();
    expect(relevance.regionsRead()).toBe(before);
  });

  it('reads no region on a page without general candidates', async () => {
    const { relevance } = await scan(
      `<article><p>Lavrov met Ushakov.</p>${UNRELATED.replace('US ', '')}</article>`,
    );
    expect(relevance.regionsRead()).toBe(0);
  });
});

describe('regions where every key is known', () => {
  it('leaves a region unread where no key holds an anchor in it, until the page changes', async () => {
    const { relevance, scanner } = await scan(
      `<article id="sport">${UNRELATED}</article><article id="talks"><p>A ceasefire, they said.</p></article>`,
    );
    /** Regions read by a decision after a page change, told the keys (when given) first. */
    const readsAfterChange = (keys?: Text[]): number => {
      relevance.pageChanged();
      if (keys !== undefined) relevance.keysComplete(keys);
      const before = relevance.regionsRead();
      scanner.summary();
      return relevance.regionsRead() - before;
    };
    // No key anywhere: the sport story (its US the only mention) is not read, and not shown.
    expect(readsAfterChange([])).toBe(0);
    expect(scanner.summary().total).toBe(0);
    // A key with an anchor in the other story: still not this one.
    const kyiv = document.createTextNode(' Kyiv ');
    document.getElementById('talks')?.append(kyiv);
    expect(readsAfterChange([kyiv])).toBe(0);
    // A key with an anchor in this story: read.
    document.getElementById('sport')?.append(kyiv);
    expect(readsAfterChange([kyiv])).toBe(1);
    // Until the keys are known again after a change, every region asked about is read.
    expect(readsAfterChange()).toBe(1);
  });
});

describe('site chrome', () => {
  it('highlights nothing in navigation, footers or a consent dialog, even on a page about the talks', async () => {
    const { registry, updates } = await scan(`
      <header><nav><a href="/us">US</a> <a href="/europe">Europe</a> <a href="/l">Lavrov</a></nav></header>
      <article>${TALKS.en}</article>
      <div role="dialog" aria-modal="true"><p>Our partners in the US and Europe use cookies.</p></div>
      <footer><p>Reuters content © all rights reserved. Putin.</p></footer>`);
    expect(shown(registry)).toEqual(['US']);
    expect(updates.at(-1)?.total).toBe(1);
  });

  it('does not count chrome text as evidence: a menu of Ukraine links does not make a page topical', async () => {
    const { registry } = await scan(`
      <nav><a href="/u">Ukraine</a> <a href="/k">Kyiv</a> <a href="/t">Peace talks</a> <a href="/w">War</a></nav>
      <main>${UNRELATED}</main>`);
    expect(shown(registry)).toEqual([]);
  });
});

describe('the story a mention belongs to', () => {
  it('reads a pull quote inside an article as part of the article', async () => {
    const { registry } = await scan(
      `<article>${TALKS.en}<aside><p>Europe will not be at the table, he said.</p></aside></article>`,
    );
    expect(shown(registry)).toEqual(['US', 'Europe']);
  });

  it('reads an unrelated story inside a topical sidebar by its own text', async () => {
    const { registry } = await scan(
      `<main>${TALKS.en}</main><aside>${TALKS.uk}<article>${UNRELATED}</article></aside>`,
    );
    expect(shown(registry)).toEqual(['US', 'США']);
  });
});

describe('judging the regions around keys in slices', () => {
  /** A page of nested divs: a story about the talks beside a long column about something else. */
  const page = (talks: string) =>
    `<div><div><div id="story"><h2>Talks</h2>${talks}${talks}</div>
     <div id="column">${`<p>${'<span>The housing market cooled in spring.</span> '.repeat(40)}</p>`.repeat(30)}</div></div></div>`;
  /** The text nodes that hold an anchor (as the key search would find them). */
  const anchorTexts = (): Text[] => {
    const found: Text[] = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (/Kyiv|Київ|Киев/.test((node as Text).data)) found.push(node as Text);
    }
    return found;
  };
  /** A clock that moves one millisecond each time it is read. */
  const ticking = () => {
    let t = 0;
    return () => ++t;
  };

  it.each(Object.entries(TALKS))(
    'finds in several steps what one step finds (%s)',
    (_lang, talks) => {
      setBody(page(talks));
      const expected = createRelevance({ document, scopes, cues }).topicalRegions(
        anchorTexts(),
        [],
      );
      expect(expected.length).toBeGreaterThan(0);
      const now = ticking();
      const judging = createRelevance({ document, scopes, cues }).judgeRegions(
        anchorTexts(),
        [],
        undefined,
        now,
      );
      let steps = 1;
      while (!judging.step(now() + 1)) steps++;
      expect(steps).toBeGreaterThan(2);
      expect(judging.regions()).toEqual(expected);
    },
  );

  it('gives up when the page changes between steps; a new judging sees the page as it is', () => {
    setBody(page(TALKS.en));
    const relevance = createRelevance({ document, scopes, cues });
    const now = ticking();
    const judging = relevance.judgeRegions(anchorTexts(), [], undefined, now);
    expect(judging.step(now() + 1)).toBe(false);
    relevance.pageChanged();
    while (!judging.step(now() + 1)) {}
    expect(judging.regions()).toEqual([]);
    expect(relevance.topicalRegions(anchorTexts(), []).length).toBeGreaterThan(0);
  });

  it('counts as the page is now where the page moved the node the walk stood on', () => {
    setBody(page(TALKS.en));
    const relevance = createRelevance({ document, scopes, cues });
    const now = ticking();
    const before = createRelevance({ document, scopes, cues }).topicalRegions(anchorTexts(), []);
    const judging = relevance.judgeRegions(anchorTexts(), [], undefined, now);
    expect(judging.step(now() + 1)).toBe(false);
    // Without the long column the story's region around it is the whole page, now topical.
    document.getElementById('column')?.remove();
    while (!judging.step(now() + 1)) {}
    const fresh = createRelevance({ document, scopes, cues }).topicalRegions(anchorTexts(), []);
    expect(fresh).not.toEqual(before);
    expect(judging.regions()).toEqual(fresh);
  });
});
