/**
 * Saved pages (our own test pages, the shared corpus) as the DOM tests load them into
 * happy-dom: the files under a folder, and a page's body made inert so that happy-dom neither
 * runs nor fetches anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.html` file under `dir`, at any depth, in a stable order. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The page's body. Scripts are dropped, or with `keepScripts` kept in place as inert data
 * blocks (for tests about what the first pass reads around them); frames, links and embeds
 * become empty spans (with `keepScripts`, media too, which happy-dom would try to load).
 */
export function inertBody(file: string, options: { keepScripts?: boolean } = {}): string {
  const html = readFileSync(file, 'utf8');
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
  if (options.keepScripts === true) {
    return body
      .replace(/<script\b[^>]*>/gi, '<script type="text/x-inert">')
      .replace(/<(iframe|link|object|embed|img|video|audio|source)\b[^>]*>/gi, '<span></span>');
  }
  return body
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(iframe|link|object|embed)\b[^>]*>/gi, '<span></span>');
}
