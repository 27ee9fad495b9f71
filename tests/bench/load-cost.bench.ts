/**
 * `npm run bench:load`: the load-cost part of `npm run bench` alone (load-cost.ts), for a quick
 * look. Options: --runs N (default 5), --profile-runs N (default 3), --settle-ms MS (default
 * 2500), --pages a,b (corpus paths). Needs the build (`npm run build`).
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../../tools/static-server';
import { sharedDir } from '../support/shared-dir';
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
  },
});
if (sharedDir === undefined) {
  console.error('The corpus of real pages is missing: set BACKSTORY_SHARED to the shared folder.');
  process.exit(1);
}
const runs = Number(values.runs);
const profileRuns = Number(values['profile-runs']);
const settleMs = Number(values['settle-ms']);
const loadAtStart = loadavg()[0] ?? 0;
const server = await startStaticServer({ '/': join(sharedDir, 'corpus') });
try {
  const result = await measureLoadCost({
    origin: server.origin,
    pages: values.pages?.split(',') ?? LOAD_COST_PAGES,
    runs,
    profileRuns,
    settleMs,
    log: console.log,
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
  console.log(
    `Load average (1 min): ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end.`,
  );
} finally {
  await server.close();
}
