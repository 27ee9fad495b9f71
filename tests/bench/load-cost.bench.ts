/**
 * `npm run bench:load`: the load-cost part of `npm run bench` alone (load-cost.ts), for a quick
 * look. Options: --runs N (default 5), --profile-runs N (default 3), --settle-ms MS (default
 * 2500), --pages a,b (corpus paths), --extension-dir DIR (an unpacked extension to measure
 * instead of the build, e.g. a variant of .output/chrome-mv3 with one part taken out). Needs
 * the build (`npm run build`).
 */
import { parseArgs } from 'node:util';
import { withCorpusServer } from './corpus-session';
import { LOAD_COST_PAGES, measureLoadCost } from './load-cost';
import { loadMethodNote, loadTargetLines, renderLoadTable } from './load-report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'profile-runs': { type: 'string', default: '3' },
    'settle-ms': { type: 'string', default: '2500' },
    pages: { type: 'string' },
    /** Print the 25 functions of the content script with the most self time, per page. */
    detail: { type: 'boolean', default: false },
    'extension-dir': { type: 'string' },
  },
});
const runs = Number(values.runs);
const profileRuns = Number(values['profile-runs']);
const settleMs = Number(values['settle-ms']);
await withCorpusServer(async (origin) => {
  const result = await measureLoadCost({
    origin,
    pages: values.pages?.split(',') ?? LOAD_COST_PAGES,
    runs,
    profileRuns,
    settleMs,
    log: console.log,
    ...(values['extension-dir'] ? { extensionDir: values['extension-dir'] } : {}),
    detail: values.detail
      ? (file, byFunction) => {
          console.log(`\nSelf time by function in ${file} (last profiled load):`);
          for (const [name, ms] of [...byFunction].slice(0, 25)) {
            console.log(`  ${ms.toFixed(2).padStart(8)} ms  ${name}`);
          }
        }
      : undefined,
  });
  console.log(`\n${renderLoadTable(result)}\n\n${loadTargetLines(result).join('\n')}\n`);
  console.log(loadMethodNote(result, runs, profileRuns, settleMs));
});
