/**
 * `npm run bench:tasks`: the long-task part of `npm run bench` alone (long-tasks.ts), in
 * Chromium and Firefox. Options: --runs N (default 5), --settle-ms MS (default 2500), --pages
 * a,b (corpus paths), --browsers chromium,firefox, --extension-dir DIR (an unpacked extension to
 * measure instead of the build, e.g. a variant of .output/firefox-mv3 with one part taken out;
 * one browser only). Needs both builds (`npm run build:all`).
 */
import { parseArgs } from 'node:util';
import type { BrowserName } from '../../tools/paths';
import { withCorpusServer } from './corpus-session';
import { LOAD_COST_PAGES } from './load-cost';
import {
  type LongTaskResult,
  longTaskMethodNote,
  longTaskTargetLine,
  measureLongTasks,
  renderLongTaskTable,
} from './long-tasks';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'settle-ms': { type: 'string', default: '2500' },
    pages: { type: 'string' },
    browsers: { type: 'string', default: 'chromium,firefox' },
    'extension-dir': { type: 'string' },
  },
});
const browsers = values.browsers.split(',') as BrowserName[];
if (values['extension-dir'] !== undefined && browsers.length !== 1) {
  console.error('--extension-dir is built for one browser: give --browsers chromium or firefox.');
  process.exit(1);
}
const runs = Number(values.runs);
const settleMs = Number(values['settle-ms']);
await withCorpusServer(async (origin) => {
  const results: LongTaskResult[] = [];
  for (const browser of browsers) {
    results.push(
      await measureLongTasks(browser, {
        origin,
        pages: values.pages?.split(',') ?? LOAD_COST_PAGES,
        runs,
        settleMs,
        log: console.log,
        ...(values['extension-dir'] ? { extensionDir: values['extension-dir'] } : {}),
      }),
    );
  }
  for (const result of results) {
    for (const page of result.pages) {
      const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
      console.log(
        `[bench] ${result.browser} ${page.file}, every load (ms): Backstory ${list(page.withMs)}; text-once ${list(page.referenceMs)}; empty ${list(page.withoutMs)}`,
      );
    }
  }
  console.log(`\n${renderLongTaskTable(results)}\n\n${longTaskTargetLine(results)}\n`);
  console.log(longTaskMethodNote(runs, settleMs));
  if (values['extension-dir']) console.log(`Extension measured: ${values['extension-dir']}.`);
});
