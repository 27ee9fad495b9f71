import { DROPPED, foldUnit } from './char-classes';

/** Text as the matcher sees it, with the way back to the string it came from. */
export interface NormalizedText {
  /** Folded text: see `foldUnit`; invisible characters dropped, runs of white space as one ' '. */
  text: string;
  /** `toOriginal[i]` is the index in the original string of normalised code unit `i`. */
  toOriginal: Int32Array;
}

/**
 * Normalises a string exactly as the matcher does while scanning (the matcher does it on
 * the fly without building a string; this is the same rule, spelled out for patterns and
 * for anyone who needs to compare text the way the matcher does).
 */
export function normalizeForMatching(text: string): NormalizedText {
  const units: number[] = [];
  const toOriginal = new Int32Array(text.length);
  let previousWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = foldUnit(text.charCodeAt(i));
    if (folded === DROPPED) continue;
    if (folded === 0x20) {
      if (previousWasSpace) continue;
      previousWasSpace = true;
    } else {
      previousWasSpace = false;
    }
    toOriginal[units.length] = i;
    units.push(folded);
  }
  let normalized = '';
  for (let i = 0; i < units.length; i += 4096) {
    normalized += String.fromCharCode(...units.slice(i, i + 4096));
  }
  return { text: normalized, toOriginal: toOriginal.slice(0, units.length) };
}
