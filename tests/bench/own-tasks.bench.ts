/**
 * `npm run bench:own-tasks`: how long each main-thread task that runs Backstory's code is, by
 * CPU time, in Chromium (own-tasks.ts), beside the text-once reference. Options: --runs N
 * (default 5), --settle-ms MS (default 2500), --pages a,b (corpus paths). Needs the build
 * (`npm run build`).
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../../tools/static-server';
import { sharedDir } from '../support/shared-dir';
import { LOAD_COST_PAGES } from './load-cost';
import { measureOwnTasks, ownTaskMethodNote, renderOwnTaskTable } from './own-tasks';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'settle-ms': { type: 'string', default: '2500' },
    pages: { type: 'string' },
  },
});
if (sharedDir === undefined) {
  console.error('The corpus of real pages is missing: set BACKSTORY_SHARED to the shared folder.');
  process.exit(1);
}
const runs = Number(values.runs);
const settleMs = Number(values['settle-ms']);
const loadAtStart = loadavg()[0] ?? 0;
const server = await startStaticServer({ '/': join(sharedDir, 'corpus') });
try {
  const result = await measureOwnTasks({
    origin: server.origin,
    pages: values.pages?.split(',') ?? LOAD_COST_PAGES,
    runs,
    settleMs,
    log: console.log,
  });
  for (const page of result.pages) {
    const list = (loads: typeof page.backstory) =>
      loads.map((load) => (load.taskCpuMs[0] ?? 0).toFixed(1)).join(', ');
    console.log(
      `[bench] ${page.file}, longest own task per load (ms CPU): Backstory ${list(page.backstory)}; text-once ${list(page.reference)}`,
    );
  }
  console.log(`\n${renderOwnTaskTable(result)}\n`);
  console.log(ownTaskMethodNote(result, runs, settleMs));
  console.log(
    `Load average (1 min): ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end.`,
  );
} finally {
  await server.close();
}
