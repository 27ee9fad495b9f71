/**
 * `npm run bench:relevance`: what the built extension highlights on every page of the labelled
 * development set (tests/relevance/dev-set.tsv), in real headless Chromium, pages served from
 * 127.0.0.1 with their own scripts off and every other host blocked (as in the e2e tests).
 *
 * Two builds are measured: the extension as shipped (region-level topicality) and the same
 * code built in mode "topicality-page" (every mention judged by the whole page). For each:
 * highlights per off-topic page (not counting the story's specific actors), highlights inside
 * site chrome, recall on on-topic pages against MANIFEST.tsv (as counted, and less the
 * occurrences tests/relevance/manifest-audit.tsv finds are no mention a reader wants), and
 * recall and extras on our own test pages (tests/relevance/pages) against their hand-written
 * lists. Then 100 highlights of the
 * shipped build, drawn with a fixed seed from the whole corpus, are compared with the hand
 * labels in tests/relevance/precision-sample.tsv (right or wrong referent).
 *
 * Writes .tmp/bench/relevance-report.md and .tmp/bench/precision-draw.tsv (the draw, for
 * labelling), prints the tables, and says which targets are missed.
 * Options: --pages a,b (corpus paths, for a quick look), --skip-page-level.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type PlacedHighlight, placedHighlights } from '../../tools/highlight-places';
import { launchWithExtension } from '../../tools/launch';
import { repoRoot } from '../../tools/paths';
import { startStaticServer } from '../../tools/static-server';
import type { TestPage } from '../../tools/test-page';
import { compileMatcher } from '../../utils/matching';
import { waitForFirstScanEnd } from '../e2e/harness/page-watch';
import { type LabelledPage, readDevSet } from '../relevance/dev-set';
import {
  type ExpectedMention,
  OWN_PAGES_DIR,
  type PageScore,
  readerText,
  readOwnPages,
  scorePage,
} from '../relevance/own-pages';
import { bundledDataset as dataset } from '../support/bundled-dataset';
import { seededRandom } from '../support/seeded-random';
import { sharedDir } from '../support/shared-dir';

const COMMAND = 'npm run bench:relevance';
/** The readability pages joined into one: measured page by page already. */
const OMNIBUS = 'large/readability-omnibus.html';
const PROBE = 'data-backstory-bench-probe';
const SAMPLE_SIZE = 100;
const SAMPLE_SEED = 12;
const SAMPLE_FILE = resolve(repoRoot, 'tests/relevance/precision-sample.tsv');
const AUDIT_FILE = resolve(repoRoot, 'tests/relevance/manifest-audit.tsv');
const outDir = resolve(repoRoot, '.tmp/bench');

const matcher = compileMatcher(dataset);
const specificIds = new Set(
  dataset.entities.filter((e) => e.scope === 'specific').map((e) => e.id),
);

interface Seen extends PlacedHighlight {
  file: string;
  /** Dataset id read back from the text; "figure" for figures, "quote" for quotations. */
  id: string;
}

/** The dataset id a highlight stands for. */
function idOf(highlight: PlacedHighlight): string {
  if (highlight.name.startsWith('backstory-figures-')) return 'figure';
  if (highlight.name.startsWith('backstory-quote-')) return 'quote';
  return matcher.find(highlight.text)[0]?.id ?? `?${highlight.text}`;
}

/** Waits for the first scan to end: a probe paragraph appended last gets highlighted. */
async function highlightsOf(page: TestPage): Promise<PlacedHighlight[]> {
  await waitForFirstScanEnd(page, { timeout: 60_000 }, PROBE);
  return placedHighlights(page, PROBE);
}

/** Pages are files under the corpus, or under tests/relevance/pages when they start with "own/". */
async function measureBuild(extensionDir: string, files: string[], corpus: string) {
  const server = await startStaticServer(
    { '/corpus': corpus, '/own': OWN_PAGES_DIR },
    { headersFor: () => ({ 'content-security-policy': "script-src 'none'; object-src 'none'" }) },
  );
  const browser = await launchWithExtension('chromium', { extensionDir, logLabel: '[bench]' });
  const seen: Seen[] = [];
  try {
    for (const file of files) {
      const page = await browser.newPage();
      try {
        await page.goto(server.url(file.startsWith('own/') ? `/${file}` : `/corpus/${file}`));
        for (const highlight of await highlightsOf(page)) {
          seen.push({ ...highlight, file, id: idOf(highlight) });
        }
      } finally {
        await page.close();
      }
      process.stdout.write('.');
    }
  } finally {
    process.stdout.write('\n');
    await browser.close();
    await server.close();
  }
  return seen;
}

