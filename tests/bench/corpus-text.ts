/**
 * Visible text of the corpus pages, extracted in Node without a DOM — good enough for
 * benchmarks and counts, not a browser's exact `innerText`:
 * - the contents of <script>, <style>, <noscript>, <template>, <svg>, <head> and comments
 *   are dropped;
 * - block-level tags (p, div, li, h1–h6, br, tr, section, article…) become a blank line,
 *   which ends a sentence for the matcher, so blocks do not run together; a single line
 *   break of the HTML source stays one (it wraps a sentence); other tags vanish;
 * - numeric entities and the common named ones are decoded; runs of spaces shrink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const HIDDEN =
  /<(script|style|noscript|template|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|dd|dt|pre|main|form|hr)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  thinsp: '\u2009',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  zwnj: '\u200c',
  zwj: '\u200d',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

/** The visible text of one HTML document; blocks are separated by a blank line. */
export function visibleText(html: string): string {
  const withoutHidden = html.replace(HIDDEN, ' ');
  const withBreaks = withoutHidden.replace(BLOCK, '\n\n').replace(TAG, '');
  return decodeEntities(withBreaks)
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ *\n(?: *\n)+ */g, '\n\n')
    .replace(/ *\n */g, '\n')
    .trim();
}

export interface CorpusPage {
  /** Path relative to the corpus directory, e.g. "readability/bbc-1.html". */
  name: string;
  text: string;
}

/** Every .html file under `corpusDir`, sorted by path, as visible text. */
export function readCorpusPages(corpusDir: string): CorpusPage[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(path);
    }
  };
  walk(corpusDir);
  return files.sort().map((path) => ({
    name: relative(corpusDir, path),
    text: visibleText(readFileSync(path, 'utf8')),
  }));
}
