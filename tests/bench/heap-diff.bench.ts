/**
 * `npx tsx tests/bench/heap-diff.bench.ts --page readability/wapo-2.html [--extension-dir DIR]`:
 * what a page's renderer holds more with the extension than with an empty one, by kind, from
 * two heap snapshots (CDP `HeapProfiler.takeHeapSnapshot`, after a forced GC, 2.5 s after the
 * `load` event, one warm-up load each first). A snapshot reaches past the JavaScript heap: array
 * buffers, external strings (scripts' sources), Blink's own objects such as computed styles —
 * where the load-cost bench's memory column (heap and backing stores) cannot say what is what.
 * One load each, so small rows are noise. Needs the build (`npm run build`) or --extension-dir.
 * --code-by-script: also the code V8 keeps for each of the extension's scripts in the snapshot
 * with it (each function's record, bytecode, constants, scope and feedback metadata, counted
 * through the function's record and its `script` link): which script's code a page keeps.
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
    'code-by-script': { type: 'boolean', default: false },
  },
});

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** A function's record, as a heap snapshot names it. */
const FUNCTION_RECORD = 'system / SharedFunctionInfo';
/** The links from a function's record to what only it holds: bytecode, scope, feedback metadata. */
const OWN_CODE_LINKS = new Set([
  'trusted_function_data',
  'function_data',
  'name_or_scope_info',
  'raw_outer_scope_info_or_feedback_metadata',
]);

/** How a snapshot's flat node table is read: one node every `width` numbers. */
function nodeReader(snapshot: Snapshot) {
  const { node_fields, node_types } = snapshot.snapshot.meta;
  const { nodes, strings } = snapshot;
  const [typeAt, nameAt, sizeAt, countAt] = ['type', 'name', 'self_size', 'edge_count'].map(
    (field) => node_fields.indexOf(field),
  ) as [number, number, number, number];
  return {
    width: node_fields.length,
    type: (node: number) => node_types[0][nodes[node + typeAt] as number] ?? '?',
    name: (node: number) => strings[nodes[node + nameAt] as number] ?? '',
    size: (node: number) => nodes[node + sizeAt] as number,
    edgeCount: (node: number) => nodes[node + countAt] as number,
  };
}

/**
 * Code bytes per script of the extension: each function record whose `script` link names one of
 * the extension's scripts, with what it holds through OWN_CODE_LINKS and what that holds in
 * turn (a bytecode array's constants, handler and position tables).
 */
function codeByScript(snapshot: Snapshot): Map<string, { functions: number; bytes: number }> {
  const { edge_fields, edge_types } = snapshot.snapshot.meta;
  const { nodes, edges, strings } = snapshot;
  const { width, type, name, size, edgeCount } = nodeReader(snapshot);
  const edgeWidth = edge_fields.length;
  const [edgeTypeAt, edgeNameAt, edgeToAt] = ['type', 'name_or_index', 'to_node'].map((field) =>
    edge_fields.indexOf(field),
  ) as [number, number, number];
  // Element and hidden links are numbered; the others are named.
  const numbered = new Set(['element', 'hidden']);
  const firstEdge: number[] = [];
  for (let node = 0, edge = 0; node < nodes.length; node += width) {
    firstEdge.push(edge);
    edge += edgeCount(node) * edgeWidth;
  }
  firstEdge.push(edges.length);
  const links = function* (node: number): Generator<[string, number]> {
    const index = node / width;
    for (
      let edge = firstEdge[index] as number;
      edge < (firstEdge[index + 1] as number);
      edge += edgeWidth
    ) {
      const linkType = edge_types[0][edges[edge + edgeTypeAt] as number] ?? '';
      const label = numbered.has(linkType)
        ? ''
        : (strings[edges[edge + edgeNameAt] as number] ?? '');
      yield [label, edges[edge + edgeToAt] as number];
    }
  };
  const byScript = new Map<string, { functions: number; bytes: number }>();
  for (let node = 0; node < nodes.length; node += width) {
    if (!name(node).startsWith(FUNCTION_RECORD)) continue;
    let script = '';
    let bytes = size(node);
    for (const [label, to] of links(node)) {
      if (label === 'script') script = name(to);
      if (!OWN_CODE_LINKS.has(label)) continue;
      bytes += size(to);
      if (label !== 'trusted_function_data' && label !== 'function_data') continue;
      for (const [, held] of links(to)) if (type(held) === 'code') bytes += size(held);
    }
    const file = script.match(/(?:chrome|moz)-extension:\/\/[^/]+\/(.+)$/)?.[1];
    if (file === undefined) continue;
    const entry = byScript.get(file) ?? { functions: 0, bytes: 0 };
    entry.functions++;
    entry.bytes += bytes;
    byScript.set(file, entry);
  }
  return byScript;
}

/** Self size (bytes) by kind: the node's type, with its name where the name says what it is. */
function bytesByKind(snapshot: Snapshot): Map<string, number> {
  const { width, type, name, size } = nodeReader(snapshot);
  const byKind = new Map<string, number>();
  for (let node = 0; node < snapshot.nodes.length; node += width) {
    const nodeType = type(node);
    const kind =
      nodeType === 'native' || nodeType === 'object' || nodeType === 'hidden'
        ? `${nodeType} ${name(node).slice(0, 60)}`
        : nodeType;
    byKind.set(kind, (byKind.get(kind) ?? 0) + size(node));
  }
  return byKind;
}

async function snapshotAfterLoad(browser: Browser, url: string): Promise<Snapshot> {
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
    return JSON.parse(chunks.join('')) as Snapshot;
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
    const withSnapshot = await snapshotAfterLoad(withIt.puppeteer, url);
    const added = bytesByKind(withSnapshot);
    const base = bytesByKind(await snapshotAfterLoad(without.puppeteer, url));
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
    if (values['code-by-script']) {
      console.log('\n| Script | Functions with code kept | Code (KB) |\n| --- | ---: | ---: |');
      const scripts = [...codeByScript(withSnapshot)].sort((a, b) => b[1].bytes - a[1].bytes);
      for (const [file, { functions, bytes }] of scripts) {
        console.log(`| ${file} | ${functions} | ${(bytes / 1024).toFixed(1)} |`);
      }
    }
  } finally {
    await withIt.close();
    await without.close();
    empty.remove();
  }
});
