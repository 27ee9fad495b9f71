/**
 * `npm run bench:own-tasks`: how long each main-thread task that runs Backstory's code is, by
 * CPU time, in Chromium (own-tasks.ts), beside the text-once reference. Options: --runs N
 * (default 5), --settle-ms MS (default 2500), --pages a,b (corpus paths), --extension-dir DIR
 * (an unpacked extension instead of the build). Needs the build (`npm run build`).
 */
import { parseArgs } from 'node:util';
import { withCorpusServer } from './corpus-session';
import { LOAD_COST_PAGES } from './load-cost';
import { measureOwnTasks, ownTaskMethodNote, renderOwnTaskTable } from './own-tasks';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'settle-ms': { type: 'string', default: '2500' },
    pages: { type: 'string' },
    'extension-dir': { type: 'string' },
  },
});
const runs = Number(values.runs);
const settleMs = Number(values['settle-ms']);
await withCorpusServer(async (origin) => {
  const result = await measureOwnTasks({
    origin,
    pages: values.pages?.split(',') ?? LOAD_COST_PAGES,
    runs,
    settleMs,
    ...(values['extension-dir'] ? { extensionDir: values['extension-dir'] } : {}),
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
});
