/**
 * The first pass's probe: a check of the page's text at native speed (the browser's own
 * `toLowerCase`, one regular expression) that stands in front of the exact automaton
 * (./exact-scan.ts). It may say yes where the automaton says no, never the other way round:
 * where it says no, no key is in the text, and the automaton is never built.
 *
 * Why: the first pass runs once per page load, so a JavaScript loop over the text runs cold in
 * the interpreter (about a microsecond per code unit); the browser's string functions and its
 * regular-expression engine run as native code. The source is made at build time
 * (modules/gate-data.ts) from the keys (./keys.ts); pure, no DOM.
 *
 * Text is first normalized with native functions only (`normalizeForProbe`): lower-cased, and
 * the units the fold (utils/matching/fold.ts) drops are removed. Each key becomes a pattern:
 * - a letter `c` stands for every unit the fold turns into `c`, as the normalization leaves
 *   them (`е` is `[её]`: the fold reads ё as е, `toLowerCase` keeps it);
 * - a space stands for any run of units that are not ASCII letters or digits, empty included
 *   (the automaton reads any mark that ends a word as a space, and a run of them as one; the
 *   empty run also covers two text nodes joined with nothing between them);
 * - a space at either end is left out (the automaton also finds "крим " at the end of a text
 *   node, where the joined text may go on with a letter);
 * - a unit of the key that some unit of the text only reaches through the fold as more or
 *   less than one unit cuts the key there, and the longest piece stands for it.
 * tests/unit/gate/probe.test.ts checks these for all 65,536 code units.
 */
import { DROPPED, foldUnit } from '../matching/fold';
import { forgetLastMatch } from './forget-last-match';

/**
 * The units the fold drops (its invisible characters) and U+0307, the dot that
 * `toLowerCase` adds after "i" for "İ" (which the fold reads as "i"). Removing a unit can only
 * join what was around it, so the probe can only say yes more often for it.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: code units, each on its own, on purpose.
  /[\u00ad\u0307\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\uffff]/g;

/** The text as the probe reads it: native lower case, invisible units removed. */
export function normalizeForProbe(text: string): string {
  const normalized = text.toLowerCase().replace(INVISIBLE, '');
  forgetLastMatch();
  return normalized;
}

/** What a space of a key matches: any run of units that are not ASCII letters or digits. */
export const PROBE_GAP = '[^a-z0-9]*';

type Token = string;

/**
 * The regular expression's source for `keys` (folded, as ./keys.ts makes them): one
 * alternative per key, less those that contain another one.
 */
export function probeSource(keys: readonly string[]): string {
  const classes = unitClasses(keys);
  const patterns = keys
    .map((key) => keyTokens(key, classes))
    .filter((tokens) => tokens.length > 0)
    .sort((a, b) => a.length - b.length);
  const kept: Token[][] = [];
  for (const tokens of patterns) {
    if (!kept.some((shorter) => containsRun(tokens, shorter))) kept.push(tokens);
  }
  if (kept.length === 0) return '(?!)';
  return kept.map((tokens) => tokens.join('')).join('|');
}

/**
 * For each unit of the keys (but the space), what the normalization turns every unit that the
 * fold reads as it into — as a regular-expression class, or `null` where one of them does not
 * stay one unit (the key is cut there).
 */
export function unitClasses(keys: readonly string[]): Map<string, Token | null> {
  const wanted = new Set(keys.join('').replaceAll(' ', ''));
  const images = new Map<string, Set<string>>();
  for (const char of wanted) images.set(char, new Set());
  for (let unit = 0; unit < 0x10000; unit++) {
    const folded = foldUnit(unit);
    if (folded === DROPPED) continue;
    const image = images.get(String.fromCharCode(folded));
    image?.add(normalizeForProbe(String.fromCharCode(unit)));
  }
  const classes = new Map<string, Token | null>();
  for (const [char, image] of images) {
    const members = [...image].sort();
    if (members.some((member) => member.length !== 1)) classes.set(char, null);
    else if (members.length === 1 && members[0] === char) classes.set(char, escapeUnit(char));
    else classes.set(char, `[${members.map(escapeUnit).join('')}]`);
  }
  return classes;
}

