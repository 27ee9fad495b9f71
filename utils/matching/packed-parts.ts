/**
 * Parts packed in one buffer by the build (modules/lib/packed-parts.ts, `packParts`): their
 * count and each one's length as 32-bit little-endian numbers, then the parts.
 */

/** The parts of `packed`; each its own copy, so that a part kept does not keep the others. */
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
    // A copy whatever `packed` is (a Node Buffer's `slice` is a view).
    parts.push(new Uint8Array(packed.subarray(at, at + length)));
    at += length;
  }
  if (at !== packed.length) damaged();
  return parts;
}
