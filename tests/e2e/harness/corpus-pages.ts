import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Saved publisher pages keep their <script> tags, and inline ones would run and change the
 * DOM, which would make "the extension changed nothing" impossible to check. Serving them with
 * a Content-Security-Policy that forbids every script stops the page's own code; content
 * scripts are exempt from a page's CSP in both browsers, so Backstory runs as on any page.
 */
export const pageScriptsOff = "script-src 'none'; object-src 'none'";

/** Response headers for the static server: no page scripts under /corpus/. */
export function corpusHeaders(pathname: string): Record<string, string> | undefined {
  return pathname.startsWith('/corpus/')
    ? { 'content-security-policy': pageScriptsOff }
    : undefined;
}

/** One row of the corpus MANIFEST.tsv: actor-name counts by column (Putin, Trump, …). */
export interface CorpusEntry {
  file: string;
  textChars: number;
  names: Record<string, number>;
}

const nonNameColumns = new Set([
  'file',
  'source_repo',
  'path_in_repo',
  'bytes',
  'text_chars',
  'percent',
]);

/** The pages of `corpus/readability/` with what the MANIFEST counted in each. */
export function readabilityPages(corpus: string): CorpusEntry[] {
  const [header, ...rows] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = (header ?? '').split('\t');
  const byFile = new Map<string, CorpusEntry>();
  for (const row of rows) {
    const cells = row.split('\t');
    const entry: CorpusEntry = { file: cells[0] ?? '', textChars: 0, names: {} };
    columns.forEach((column, i) => {
      const value = Number(cells[i]);
      if (column === 'text_chars') entry.textChars = value;
      else if (!nonNameColumns.has(column)) entry.names[column] = value;
    });
    byFile.set(entry.file, entry);
  }
  return readdirSync(join(corpus, 'readability'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const file = `readability/${name}`;
      return byFile.get(file) ?? { file, textChars: 0, names: {} };
    });
}
