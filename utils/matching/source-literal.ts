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

/** `packed` inflated (raw DEFLATE); rejects where the bytes are not a whole DEFLATE stream. */
async function inflate(packed: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const inflated = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

/** The bytes `holder`'s literal stands for. */
export function sourceBytes(holder: SourceLiteral): Promise<Uint8Array> {
  return inflate(decodeBase64(base64Of(holder)) as Uint8Array<ArrayBuffer>);
}

/** The UTF-8 text `holder`'s literal stands for. */
export async function sourceText(holder: SourceLiteral): Promise<string> {
  return new TextDecoder().decode(await sourceBytes(holder));
}
