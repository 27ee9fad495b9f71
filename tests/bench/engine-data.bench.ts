/**
 * `npx tsx tests/bench/engine-data.bench.ts`: what reading the engine's build-time data (the
 * dataset slice, the matcher's automaton and pattern lines: modules/matching-data.ts) costs the
 * page's main thread in real Chromium, once per page where the engine loads. Ways compared:
 *
 * - `now`: one compressed literal, inflated by `sourceParts` (utils/matching/source-literal.ts,
 *   bundled from the repository) through a `DecompressionStream` written and read directly;
 * - `three via Blob`: the three parts each in a compressed literal of their own, each inflated
 *   through a Blob and a Response — the way the engine read them before;
 * - `uncompressed`: one literal of the parts as plain base64, decoded (`decodeBase64`, no
 *   inflate): the floor, at the price of a source ~4 times longer kept for the page's life.
 *
 * Each load is a fresh browser context (nothing compiled yet); the literals are defined by a
 * page script, as in the engine's script, and read by one call, awaited. Figures: the renderer's
 * main-thread time (CDP TaskDuration, thread ticks) from before the call to its end, and the
 * call's wall time. Options: --runs N (default 11), --page PATH (corpus path, default 001).
 */
import { parseArgs } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import type { CDPSession } from 'puppeteer-core';
import { packParts, sourceLiteralCode } from '../../modules/lib/source-literal-code';
import { dataset } from '../../utils/dataset';
import { toMatchingData } from '../../utils/dataset/matching-data';
import { serializeMatcher } from '../../utils/matching/matcher-tables';
import { withCorpusServer } from './corpus-session';
import { bundlePageScript } from './page-script';
import { launchPlainChromium } from './plain-chromium';
import { median } from './report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    page: { type: 'string', default: 'readability/001.html' },
  },
});
const runs = Number(values.runs);

const slice = toMatchingData(dataset);
const { automaton, patterns } = serializeMatcher(slice);
const parts = [JSON.stringify(slice), automaton, patterns];
const packed = packParts(parts);

/** The base64 of `bytes` deflated, as the build writes a literal. */
const deflated = (bytes: Uint8Array | string) =>
  deflateRawSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { level: 9 }).toString(
    'base64',
  );

const ways = {
  now: {
    literals: sourceLiteralCode('dataSource0', packed),
    read: 'globalThis.__engineData.sourceParts(dataSource0)',
  },
  'three via Blob': {
    literals: parts
      .map((part, index) => `function dataSource${index}() { return "${deflated(part)}"; }`)
      .join('\n'),
    read: `Promise.all([dataSource0, dataSource1, dataSource2].map(async (holder) => {
      const source = Function.prototype.toString.call(holder);
      const base64 = source.slice(source.indexOf('"') + 1, source.lastIndexOf('"'));
      const packed = globalThis.__engineData.decodeBase64(base64);
      const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    }))`,
  },
  uncompressed: {
    literals: `function dataSource0() { return "${Buffer.from(packed).toString('base64')}"; }`,
    read: `(async () => {
      const source = Function.prototype.toString.call(dataSource0);
      return globalThis.__engineData.decodeBase64(source.slice(source.indexOf('"') + 1, source.lastIndexOf('"')));
    })()`,
  },
};
type Way = keyof typeof ways;

const readerScript = await bundlePageScript(
  [
    "import { sourceParts } from './utils/matching/source-literal';",
    "import { decodeBase64 } from './utils/matching/automaton-tables';",
    'globalThis.__engineData = { sourceParts, decodeBase64 };',
  ].join('\n'),
);

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = metrics.find((metric) => metric.name === 'TaskDuration')?.value;
  if (value === undefined) throw new Error('Chromium reported no TaskDuration');
  return value * 1000;
}

await withCorpusServer(async (origin) => {
  const browser = await launchPlainChromium();
  try {
    console.log(
      `[bench:engine-data] ${await browser.version()}, ${runs} cold loads of each way, ` +
        `parts ${parts.map((part) => part.length).join(' / ')} (slice chars, automaton and pattern ` +
        `bytes)`,
    );
    const times: Record<Way, { task: number[]; wall: number[]; sourceChars: number }> = {
      now: { task: [], wall: [], sourceChars: 0 },
      'three via Blob': { task: [], wall: [], sourceChars: 0 },
      uncompressed: { task: [], wall: [], sourceChars: 0 },
    };
    const order = Object.keys(ways) as Way[];
    for (let run = 0; run < runs; run++) {
      // The order turns, so that no way always comes first.
      for (const way of [...order.slice(run % 3), ...order.slice(0, run % 3)]) {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          const cdp = await page.createCDPSession();
          await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
          await page.goto(`${origin}/${values.page}`, { waitUntil: 'load' });
          await page.addScriptTag({ content: readerScript });
          await page.addScriptTag({ content: ways[way].literals });
          const before = await taskMs(cdp);
          const result = (await page.evaluate(`(async () => {
            const started = performance.now();
            const read = await ${ways[way].read};
            const lengths = Array.isArray(read) ? read.map((part) => part.length) : [read.length];
            return { wall: performance.now() - started, lengths };
          })()`)) as { wall: number; lengths: number[] };
          const after = await taskMs(cdp);
          const total = result.lengths.reduce((sum, length) => sum + length, 0);
          if (total < automaton.length) throw new Error(`${way} read only ${total} bytes`);
          times[way].task.push(after - before);
          times[way].wall.push(result.wall);
          times[way].sourceChars = ways[way].literals.length;
        } finally {
          await context.close();
        }
      }
    }
    console.log('| Way | Main thread (ms, median) | Wall (ms, median) | Literal source (chars) |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const way of order) {
      const { task, wall, sourceChars } = times[way];
      console.log(
        `| ${way} | ${median(task).toFixed(1)} | ${median(wall).toFixed(1)} | ${sourceChars} |`,
      );
    }
  } finally {
    await browser.close();
  }
});
