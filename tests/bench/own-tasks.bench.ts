/**
 * `npm run bench:own-tasks`: how long each main-thread task that runs Backstory's code is, beside
 * the text-once reference: in Chromium by CPU time from a trace (own-tasks.ts), in Firefox from
 * the Gecko profiler (own-tasks-firefox.ts). Options: --browsers chromium,firefox (default both;
 * with --extension-dir, the browser that build is for), --runs N (default 5), --settle-ms MS
 * (default 2500), --pages a,b (corpus paths), --extension-dir DIR (an unpacked extension instead
 * of the build), --one-browser-at-a-time (Firefox: Backstory's loads, then the reference's, each
 * browser alone; two profiled Firefoxes at once load a two-core machine). Needs the build
 * (`npm run build:all`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withCorpusServer } from './corpus-session';
import { LOAD_COST_PAGES } from './load-cost';
import { measureOwnTasks, ownTaskMethodNote, renderOwnTaskTable } from './own-tasks';
import {
  describeGeckoLoad,
  geckoOwnTaskMethodNote,
  measureGeckoOwnTasks,
  renderGeckoOwnTaskTable,
} from './own-tasks-firefox';

const { values } = parseArgs({
  options: {
    browsers: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'settle-ms': { type: 'string', default: '2500' },
    pages: { type: 'string' },
    'extension-dir': { type: 'string' },
    'one-browser-at-a-time': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const settleMs = Number(values['settle-ms']);
const extensionDir = values['extension-dir'];
/** A Firefox build says so in its manifest (its gecko id); a Chromium build does not. */
const builtFor = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko
    ? 'firefox'
    : 'chromium';
const browsers = (
  values.browsers ?? (extensionDir ? builtFor(extensionDir) : 'chromium,firefox')
).split(',');
if (extensionDir && browsers.length > 1) {
  throw new Error('--extension-dir is one build for one browser: give --browsers too');
}
const pages = values.pages?.split(',') ?? LOAD_COST_PAGES;
/** What both browsers' measurements take. */
const options = (origin: string) => ({
  origin,
  pages,
  runs,
  settleMs,
  ...(extensionDir ? { extensionDir } : {}),
  log: console.log,
});
await withCorpusServer(async (origin) => {
  if (browsers.includes('chromium')) {
    const result = await measureOwnTasks(options(origin));
    for (const page of result.pages) {
      const list = (loads: typeof page.backstory) =>
        loads.map((load) => (load.taskCpuMs[0] ?? 0).toFixed(1)).join(', ');
      console.log(
        `[bench] ${page.file}, longest own task per load (ms CPU): Backstory ${list(page.backstory)}; text-once ${list(page.reference)}`,
      );
    }
    console.log(`\n${renderOwnTaskTable(result)}\n`);
    console.log(ownTaskMethodNote(result, runs, settleMs));
  }
  if (browsers.includes('firefox')) {
    const oneBrowserAtATime = values['one-browser-at-a-time'];
    const result = await measureGeckoOwnTasks({ ...options(origin), oneBrowserAtATime });
    for (const page of result.pages) {
      page.backstory.forEach((load, run) => {
        console.log(
          `[bench] ${page.file}, Firefox, Backstory load ${run + 1}: ${describeGeckoLoad(load)}`,
        );
      });
      page.reference.forEach((load, run) => {
        console.log(
          `[bench] ${page.file}, Firefox, text-once load ${run + 1}: ${describeGeckoLoad(load)}`,
        );
      });
    }
    console.log(`\n${renderGeckoOwnTaskTable(result)}\n`);
    console.log(geckoOwnTaskMethodNote(result, runs, settleMs, oneBrowserAtATime));
  }
});
