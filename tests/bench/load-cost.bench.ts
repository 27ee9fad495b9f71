/**
 * `npm run bench:load`: the load-cost part of `npm run bench` alone (load-cost.ts), for a quick
 * look. Options: --runs N (default 5), --profile-runs N (default 3), --settle-ms MS (default
 * 2500), --pages a,b (corpus paths), --extension-dir DIR (an unpacked extension to measure
 * instead of the build, e.g. a variant of .output/chrome-mv3 with one part taken out). Needs
 * the build (`npm run build`).
 */
import { parseArgs } from 'node:util';
import { withCorpusServer } from './corpus-session';
import { type FunctionTime, LOAD_COST_PAGES, measureLoadCost } from './load-cost';
import { loadMethodNote, loadTargetLines, renderLoadTable } from './load-report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'profile-runs': { type: 'string', default: '3' },
    'settle-ms': { type: 'string', default: '2500' },
    pages: { type: 'string' },
    /** Print the functions (25, or --detail-rows) of the extension's scripts with the most self time, and with the most total time, per page. */
    detail: { type: 'boolean', default: false },
    /** How many functions each --detail list shows. */
    'detail-rows': { type: 'string', default: '25' },
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
          const top = (order: (time: FunctionTime) => number, title: string) => {
            console.log(`\n${title} in ${file} (mean of the profiled loads):`);
            const sorted = [...byFunction].sort((a, b) => order(b[1]) - order(a[1]));
            for (const [name, time] of sorted.slice(0, Number(values['detail-rows']))) {
              const figures = `${time.selfMs.toFixed(2).padStart(8)} ${time.totalMs.toFixed(2).padStart(8)}`;
              console.log(`  ${figures}  ${name}`);
            }
          };
          top((time) => time.selfMs, 'Self and total ms by function, most self time first');
          top((time) => time.totalMs, 'Self and total ms by function, most total time first');
        }
      : undefined,
  });
  console.log(`\n${renderLoadTable(result)}\n\n${loadTargetLines(result).join('\n')}\n`);
  console.log(loadMethodNote(result, runs, profileRuns, settleMs));
});
