/**
 * `npx tsx tests/bench/heap-diff.bench.ts --page readability/wapo-2.html [--extension-dir DIR]`:
 * what a page's renderer holds more with the extension than with an empty one, by kind, from
 * two heap snapshots (CDP `HeapProfiler.takeHeapSnapshot`, after a forced GC, 2.5 s after the
 * `load` event, one warm-up load each first). A snapshot reaches past the JavaScript heap: array
 * buffers, external strings (scripts' sources), Blink's own objects such as computed styles —
 * where the load-cost bench's memory column (heap and backing stores) cannot say what is what.
 * One load each, so small rows are noise. Needs the build (`npm run build`) or --extension-dir.
 */
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { makeEmptyExtension } from '../../tools/empty-extension';
import { launchWithExtension } from '../../tools/launch';
import { withCorpusServer } from './corpus-session';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'readability/wapo-2.html' },
    'extension-dir': { type: 'string' },
    rows: { type: 'string', default: '25' },
  },
});

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size (bytes) by kind: the node's type, with its name where the name says what it is. */
function bytesByKind(snapshot: Snapshot): Map<string, number> {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byKind = new Map<string, number>();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + (typeAt as number)] as number] ?? '?';
    const name = snapshot.strings[snapshot.nodes[i + (nameAt as number)] as number] ?? '';
    const kind =
      type === 'native' || type === 'object' || type === 'hidden'
        ? `${type} ${name.slice(0, 60)}`
        : type;
    byKind.set(kind, (byKind.get(kind) ?? 0) + (snapshot.nodes[i + (sizeAt as number)] as number));
  }
  return byKind;
}

async function snapshotAfterLoad(browser: Browser, url: string): Promise<Map<string, number>> {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => chunks.push(event.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return bytesByKind(JSON.parse(chunks.join('')) as Snapshot);
  } finally {
    await page.close();
  }
}

await withCorpusServer(async (origin) => {
  const empty = makeEmptyExtension();
  const extensionDir = values['extension-dir'];
  const withIt = await launchWithExtension('chromium', {
    logLabel: 'bench',
    ...(extensionDir === undefined ? {} : { extensionDir }),
  });
  const without = await launchWithExtension('chromium', {
    extensionDir: empty.dir,
    logLabel: 'bench empty extension',
  });
  try {
    const url = `${origin}/${values.page}`;
    await snapshotAfterLoad(withIt.puppeteer, url);
    await snapshotAfterLoad(without.puppeteer, url);
    const added = await snapshotAfterLoad(withIt.puppeteer, url);
    const base = await snapshotAfterLoad(without.puppeteer, url);
    const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${values.page}: snapshot ${(total(added) / 1024).toFixed(0)} KB with the extension, ${(total(base) / 1024).toFixed(0)} KB with an empty one`,
    );
    console.log('| Kind | Added (KB) |\n| --- | ---: |');
    const kinds = new Set([...added.keys(), ...base.keys()]);
    const rows = [...kinds]
      .map((kind) => [kind, (added.get(kind) ?? 0) - (base.get(kind) ?? 0)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(values.rows));
    for (const [kind, bytes] of rows) console.log(`| ${kind} | ${(bytes / 1024).toFixed(1)} |`);
  } finally {
    await withIt.close();
    await without.close();
    empty.remove();
  }
});
