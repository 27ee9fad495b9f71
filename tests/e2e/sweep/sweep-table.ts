import {
  type CorpusEntry,
  countByName,
  type PageError,
  type PageMutation,
  type ProbedHighlight,
} from '../harness';

export interface SweepRow {
  browser: string;
  entry: CorpusEntry;
  highlights: ProbedHighlight[];
  mutations: PageMutation[];
  extensionErrors: PageError[];
  /** goto() until the load event. */
  loadMs: number;
  /** Probe appended after load until it is highlighted: the first scan's end, plus the 200 ms debounce. */
  settleMs: number;
}

const categories = ['people', 'institutions', 'figures'] as const;

function byCategory(highlights: readonly ProbedHighlight[]): Record<string, number> {
  const counts = countByName(highlights);
  const result: Record<string, number> = {};
  for (const category of categories) {
    result[category] = Object.entries(counts)
      .filter(([name]) => name.startsWith(`backstory-${category}-`))
      .reduce((sum, [, n]) => sum + n, 0);
  }
  return result;
}

/** The markdown report and a one-line summary of a sweep. */
export function sweepTable(rows: readonly SweepRow[], minutes: number) {
  const lines = [
    '# Corpus sweep',
    '',
    `${rows.length} page loads in ${minutes.toFixed(1)} min (\`npm run test:sweep\`). Page scripts are`,
    "off (CSP `script-src 'none'`), so every mutation counted would be the extension's.",
    '`settle ms`: probe paragraph appended after load → highlighted; it includes the 200 ms debounce.',
    '',
    '| browser | page | text chars | people | institutions | figures | mutations | ext. errors | load ms | settle ms | names highlighted |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    const counts = byCategory(row.highlights);
    const names = [...new Set(row.highlights.map((h) => h.text.replace(/\s+/g, ' ')))]
      .slice(0, 8)
      .join(', ')
      .replaceAll('|', '\\|');
    lines.push(
      `| ${row.browser} | ${row.entry.file} | ${row.entry.textChars} | ${counts.people} | ${counts.institutions} | ${counts.figures} | ${row.mutations.length} | ${row.extensionErrors.length} | ${row.loadMs} | ${row.settleMs} | ${names} |`,
    );
  }
  const withMutations = rows.filter((row) => row.mutations.length > 0).length;
  const withErrors = rows.filter((row) => row.extensionErrors.length > 0).length;
  const total = rows.reduce((sum, row) => sum + row.highlights.length, 0);
  const slowest = Math.max(...rows.map((row) => row.settleMs));
  const summary = `${rows.length} page loads, ${total} highlights, ${withMutations} with page mutations, ${withErrors} with extension errors, slowest settle ${slowest} ms, ${minutes.toFixed(1)} min`;
  lines.push('', summary, '');
  return { markdown: lines.join('\n'), summary };
}
