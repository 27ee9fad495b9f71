import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../tools/static-server';
import { sharedDir } from '../support/shared-dir';

/**
 * What every load benchmark does around its measurement: refuse to run without the corpus of
 * real pages, serve it from 127.0.0.1, and say how busy the machine was at the start and the
 * end (a figure from a loaded machine must say so).
 */
export async function withCorpusServer(measure: (origin: string) => Promise<void>): Promise<void> {
  if (sharedDir === undefined) {
    console.error(
      'The corpus of real pages is missing: set BACKSTORY_SHARED to the shared folder.',
    );
    process.exit(1);
  }
  const loadAtStart = loadavg()[0] ?? 0;
  const server = await startStaticServer({ '/': join(sharedDir, 'corpus') });
  try {
    await measure(server.origin);
    console.log(
      `Load average (1 min): ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end.`,
    );
  } finally {
    await server.close();
  }
}