interface Manifest {
  columns: string[];
  rows: Map<string, Record<string, number>>;
}

function readManifest(corpus: string): Manifest {
  const [header, ...lines] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = (header ?? '').split('\t');
  const rows = new Map<string, Record<string, number>>();
  for (const line of lines) {
    const cells = line.split('\t');
    const row: Record<string, number> = {};
    columns.forEach((column, i) => {
      row[column] = Number(cells[i]);
    });
    rows.set(cells[0] ?? '', row);
  }
  return { columns, rows };
}

/** Occurrences MANIFEST counts that are no mention a reader wants (file → column → count). */
function readAudit(): Map<string, Record<string, number>> {
  const audit = new Map<string, Record<string, number>>();
  for (const line of readFileSync(AUDIT_FILE, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.startsWith('file\t') || line.trim() === '') continue;
    const [file = '', column = '', count = '0'] = line.split('\t');
    const row = audit.get(file) ?? {};
    row[column] = (row[column] ?? 0) + Number(count);
    audit.set(file, row);
  }
  return audit;
}

/** MANIFEST actor columns and the dataset id each counts (columns the dataset lacks are left out). */
const ACTOR_COLUMNS: Record<string, string> = {
  Putin: 'putin',
  Trump: 'trump',
  Lavrov: 'lavrov',
  Rubio: 'rubio',
  Ushakov: 'ushakov',
  Kellogg: 'kellogg',
  Kremlin: 'kremlin',
  NATO: 'nato',
};

interface Figures {
  offTopicPages: number;
  generalOnOffTopic: number;
  perOffTopicPage: number;
  worstPages: string[];
  chrome: number;
  chromePages: string[];
  recall: { column: string; expected: number; shown: number; readerExpected: number }[];
  recallTotal: number;
  /** Recall against MANIFEST less what the audit finds is no mention a reader wants. */
  readerRecallTotal: number;
  own: { file: string; score: PageScore }[];
}

function figuresOf(
  seen: Seen[],
  pages: LabelledPage[],
  manifest: Manifest,
  audit: Map<string, Record<string, number>>,
  own: { file: string; expected: ExpectedMention[] }[],
): Figures {
  const off = pages.filter((p) => p.label === 'off-topic');
  const onFiles = new Set(pages.filter((p) => p.label === 'on-topic').map((p) => p.file));
  const general = seen.filter(
    (s) => off.some((p) => p.file === s.file) && !specificIds.has(s.id) && s.id !== 'quote',
  );
  const byPage = new Map<string, number>();
  for (const s of general) byPage.set(s.file, (byPage.get(s.file) ?? 0) + 1);
  const chrome = seen.filter((s) => s.inChrome);
  const recall = Object.entries(ACTOR_COLUMNS).map(([column, id]) => {
    let expected = 0;
    let shown = 0;
    let readerExpected = 0;
    for (const file of onFiles) {
      const want = manifest.rows.get(file)?.[column] ?? 0;
      const got = seen.filter((s) => s.file === file && s.id === id).length;
      expected += want;
      shown += Math.min(want, got);
      readerExpected += Math.max(0, want - (audit.get(file)?.[column] ?? 0));
    }
    return { column, expected, shown, readerExpected };
  });
  const expectedTotal = recall.reduce((sum, r) => sum + r.expected, 0);
  const shownTotal = recall.reduce((sum, r) => sum + r.shown, 0);
  const readerTotal = recall.reduce((sum, r) => sum + r.readerExpected, 0);
  const readerShown = recall.reduce((sum, r) => sum + Math.min(r.shown, r.readerExpected), 0);
  return {
    offTopicPages: off.length,
    generalOnOffTopic: general.length,
    perOffTopicPage: general.length / Math.max(1, off.length),
    worstPages: [...byPage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([file, n]) => `${file} (${n})`),
    chrome: chrome.length,
    chromePages: [...new Set(chrome.map((s) => s.file))],
    recall,
    recallTotal: expectedTotal === 0 ? 1 : shownTotal / expectedTotal,
    readerRecallTotal: readerTotal === 0 ? 1 : readerShown / readerTotal,
    own: own.map((page) => ({
      file: page.file,
      score: scorePage(
        page.expected,
        seen
          .filter((s) => s.file === `own/${page.file}`)
          .map((s) => ({ id: s.id, text: readerText(s.text) })),
      ),
    })),
  };
}

