/**
 * The build's side of utils/matching/source-literal.ts: data written as a function that returns
 * it, compressed (raw DEFLATE) and as base64, and that no page calls, so a page reads it from the
 * source text. Compressed because the browser keeps a script's source for the page's life: the
 * engine's tables and dataset slice were 134 KB of its 233 KB as plain base64, 28 KB compressed.
 */
import { deflateRawSync } from 'node:zlib';

export function sourceLiteralCode(name: string, data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  const packed = deflateRawSync(bytes, { level: 9 });
  return `function ${name}() { return ${JSON.stringify(packed.toString('base64'))}; }`;
}

/**
 * Parts in one buffer, for one literal (utils/matching/source-literal.ts, `sourceParts`): their
 * count and each one's length as 32-bit little-endian numbers, then the parts; texts as UTF-8.
 */
export function packParts(parts: readonly (Uint8Array | string)[]): Uint8Array {
  const bodies = parts.map((part) =>
    typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part),
  );
  const header = Buffer.alloc(4 + 4 * bodies.length);
  header.writeUInt32LE(bodies.length, 0);
  for (const [index, body] of bodies.entries()) header.writeUInt32LE(body.length, 4 + 4 * index);
  return Buffer.concat([header, ...bodies]);
}
