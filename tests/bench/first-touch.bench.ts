/**
 * `npx tsx tests/bench/first-touch.bench.ts`: what the first use of each web platform interface
 * the first pass could touch costs in a fresh isolated world of real Chromium — the world a
 * content script runs in. A world sets up an interface (its constructor, prototype and
 * wrappers) the first time its script uses it, and a page that names nothing pays that for
 * every interface the first pass touches (docs/cost.md, "What the first touch of an interface
 * costs").
 *
 * Each load is a fresh browser context with one page of the corpus; in it, --worlds fresh
 * isolated worlds (CDP `Page.createIsolatedWorld`, as the extension's world is made), each of
 * which reads `document.body` first (every reader of a page pays that, so it is measured
 * apart) and then uses each interface once, in an order turned by one step from world to
 * world, so that no interface is always first or last. Timed with `performance.now()`, which
 * Chromium rounds to 0.1 ms there: the means over many worlds are the figures, the medians
 * show the rounding. Options: --page (corpus path, default readability/001.html), --loads N
 * (default 4), --worlds N (per load, default 10).
 */
import { parseArgs } from 'node:util';
import { withCorpusServer } from './corpus-session';
import { launchPlainChromium } from './plain-chromium';
import { median } from './report';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'readability/001.html' },
    loads: { type: 'string', default: '4' },
    worlds: { type: 'string', default: '10' },
  },
});
const loads = Number(values.loads);
const worlds = Number(values.worlds);

/** Each interface's first use, as one statement of the world's script. */
const FIRST_USES: Record<string, string> = {
  'AbortController + abort listener':
    'new AbortController().signal.addEventListener("abort", () => {}, { once: true })',
  'MutationObserver + observe':
    'new MutationObserver(() => {}).observe(document, { childList: true, subtree: true, characterData: true })',
  setTimeout: 'setTimeout(() => {}, 0)',
  'performance.now': 'void performance.now()',
  'getElementsByTagName("*").length': 'void document.body.getElementsByTagName("*").length',
  querySelectorAll: 'void document.body.querySelectorAll("script,style,noscript,template").length',
  'TreeWalker + nextNode': 'void document.createTreeWalker(document.body, 4).nextNode()',
  'Symbol.for mark': 'globalThis[Symbol.for("first-touch")] = true',
};
const names = Object.keys(FIRST_USES);
const DOCUMENT = 'document.body (first, in every world)';

/** The world's script: `document.body`, then each use in `order`, each timed. */
function worldScript(order: readonly string[]): string {
  const steps = order.map(
    (name, index) =>
      `{ ${FIRST_USES[name]}; const now = performance.now(); out[${index + 1}] = now - at; at = now; }`,
  );
  return `(() => { const out = []; let at = performance.now(); { void document.body; const now = performance.now(); out[0] = now - at; at = now; } ${steps.join(' ')} return out; })()`;
}

await withCorpusServer(async (origin) => {
  const browser = await launchPlainChromium();
  const samples = new Map<string, number[]>([
    [DOCUMENT, []],
    ...names.map((name) => [name, []] as [string, number[]]),
  ]);
  try {
    console.log(
      `[bench:first-touch] ${await browser.version()}, ${values.page}, ${loads} loads × ${worlds} worlds`,
    );
    let world = 0;
    for (let load = 0; load < loads; load++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${values.page}`, { waitUntil: 'load' });
      const cdp = await page.createCDPSession();
      const tree = (await cdp.send('Page.getFrameTree')) as {
        frameTree: { frame: { id: string } };
      };
      for (let w = 0; w < worlds; w++, world++) {
        const turn = world % names.length;
        const order = [...names.slice(turn), ...names.slice(0, turn)];
        const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
          frameId: tree.frameTree.frame.id,
          worldName: `first-touch-${world}`,
        })) as { executionContextId: number };
        const answer = (await cdp.send('Runtime.evaluate', {
          expression: worldScript(order),
          contextId: executionContextId,
          returnByValue: true,
        })) as { result: { value: number[] } };
        const times = answer.result.value;
        samples.get(DOCUMENT)?.push(times[0] as number);
        for (const [index, name] of order.entries())
          samples.get(name)?.push(times[index + 1] as number);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const rows = [...samples].map(([name, times]) => {
    const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
    return `| ${name} | ${mean.toFixed(3)} | ${median(times).toFixed(1)} | ${times.length} |`;
  });
  console.log(
    [
      '',
      '| First use in a fresh world | Mean (ms) | Median (ms) | Worlds |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
      '',
      'performance.now() is rounded to 0.1 ms in these worlds: the mean over many worlds is the figure.',
    ].join('\n'),
  );
});
