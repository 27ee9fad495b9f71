/**
 * Build-time data read from the script's own source text, so that no copy of it stays on the
 * page's heap.
 *
 * A string literal in a script lives twice: in the source text, which the browser keeps outside
 * the JavaScript heap, and in the constant pool of the function that uses it, which stays as long
 * as that function's code does — for a module's top level, as long as the page. The matcher's
 * patterns, its automaton and the dataset slice were ~157 KB of the engine's heap that way, read
 * once and never again. Here the build writes each compressed and as base64 (one-byte, no
 * character a minifier would escape or re-quote) returned by a function that is never called: a
 * function that never runs is never compiled, so its literal reaches no constant pool, and
 * `Function.prototype.toString` gives the text back as a slice of the source. The source text
 * itself stays for the page's life, hence the compression (modules/lib/source-literal-code.ts);
 * the browser inflates it natively (`DecompressionStream`, in both browsers since well before the
 * versions the manifest asks for). What is decoded from it is garbage once used.
 *
 * Where the source is not available (an engine that hides it), the function is called instead:
 * the same text, kept as before.
 */
import { decodeBase64 } from './automaton-tables';

/** A function the build writes as `function name() { return "<base64 of raw DEFLATE>"; }`. */
export type SourceLiteral = () => string;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The base64 text `holder` returns, read from its source where that shows it whole. */
function base64Of(holder: SourceLiteral): string {
  const source = Function.prototype.toString.call(holder);
  // The literal is the only quoted text in the function; the minifier may pick any quote.
  const open = source.search(/["'`]/);
  const close = open === -1 ? -1 : source.indexOf(source.charAt(open), open + 1);
  const text = close === -1 ? '' : source.slice(open + 1, close);
  return text.length > 0 && BASE64.test(text) ? text : holder();
}

/**
 * `packed` inflated (raw DEFLATE); rejects where the bytes are not a whole DEFLATE stream.
 *
 * In through a Response's body and out through a reader: through a Blob (the shorter way to
 * write it) the same inflate cost Chromium 156 about twice the main-thread time, the Blob's
 * bytes making a round trip through the browser's blob store (tests/bench/engine-data.bench.ts).
 * Not written to the stream directly: in Firefox the page's streams refuse an array of a content
 * script's as a chunk, while a Response's constructor takes it.
 */
async function inflate(packed: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const body = new Response(packed).body;
  if (body === null) throw new Error('A response made of bytes has no body');
  const reader = body.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  // Copied into an array of this script's own: in Firefox the chunks belong to the page's
  // compartment, where methods that look up their constructor (`slice`) are denied to us.
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The bytes `holder`'s literal stands for. */
export function sourceBytes(holder: SourceLiteral): Promise<Uint8Array> {
  return inflate(decodeBase64(base64Of(holder)) as Uint8Array<ArrayBuffer>);
}

/**
 * The parts `holder`'s literal packs (modules/lib/source-literal-code.ts, `packParts`): their
 * count and each one's length as 32-bit little-endian numbers, then the parts. One literal for
 * all of a script's data: each inflate has a cost of its own beyond its bytes. Each part is
 * its own copy, so that a part kept does not keep the others.
 */
export async function sourceParts(holder: SourceLiteral): Promise<Uint8Array[]> {
  const packed = await sourceBytes(holder);
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
    parts.push(packed.slice(at, at + length));
    at += length;
  }
  if (at !== packed.length) damaged();
  return parts;
}
