/**
 * On-topic and mixed test pages written for this project (tests/relevance/pages), each with a
 * hand-written list of what a reader of the page should see highlighted
 * (`<page>.expected.tsv`). Read by the DOM test and the relevance benchmark, which score what
 * the extension shows against the list: recall (expected mentions shown) and extras (shown but
 * not expected: chrome, an unrelated story, a wrong reading).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const OWN_PAGES_DIR = join(import.meta.dirname, 'pages');

export interface ExpectedMention {
  /** Dataset id; "figure" for a figure. */
  id: string;
  /** The highlighted text as a reader sees it (white space collapsed, soft hyphens dropped). */
  text: string;
}

export interface OwnPage {
  /** File name under pages/, e.g. "en-talks.html". */
  file: string;
  expected: ExpectedMention[];
}

/** White space collapsed and soft hyphens dropped: the text a reader sees. */
export function readerText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readOwnPages(dir: string = OWN_PAGES_DIR): OwnPage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((file) => {
      const list = readFileSync(join(dir, file.replace(/\.html$/, '.expected.tsv')), 'utf8');
      const expected: ExpectedMention[] = [];
      for (const line of list.split('\n')) {
        if (line.startsWith('#') || line.trim() === '' || line.startsWith('id\t')) continue;
        const [id, text] = line.split('\t');
        if (id === undefined || text === undefined) throw new Error(`${file}: bad line "${line}"`);
        expected.push({ id, text: readerText(text) });
      }
      return { file, expected };
    });
}

export interface PageScore {
  expected: number;
  found: number;
  missed: ExpectedMention[];
  extra: ExpectedMention[];
}

/** Matches shown against expected as multisets of (id, reader text). */
export function scorePage(
  expected: readonly ExpectedMention[],
  shown: readonly ExpectedMention[],
): PageScore {
  const key = (m: ExpectedMention) => `${m.id}\t${readerText(m.text)}`;
  const left = new Map<string, number>();
  for (const m of shown) left.set(key(m), (left.get(key(m)) ?? 0) + 1);
  const missed: ExpectedMention[] = [];
  for (const m of expected) {
    const n = left.get(key(m)) ?? 0;
    if (n > 0) left.set(key(m), n - 1);
    else missed.push(m);
  }
  const extra: ExpectedMention[] = [];
  for (const [k, n] of left) {
    const [id = '', text = ''] = k.split('\t');
    for (let i = 0; i < n; i++) extra.push({ id, text });
  }
  return { expected: expected.length, found: expected.length - missed.length, missed, extra };
}