/** A few words either side, our cut of the page's text: the key a hand label is filed under. */
function snippet(context: string): string {
  const match = context.match(/^(.*)\[(.*)\](.*)$/s);
  if (!match) return context;
  const before = (match[1] ?? '').trim().split(/\s+/).slice(-4).join(' ');
  const after = (match[3] ?? '').trim().split(/\s+/).slice(0, 4).join(' ');
  return `${before} [${match[2]}] ${after}`.trim();
}

function draw(seen: Seen[]): Seen[] {
  const random = seededRandom(SAMPLE_SEED);
  const pool = [...seen];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as Seen, pool[i] as Seen];
  }
  return pool.slice(0, SAMPLE_SIZE);
}

interface Label {
  verdict: 'right' | 'wrong';
  note: string;
}

function readLabels(): Map<string, Label> {
  const labels = new Map<string, Label>();
  let text = '';
  try {
    text = readFileSync(SAMPLE_FILE, 'utf8');
  } catch {
    return labels;
  }
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.startsWith('file\t') || line.trim() === '') continue;
    const [file, id, context, verdict, note] = line.split('\t');
    if (verdict !== 'right' && verdict !== 'wrong') continue;
    labels.set(`${file}\t${id}\t${context}`, { verdict, note: note ?? '' });
  }
  return labels;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

