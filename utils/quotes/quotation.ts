/**
 * The quotation around an anchor: from the anchor, look left for the mark that opens a
 * quotation and right for the mark that closes it, each at most MAX_REACH code units away
 * (bounded work, whatever the page). Styles: “…” (en), «…» (uk, ru), „…“ and „…” (uk, ru),
 * "…" (straight), ‘…’ (en, single; only where ’ cannot be an apostrophe).
 */

export const MAX_REACH = 1200;

export interface Span {
  /** Offsets of the quoted words, inside the marks; `end` exclusive. */
  start: number;
  end: number;
}

/** Closing marks each opening mark accepts. */
const CLOSERS: Record<string, string> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '"': '"',
  '‘': '’',
};
/** Marks that only ever close: meeting one on the way left means the anchor is outside. */
const ONLY_CLOSING = new Set(['”', '»']);

const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** A ‘ opens a quotation only after a non-letter; a ’ closes one only before a non-letter. */
function isSingleOpener(text: string, at: number): boolean {
  return !isLetter(text[at - 1]) && isLetter(text[at + 1]);
}
function isSingleCloser(text: string, at: number): boolean {
  return !isLetter(text[at + 1]);
}

function straightQuotesBefore(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text[i] === '"') count++;
  return count;
}

/**
 * The quotation that encloses text[anchorStart, anchorEnd), or null when the anchor is not
 * inside quotation marks (within reach).
 */
export function enclosingQuotation(
  text: string,
  anchorStart: number,
  anchorEnd: number,
): Span | null {
  const leftLimit = Math.max(0, anchorStart - MAX_REACH);
  let open = -1;
  for (let i = anchorStart - 1; i >= leftLimit; i--) {
    const char = text[i] as string;
    if (ONLY_CLOSING.has(char)) return null;
    if (char === '“' || char === '„' || char === '«') {
      open = i;
      break;
    }
    if (char === '"') {
      // Straight marks do not say which way they face: inside iff an odd number precede.
      if (straightQuotesBefore(text, leftLimit, anchorStart) % 2 === 1) open = i;
      else return null;
      break;
    }
    if (char === '‘' && isSingleOpener(text, i)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  const closers = CLOSERS[text[open] as string] ?? '';
  const rightLimit = Math.min(text.length, anchorEnd + MAX_REACH);
  for (let i = anchorEnd; i < rightLimit; i++) {
    const char = text[i] as string;
    if (!closers.includes(char)) continue;
    if (char === '’' && !isSingleCloser(text, i)) continue;
    return { start: open + 1, end: i };
  }
  return null;
}
