/**
 * Data files of the extension's own package, read by the scripts a page loads: the engine's
 * build-time data (utils/engine-data-file.ts). This is the one place that uses `fetch`, and only
 * for an address made by `runtime.getURL` (tests/unit/security/no-network.test.ts checks both):
 * the file is read from inside the browser, never from the network.
 */
import { browser } from 'wxt/browser';

/** A file as packaged, and listed in the manifest's web-accessible resources. */
export type PackagedFilePath = `/${string}.bin`;

/** The file's bytes, as an array of this script's own. */
export async function readPackagedFile(path: PackagedFilePath): Promise<Uint8Array> {
  // WXT types the argument as the paths of `public/` it knows; a file the build writes is not
  // among them.
  const url = browser.runtime.getURL(path as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be read (${response.status})`);
  const read = new Uint8Array(await response.arrayBuffer());
  // Copied into an array of this script's own: in Firefox the response's buffer belongs to the
  // page's compartment, where methods that look up their constructor (`slice`) are denied to us.
  const bytes = new Uint8Array(read.length);
  bytes.set(read);
  return bytes;
}
