/**
 * Parts packed in one buffer by the build (modules/lib/packed-parts.ts, `packParts`): their
 * count and each one's length as 32-bit little-endian numbers, then the parts.
 */

/**
 * The parts of `packed`, as views on its bytes: no copy is made, so a caller that keeps a part
 * for long copies it, or it keeps all of `packed`.
 */
export function unpackParts(packed: Uint8Array): Uint8Array[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const damaged = (): never => {
    throw new Error('Packed data is damaged: its parts do not add up to its length');
  };
  if (packed.length < 4) damaged();
  const count = view.getUint32(0, true);
  let at = 4 + 4 * count;
  if (at > packed.length) damaged();
  const parts: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const length = view.getUint32(4 + 4 * index, true);
    if (at + length > packed.length) damaged();
    parts.push(packed.subarray(at, at + length));
    at += length;
  }
  if (at !== packed.length) damaged();
  return parts;
}