async function main() {
  const { values } = parseArgs({
    options: { pages: { type: 'string' }, 'skip-page-level': { type: 'boolean' } },
  });
  if (!sharedDir) throw new Error('The corpus (../shared/corpus) is needed for this benchmark.');
  const corpus = join(sharedDir, 'corpus');
  const only = values.pages?.split(',');
  const pages = readDevSet().filter(
    (p) => p.file !== OMNIBUS && (only === undefined || only.includes(p.file)),
  );
  const manifest = readManifest(corpus);
  const audit = readAudit();
  const own = only === undefined ? readOwnPages() : [];
  const files = [...pages.map((p) => p.file), ...own.map((p) => `own/${p.file}`)];

  const region = await measureBuild(resolve(repoRoot, '.output/chrome-mv3'), files, corpus);
  const page = values['skip-page-level']
    ? null
    : await measureBuild(resolve(repoRoot, '.output/chrome-mv3-topicality-page'), files, corpus);
  const regionFigures = figuresOf(region, pages, manifest, audit, own);
  const pageFigures = page ? figuresOf(page, pages, manifest, audit, own) : null;

  // The precision sample is drawn from the corpus only: our own pages are scored by their lists.
  const corpusSeen = region.filter((s) => !s.file.startsWith('own/'));
  const sample = draw(corpusSeen);
  const labels = readLabels();
  mkdirSync(outDir, { recursive: true });
  const drawLines = sample.map((s) => {
    const key = `${s.file}\t${s.id}\t${snippet(s.context)}`;
    const label = labels.get(key);
    return `${key}\t${label?.verdict ?? ''}\t${label?.note ?? ''}`;
  });
  writeFileSync(
    join(outDir, 'precision-draw.tsv'),
    `file\tid\tcontext\tverdict\tnote\n${drawLines.join('\n')}\n`,
  );
  const labelled = sample.filter((s) => labels.has(`${s.file}\t${s.id}\t${snippet(s.context)}`));
  const wrong = labelled.filter(
    (s) => labels.get(`${s.file}\t${s.id}\t${snippet(s.context)}`)?.verdict === 'wrong',
  );

  const both = (name: string, pick: (f: Figures) => string) =>
    `| ${name} | ${pick(regionFigures)} | ${pageFigures ? pick(pageFigures) : 'not run'} |`;
  const recallOf = (f: Figures) =>
    pct(
      f.recall.reduce((sum, r) => sum + r.shown, 0),
      f.recall.reduce((sum, r) => sum + r.expected, 0),
    );
  const lines = [
    `# Relevance benchmark (${COMMAND})`,
    '',
    `${pages.length} pages of the development set (${regionFigures.offTopicPages} off-topic, ${pages.length - regionFigures.offTopicPages} on-topic; the omnibus page is the readability pages joined and is left out), default settings, Chromium headless.`,
    '',
    '| Measure | Region-level (shipped) | Page-level |',
    '| --- | ---: | ---: |',
    both(
      'Highlights per off-topic page, without Putin, Lavrov, Ushakov, the Kremlin (target ≤ 1)',
      (f) => f.perOffTopicPage.toFixed(2),
    ),
    both('Off-topic pages with the most such highlights', (f) => f.worstPages.join(', ') || 'none'),
    both('Highlights inside site chrome, all pages (target 0)', (f) => String(f.chrome)),
    both('Recall on on-topic corpus pages vs MANIFEST as counted', recallOf),
    both(
      'Recall on on-topic corpus pages vs MANIFEST less the audited non-mentions (target ≥ 95%)',
      (f) => pct(f.readerRecallTotal * 1000, 1000),
    ),
    both('Recall on our own test pages vs their hand-written lists (target ≥ 95%)', (f) =>
      pct(
        f.own.reduce((sum, o) => sum + o.score.found, 0),
        f.own.reduce((sum, o) => sum + o.score.expected, 0),
      ),
    ),
    both('Highlights on our own test pages that are not on their lists (target 0)', (f) =>
      String(f.own.reduce((sum, o) => sum + o.score.extra.length, 0)),
    ),
    '',
    'Recall per MANIFEST column (on-topic corpus pages; shown = highlights of that actor, at most the MANIFEST count; reader = MANIFEST less tests/relevance/manifest-audit.tsv):',
    '',
    '| Column | MANIFEST | reader | shown (region) | shown (page) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...regionFigures.recall
      .filter((r) => r.expected > 0)
      .map(
        (r) =>
          `| ${r.column} | ${r.expected} | ${r.readerExpected} | ${r.shown} | ${pageFigures?.recall.find((p) => p.column === r.column)?.shown ?? '–'} |`,
      ),
    '',
    'Our own test pages (tests/relevance/pages; expected = the hand-written list):',
    '',
    '| Page | expected | shown (region) | not on the list (region) | shown (page) | not on the list (page) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...regionFigures.own.map((o) => {
      const p = pageFigures?.own.find((x) => x.file === o.file)?.score;
      return `| ${o.file} | ${o.score.expected} | ${o.score.found} | ${o.score.extra.length} | ${p?.found ?? '–'} | ${p?.extra.length ?? '–'} |`;
    }),
    ...regionFigures.own.flatMap((o) => [
      ...o.score.missed.map((m) => `- missed on ${o.file}: ${m.id} "${m.text}"`),
      ...o.score.extra.map((m) => `- not on the list of ${o.file}: ${m.id} "${m.text}"`),
    ]),
    '',
    `Precision sample: ${sample.length} of ${corpusSeen.length} corpus highlights drawn with seed ${SAMPLE_SEED}; ${labelled.length} labelled by hand in tests/relevance/precision-sample.tsv; wrong referent: ${wrong.length} (target 0); precision ${pct(labelled.length - wrong.length, labelled.length)}.`,
    ...(labelled.length < sample.length
      ? [
          `${sample.length - labelled.length} drawn highlights have no label: see .tmp/bench/precision-draw.tsv.`,
        ]
      : []),
    ...(wrong.length > 0
      ? ['', 'Wrong referents:', ...wrong.map((s) => `- ${s.file}: ${snippet(s.context)}`)]
      : []),
  ];
  const missed: string[] = [];
  if (regionFigures.perOffTopicPage > 1) missed.push('highlights per off-topic page ≤ 1');
  if (regionFigures.chrome > 0)
    missed.push(`0 in chrome (${regionFigures.chromePages.join(', ')})`);
  if (regionFigures.readerRecallTotal < 0.95) missed.push('recall ≥ 95% of MANIFEST (audited)');
  const ownExpected = regionFigures.own.reduce((sum, o) => sum + o.score.expected, 0);
  const ownFound = regionFigures.own.reduce((sum, o) => sum + o.score.found, 0);
  if (ownFound < 0.95 * ownExpected) missed.push('recall ≥ 95% on our own pages');
  if (regionFigures.own.some((o) => o.score.extra.length > 0)) {
    missed.push('nothing off the lists on our own pages');
  }
  if (wrong.length > 0) missed.push('0 wrong referents in the sample');
  if (labelled.length < sample.length) missed.push('every sampled highlight labelled');
  lines.push(
    '',
    missed.length === 0 ? 'All targets met.' : `Targets not met: ${missed.join('; ')}.`,
  );
  const report = `${lines.join('\n')}\n`;
  writeFileSync(join(outDir, 'relevance-report.md'), report);
  console.log(report);
}

await main();