/** A key as tokens: the longest piece between units that cut it, spaces as gaps, ends trimmed. */
function keyTokens(key: string, classes: Map<string, Token | null>): Token[] {
  const pieces: Token[][] = [[]];
  for (const char of key) {
    const current = pieces[pieces.length - 1] as Token[];
    if (char === ' ') {
      if (current.length > 0 && current[current.length - 1] !== PROBE_GAP) current.push(PROBE_GAP);
      continue;
    }
    const token = classes.get(char);
    if (token === null || token === undefined) pieces.push([]);
    else current.push(token);
  }
  const trimmed = pieces.map((piece) => {
    const end = piece[piece.length - 1] === PROBE_GAP ? piece.length - 1 : piece.length;
    return piece.slice(0, end);
  });
  return trimmed.reduce(
    (best, piece) => (letterCount(piece) > letterCount(best) ? piece : best),
    [] as Token[],
  );
}

function letterCount(tokens: readonly Token[]): number {
  return tokens.filter((token) => token !== PROBE_GAP).length;
}

/** Whether `inner` is a run of `outer`'s tokens: every match of `outer` holds one of `inner`. */
function containsRun(outer: readonly Token[], inner: readonly Token[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((token, i) => outer[start + i] === token)) return true;
  }
  return false;
}

/** A unit as it may stand in the source: letters and digits as they are, the rest escaped. */
function escapeUnit(char: string): string {
  if (/^[\p{L}\p{N}]$/u.test(char)) return char;
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The probe itself: does the text possibly hold a key? The expression is compiled on first use. */
export interface Probe {
  /** Whether `text` (raw page text) may hold a key; false means it surely holds none. */
  mayHoldKey(text: string): boolean;
}

export function createProbe(source: string): Probe {
  let expression: RegExp | null = null;
  return {
    mayHoldKey(text) {
      expression ??= new RegExp(source);
      const maybe = expression.test(normalizeForProbe(text));
      forgetLastMatch();
      return maybe;
    },
  };
}

/**
 * Where in `text` (raw page text) a key may be: from `reach` units before to `reach` units after
 * each place the probe's expression matches, overlapping stretches merged, as `[from, to)` pairs
 * of offsets into the normalized text (`normalizeForProbe`; the text's own offsets where the
 * normalization moved no unit, as on most pages: `normalizedLength` tells). Every key of `text`
 * that spans at most `reach` units lies wholly inside one of them; none is what the probe says
 * no to. Apart from the probe, which every page loads: only the key check, which reads the text
 * again where the probe says yes, asks where.
 */
export type KeyStretches = (text: string, reach: number) => KeyStretchesFound;

/** What `KeyStretches` finds: `[from, to)` pairs, and the normalized text's length. */
export interface KeyStretchesFound {
  stretches: number[];
  normalizedLength: number;
}

/**
 * How a piece of `text` is measured in the offsets of its stretches (`found`): where the
 * normalization moved units of `text` (an invisible one removed), as the normalized text counts
 * it, else as it is. Each piece normalizes to its own part of the whole: lower case changes no
 * unit's length by what follows it.
 */
export function lengthInStretches(
  text: string,
  found: KeyStretchesFound,
): (piece: string) => number {
  return found.normalizedLength === text.length
    ? (piece) => piece.length
    : (piece) => normalizeForProbe(piece).length;
}

export function createKeyStretches(source: string): KeyStretches {
  let everyMatch: RegExp | null = null;
  return (text, reach) => {
    const normalized = normalizeForProbe(text);
    everyMatch ??= new RegExp(source, 'g');
    everyMatch.lastIndex = 0;
    const stretches: number[] = [];
    for (let match = everyMatch.exec(normalized); match !== null; ) {
      const from = Math.max(0, match.index - reach);
      const to = Math.min(normalized.length, match.index + match[0].length + reach);
      // Matches come in order and do not overlap, so a stretch ends after the one before.
      if (stretches.length > 0 && from <= (stretches[stretches.length - 1] as number)) {
        stretches[stretches.length - 1] = to;
      } else {
        stretches.push(from, to);
      }
      if (match[0].length === 0) everyMatch.lastIndex++;
      match = everyMatch.exec(normalized);
    }
    forgetLastMatch();
    return { stretches, normalizedLength: normalized.length };
  };
}
