/**
 * `npm run bench:probe`: what the first pass's text check costs on a cold page in real
 * Chromium, the probe (utils/gate/probe.ts: native `toLowerCase`, one regular expression
 * compiled on the page) against the exact automaton alone (utils/gate/exact-scan.ts, a
 * JavaScript loop per code unit, its tables decoded from the build's base64).
 *
 * Each load is a fresh browser context (a fresh renderer, nothing compiled yet), the two kinds
 * interleaved; the page's text nodes are gathered as the reader does (utils/page/gate-reader.ts)
 * and the check is timed alone with `performance.now()`. Options: --runs N (default 7),
 * --pages a,b (corpus paths). The figures include the first run of each function on the page,
 * which is what a page load pays.
 */
import { parseArgs } from 'node:util';
import { dataset } from '../../utils/dataset';
import { toMatchingData } from '../../utils/dataset/matching-data';
import { writeGateTables } from '../../utils/gate/gate-tables-writer';
import { gateKeys } from '../../utils/gate/keys';
import { withCorpusServer } from './corpus-session';
import { bundlePageScript } from './page-script';
import { launchPlainChromium } from './plain-chromium';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    pages: {
      type: 'string',
      default:
        'readability/001.html,readability/lemonde-1.html,readability/bbc-1.html,readability/yahoo-2.html',
    },
  },
});
const runs = Number(values.runs);
const pages = values.pages.split(',');

const keys = gateKeys(toMatchingData(dataset));
const { automaton, probe } = writeGateTables(keys);

// The two checks as page scripts, bundled from the repository's own modules.
const checkScript = await bundlePageScript(
  [
    "import { createExactScan } from './utils/gate/exact-scan';",
    "import { createProbe, normalizeForProbe } from './utils/gate/probe';",
    'globalThis.__gateCheck = { createExactScan, createProbe, normalizeForProbe };',
  ].join('\n'),
);

type Kind = 'probe' | 'exact';
interface Timing {
  units: number;
  gatherMs: number;
  checkMs: number;
  /** The probe's parts: the native lower case and removal of invisible units, then the test. */
  normalizeMs: number;
  testMs: number;
  verdict: boolean;
}

/** Runs in the page: gather the text nodes, then time one kind of check over them. */
function measureInPage(kind: Kind, keyList: string[], tables: string, source: string): Timing {
  const check = (globalThis as unknown as Record<string, unknown>).__gateCheck as {
    createExactScan(keys: string[], tables: string): { feed(text: string): boolean };
    createProbe(source: string): { mayHoldKey(text: string): boolean };
    normalizeForProbe(text: string): string;
  };
  const started = performance.now();
  const skip = new Set(['script', 'style', 'noscript', 'template']);
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  let units = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent !== null && skip.has(parent.localName)) continue;
    const data = (node as Text).data;
    texts.push(data);
    units += data.length;
  }
  const gathered = performance.now();
  let verdict: boolean;
  let normalized = gathered;
  if (kind === 'probe') {
    // As createProbe does, in two timed steps.
    const text = check.normalizeForProbe(texts.join(''));
    normalized = performance.now();
    verdict = new RegExp(source).test(text);
  } else {
    const scan = check.createExactScan(keyList, tables);
    verdict = texts.some((text) => scan.feed(text));
  }
  const checked = performance.now();
  return {
    units,
    gatherMs: gathered - started,
    checkMs: checked - gathered,
    normalizeMs: normalized - gathered,
    testMs: checked - normalized,
    verdict,
  };
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

await withCorpusServer(async (origin) => {
  const browser = await launchPlainChromium();
  try {
    console.log(`[bench:probe] ${await browser.version()}, ${runs} cold loads of each kind`);
    const rows: string[] = [];
    for (const path of pages) {
      const times: Record<Kind, Timing[]> = { probe: [], exact: [] };
      for (let run = 0; run < runs; run++) {
        const order: Kind[] = run % 2 === 0 ? ['probe', 'exact'] : ['exact', 'probe'];
        for (const kind of order) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
          await page.addScriptTag({ content: checkScript });
          const timing = await page.evaluate(measureInPage, kind, keys, automaton, probe);
          times[kind].push(timing);
          await context.close();
        }
      }
      const units = times.probe[0]?.units ?? 0;
      const verdicts = [...new Set([...times.probe, ...times.exact].map((t) => t.verdict))];
      rows.push(
        `| ${path} | ${units} | ${median(times.probe.map((t) => t.gatherMs)).toFixed(2)} | ` +
          `${median(times.probe.map((t) => t.checkMs)).toFixed(2)} | ` +
          `${median(times.probe.map((t) => t.normalizeMs)).toFixed(2)} | ` +
          `${median(times.probe.map((t) => t.testMs)).toFixed(2)} | ` +
          `${median(times.exact.map((t) => t.checkMs)).toFixed(2)} | ${verdicts.join('/')} |`,
      );
    }
    console.log(
      [
        '',
        '| Page | Code units | Gather (ms) | Probe (ms) | Normalize | Compile + test | Exact automaton (ms) | Key |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        ...rows,
        '',
        `Medians of ${runs} cold loads each, interleaved. Probe: normalize (native lower case, invisible units removed), then compile + test the regular expression, over the joined text; exact: decode the tables + the automaton over each text node, stopping at the first key.`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
  }
});
