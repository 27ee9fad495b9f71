/**
 * The build's side of utils/matching/source-literal.ts: data written as a function that returns
 * it as base64 and that no page calls, so a page reads it from the source text.
 */
export function sourceLiteralCode(name: string, data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return `function ${name}() { return ${JSON.stringify(bytes.toString('base64'))}; }`;
}
