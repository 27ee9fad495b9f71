/**
 * The build's side of utils/matching/packed-parts.ts: several parts in one buffer, their count
 * and each one's length as 32-bit little-endian numbers, then the parts; texts as UTF-8.
 */
export function packParts(parts: readonly (Uint8Array | string)[]): Uint8Array {
  const bodies = parts.map((part) =>
    typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part),
  );
  const header = Buffer.alloc(4 + 4 * bodies.length);
  header.writeUInt32LE(bodies.length, 0);
  for (const [index, body] of bodies.entries()) header.writeUInt32LE(body.length, 4 + 4 * index);
  // A plain array, not a Buffer, whose `slice` would be a view.
  return new Uint8Array(Buffer.concat([header, ...bodies]));
}
