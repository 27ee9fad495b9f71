import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightRegistry } from '@/utils/page/highlight-registry';
import { createScanner } from '@/utils/page/scanner';
import {
  createFakeRegistry,
  installFakeHighlightApi,
  rangeText,
} from './fakes/fake-highlight-registry';
import { createFakeMatcher } from './fakes/fake-matcher';
import { ALL_ON, setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const ARTICLE = `
  <h1>Talks</h1>
  <p>Sergey <b>Lavrov</b> met the press. <a href="#">Put<span>in</span></a> spoke.</p>
  <p>The Kremlin said 42% agree. Putin again.</p>
  <script>Putin()</script>
`;

describe('scanner', () => {
  it('finds mentions across inline elements and registers them by category and style', async () => {
    setBody(ARTICLE);
    const { scanner, registry } = startScanner();
    await scanner.whenIdle();
    expect(scanner.mentions().map((mention) => mention.matched)).toEqual([
      'Sergey Lavrov',
      'Putin',
      'Kremlin',
      '42%',
      'Putin',
    ]);
    expect(registry.texts('backstory-people-underline')).toEqual([
      'Sergey Lavrov',
      'Putin',
      'Putin',
    ]);
    expect(registry.texts('backstory-institutions-underline')).toEqual(['Kremlin']);
    expect(registry.texts('backstory-figures-underline')).toEqual(['42%']);
    expect(scanner.mentions().map((mention) => mention.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('changes nothing in the page', async () => {
    setBody(ARTICLE);
    const before = document.documentElement.outerHTML;
    const { scanner } = startScanner({ observe: true });
    await scanner.whenIdle();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reports a summary of mentions by id and category', async () => {
    setBody(ARTICLE);
    const { scanner, updates } = startScanner();
    await scanner.whenIdle();
    expect(updates.at(-1)).toEqual({
      total: 5,
      byId: { 'sergey-lavrov': 1, 'vladimir-putin': 2, kremlin: 1, 'poll-42': 1 },
      byCategory: { people: 3, institutions: 1, figures: 1 },
    });
  });

  describe('applySettings re-applies without rescanning', () => {
    it.each([
      [
        'another style moves ranges to other names',
        { ...ALL_ON, style: 'background' as const },
        {
          'backstory-people-background': ['Sergey Lavrov', 'Putin', 'Putin'],
          'backstory-institutions-background': ['Kremlin'],
          'backstory-figures-background': ['42%'],
        },
      ],
      [
        'a category switched off is unregistered',
        { ...ALL_ON, categories: { people: false, institutions: true, figures: true } },
        {
          'backstory-institutions-underline': ['Kremlin'],
          'backstory-figures-underline': ['42%'],
        },
      ],
      [
        'first mention only keeps the first of each id',
        { ...ALL_ON, firstMentionOnly: true },
        {
          'backstory-people-underline': ['Sergey Lavrov', 'Putin'],
          'backstory-institutions-underline': ['Kremlin'],
          'backstory-figures-underline': ['42%'],
        },
      ],
      ['style none registers nothing', { ...ALL_ON, style: 'none' as const }, {}],
    ])('%s', async (_name, next, expected) => {
      setBody(ARTICLE);
      const { scanner, registry, calls } = startScanner();
      await scanner.whenIdle();
      const matcherCalls = calls.length;
      scanner.applySettings(next);
      const registered = Object.fromEntries(
        [...registry.entries.keys()].map((name) => [name, registry.texts(name)]),
      );
      expect(registered).toEqual(expected);
      expect(calls.length).toBe(matcherCalls);
      expect(scanner.mentions()).toHaveLength(5);
    });

    it('hides switched-off categories from hit lookups and keyboard order', async () => {
      setBody(ARTICLE);
      const { scanner } = startScanner();
      await scanner.whenIdle();
      scanner.applySettings({
        ...ALL_ON,
        categories: { people: true, institutions: false, figures: false },
      });
      expect(scanner.index.mentionsInOrder().map((mention) => mention.matched)).toEqual([
        'Sergey Lavrov',
        'Putin',
        'Putin',
      ]);
      const kremlin = scanner.mentions().find((mention) => mention.id === 'kremlin');
      const node = kremlin?.block.nodes[0];
      if (kremlin === undefined || node === undefined) throw new Error('missing');
      expect(scanner.index.at(node, kremlin.start)).toBeNull();
    });
  });

  it('paints the focused mention above the others and clears it', async () => {
    setBody(ARTICLE);
    const { scanner, registry } = startScanner();
    await scanner.whenIdle();
    const kremlin = scanner.mentions()[2] ?? null;
    scanner.setFocused(kremlin);
    expect(registry.texts('backstory-focus')).toEqual(['Kremlin']);
    const focusPriority = registry.entries.get('backstory-focus')?.priority ?? 0;
    const categoryPriority = registry.entries.get('backstory-people-underline')?.priority ?? 0;
    expect(focusPriority).toBeGreaterThan(categoryPriority);
    scanner.setFocused(null);
    expect(registry.entries.has('backstory-focus')).toBe(false);
  });

  it('forgets the focused mention once a setting hides it, so keyboard steps start afresh', async () => {
    setBody(ARTICLE);
    const { scanner, registry } = startScanner();
    await scanner.whenIdle();
    const kremlin = scanner.mentions().find((mention) => mention.id === 'kremlin') ?? null;
    const putin = scanner.mentions().find((mention) => mention.id === 'putin') ?? null;
    const noInstitutions = { ...ALL_ON, categories: { ...ALL_ON.categories, institutions: false } };
    scanner.setFocused(putin);
    scanner.applySettings(noInstitutions);
    expect(scanner.focused()).toBe(putin);
    scanner.applySettings(ALL_ON);
    scanner.setFocused(kremlin);
    expect(scanner.focused()).toBe(kremlin);
    scanner.applySettings(noInstitutions);
    expect(scanner.focused()).toBeNull();
    expect(registry.entries.has('backstory-focus')).toBe(false);
  });

  it('leaves the caller’s task before any work, and is not idle until that work is done', async () => {
    setBody(ARTICLE);
    const { scanner, calls, registry } = startScanner();
    // The caller has typically just compiled the matcher: none of the scan shares its task.
    expect(calls.length).toBe(0);
    await scanner.whenIdle();
    expect(calls.length).toBeGreaterThan(0);
    expect(registry.texts('backstory-people-underline')).toEqual([
      'Sergey Lavrov',
      'Putin',
      'Putin',
    ]);
  });

  it('works in slices on a large page and counts what it read', async () => {
    const paragraphs = Array.from(
      // Enough for many slices with the work-based clock below, small enough for happy-dom.
      { length: 500 },
      (_, i) => `<p>Paragraph ${i} about <b>Put</b>in and the <i>Kremlin</i>.</p>`,
    );
    setBody(paragraphs.join(''));
    const yields: number[] = [];
    let clock = 0;
    const { matcher } = createFakeMatcher();
    const scanner = createScanner({
      document,
      matcher,
      settings: ALL_ON,
      signal: new AbortController().signal,
      registry: createHighlightRegistry(document),
      observe: false,
      // A clock that advances on every read makes slices end after a fixed amount of work.
      now: () => (clock += 1),
      yieldToPage: async () => {
        yields.push(clock);
      },
    });
    scanner.start();
    await scanner.whenIdle();
    const stats = scanner.stats();
    expect(stats.chunks).toBeGreaterThan(1);
    // One yield before each slice: start() leaves its caller's task first, then between slices.
    expect(yields.length).toBe(stats.chunks);
    expect(stats.mentions).toBe(1000);
    expect(stats.textNodes).toBe(500 * 5);
    expect(stats.characters).toBe(document.body.textContent?.length);
    expect(stats.initialScanWallMs).not.toBeNull();
  });

  it('paints the first mentions at once, later ones in batches, and all of them at the end', async () => {
    setBody(
      Array.from(
        { length: 300 },
        (_, i) => `<p>Paragraph ${i}: <b>Put</b>in and the Kremlin.</p>`,
      ).join(''),
    );
    let clock = 0;
    const painted: number[] = [];
    const registry = createFakeRegistry();
    const scanner = createScanner({
      document,
      matcher: createFakeMatcher().matcher,
      settings: ALL_ON,
      signal: new AbortController().signal,
      registry: {
        ...registry,
        set(name, ranges, priority) {
          if (name === 'backstory-people-underline') painted.push(ranges.length);
          registry.set(name, ranges, priority);
        },
      },
      observe: false,
      // Every clock read is 1 ms of work: slices end after a fixed amount of it.
      now: () => (clock += 1),
      timings: { sliceMs: 2, paintIntervalMs: 12 },
      yieldToPage: async () => {},
    });
    scanner.start();
    await scanner.whenIdle();
    const { chunks } = scanner.stats();
    expect(chunks).toBeGreaterThan(4);
    // The first slice's mentions are painted when it ends; then at most one paint per 12 ms
    // of clock, fewer than one per slice; the last paint holds every mention.
    expect(painted[0]).toBeGreaterThan(0);
    expect(painted.length).toBeGreaterThan(1);
    expect(painted.length).toBeLessThan(chunks);
    expect(painted.at(-1)).toBe(300);
    expect(registry.texts('backstory-people-underline')).toHaveLength(300);
  });

  it('does nothing and throws nothing where the Highlight API is missing', async () => {
    // The precondition: this window has no registry and no Highlight (no fake is installed).
    const scope = window as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
    expect(scope.CSS?.highlights).toBeUndefined();
    expect(scope.Highlight).toBeUndefined();
    setBody(ARTICLE);
    const scanner = createScanner({
      document,
      matcher: createFakeMatcher().matcher,
      settings: ALL_ON,
      signal: new AbortController().signal,
      observe: false,
    });
    scanner.start();
    await scanner.whenIdle();
    expect(scanner.mentions()).toHaveLength(5);
  });
});

describe('teardown', () => {
  let api: ReturnType<typeof installFakeHighlightApi> | null = null;
  afterEach(() => api?.remove());

  it('removes only our highlights from the shared registry and stops observing', async () => {
    api = installFakeHighlightApi();
    const pageHighlight = { owner: 'page' };
    api.registry.set('page-search', pageHighlight);
    setBody(ARTICLE);
    const controller = new AbortController();
    const { matcher, calls } = createFakeMatcher();
    const scanner = createScanner({
      document,
      matcher,
      settings: ALL_ON,
      signal: controller.signal,
      observe: true,
      timings: { debounceMs: 1, maxWaitMs: 5 },
    });
    scanner.start();
    await scanner.whenIdle();
    scanner.setFocused(scanner.mentions()[0] ?? null);
    expect([...api.registry.keys()].sort()).toEqual([
      'backstory-figures-underline',
      'backstory-focus',
      'backstory-institutions-underline',
      'backstory-people-underline',
      'page-search',
    ]);
    const registered = api.registry.get('backstory-people-underline') as Set<AbstractRange>;
    expect([...registered].map(rangeText)).toEqual(['Sergey Lavrov', 'Putin', 'Putin']);

    controller.abort();
    expect([...api.registry.entries()]).toEqual([['page-search', pageHighlight]]);

    const callsBefore = calls.length;
    document.body.insertAdjacentHTML('beforeend', '<p>Putin later</p>');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls.length).toBe(callsBefore);
    await expect(scanner.whenIdle()).resolves.toBeUndefined();
  });

  it('leaves a highlight alone that the page registered under our name afterwards', async () => {
    api = installFakeHighlightApi();
    setBody(ARTICLE);
    const controller = new AbortController();
    const scanner = createScanner({
      document,
      matcher: createFakeMatcher().matcher,
      settings: ALL_ON,
      signal: controller.signal,
      observe: false,
    });
    scanner.start();
    await scanner.whenIdle();
    const replaced = { owner: 'page' };
    api.registry.set('backstory-figures-underline', replaced);
    controller.abort();
    expect(api.registry.get('backstory-figures-underline')).toBe(replaced);
    expect(api.registry.size).toBe(1);
  });
});
