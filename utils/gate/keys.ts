/**
 * The keys of the first pass (see ./scan.ts and docs/cost.md): a short list of words such that
 * every mention Backstory could show under the default "Where: pages about the talks" contains
 * one of them. Made at build time (modules/gate-data.ts); pure.
 *
 * What can be shown on a page without the full engine having looked at it:
 * - a mention of a `specific` entity (Putin, Lavrov, Ushakov, the Kremlin): shown on any page;
 * - a general mention or a figure: shown only in text that is about the story, which needs at
 *   least one topic anchor (utils/page/topicality.ts) — so the anchors stand for all of them;
 * - a verbatim quote: noticed through its four-word anchors (utils/quotes/anchors.ts).
 *
 * So the keys are the anchors, the specific entities' patterns and, for the quotes, two adjacent
 * words of every quote anchor (chosen to cover all anchors with few pairs). The first pass reads
 * text node by text node without knowing where blocks end, and keys are found as substrings
 * (not only at the start of a word), so a name's key is one word: found however the page
 * splits its text ("<b>P</b>utin"), and however blocks run together ("Kyiv</li><li>Putin").
 * A quote's anchor lies inside one block in the engine too, so two words of it are safe — and
 * needed: a single long word is also inside longer ones ("formation" in "information").
 * A key that contains another key is dropped: the shorter one finds it anyway.
 */
import type { MatchingData } from '../dataset/schema';
import { collectPatterns } from '../matching/compile';
import { normalizeForMatching } from '../matching/normalize';

/** As in utils/quotes/anchors.ts: every anchor holds a word at least this long. */
const LONG_WORD = 6;

export function gateKeys(data: MatchingData): string[] {
  const scopeOf = new Map(data.entities.map((entity) => [entity.id, entity.scope ?? 'specific']));
  const keys = new Set<string>();
  for (const anchor of data.topic?.anchors ?? []) {
    if (anchor.endings === undefined) keys.add(longest(words(fold(anchor.stem))));
    else for (const key of wholeWordKeys(fold(anchor.stem), anchor.endings)) keys.add(key);
  }

  const { patterns } = collectPatterns(data);
  const phrases: string[][] = [];
  const quoteAnchorPairs: string[][] = [];
  for (const pattern of patterns) {
    const showsAnywhere = pattern.candidates.some(
      (candidate) => candidate.type === 'alias' && scopeOf.get(candidate.mention.id) !== 'general',
    );
    if (showsAnywhere) {
      const pieces = words(pattern.text);
      if (pieces.length === 1) keys.add(pattern.text);
      else phrases.push(pieces);
    }
    if (pattern.quoteAnchors.length > 0) quoteAnchorPairs.push(keysForAnchor(words(pattern.text)));
  }
  // "President Putin" is found by "putin" already; a phrase none of whose words holds a key
  // adds its longest word (never a title like "president" when the surname is there).
  for (const pieces of phrases) {
    if (pieces.some((piece) => [...keys].some((key) => piece.includes(key)))) continue;
    keys.add(longest(pieces));
  }
  for (const pair of coveringPairs(quoteAnchorPairs)) keys.add(pair);
  return withoutContainingKeys([...keys]);
}

/**
 * Keys for a whole-word cue (the Ukrainian "крим" with "", "у", "ом": Crimea, where the stem
 * alone also starts "кримінальний"). Keys are found as substrings, so each ending gives its
 * word; the bare stem is a key with a space after it, which the scan (./scan.ts) finds before
 * any mark that ends a word and at the end of a text node.
 */
function wholeWordKeys(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => (ending === '' ? `${stem} ` : fold(stem + ending)));
}

function fold(text: string): string {
  return normalizeForMatching(text).text;
}

function words(text: string): string[] {
  return text.split(' ').filter((piece) => piece.length > 0);
}

function longest(pieces: readonly string[]): string {
  return pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), '');
}

/**
 * The keys that can stand for one quote anchor, the most telling kind that the anchor has:
 * 1. pairs of adjacent words of 4+ letters whose second word has LONG_WORD+ ("crafty ideas");
 * 2. else the whole anchor ("formation of the ussr").
 * A long second word is found only where a word starts: "soviet leadership" is not inside
 * another word, where "formation of" is in "information of". A pair with a short first word
 * ("the conflict") would be on many pages about anything, so such anchors keep all four words.
 */
function keysForAnchor(anchorWords: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < anchorWords.length; i++) {
    const [first, second] = [anchorWords[i] as string, anchorWords[i + 1] as string];
    if (first.length >= 4 && second.length >= LONG_WORD) found.push(`${first} ${second}`);
  }
  return found.length > 0 ? found : [anchorWords.join(' ')];
}

/**
 * A few pairs such that every quote anchor (given as its pairs) contains one: greedily, the
 * pair in the most anchors not yet covered, the longest of equals.
 */
function coveringPairs(anchors: readonly string[][]): string[] {
  const chosen: string[] = [];
  let open = anchors.map((anchor) => new Set(anchor));
  while (open.length > 0) {
    const counts = new Map<string, number>();
    for (const anchor of open)
      for (const word of anchor) counts.set(word, (counts.get(word) ?? 0) + 1);
    let best = '';
    let bestCount = 0;
    for (const [word, count] of counts) {
      const better = count > bestCount || (count === bestCount && word.length > best.length);
      if (better) {
        best = word;
        bestCount = count;
      }
    }
    if (bestCount === 0) throw new Error(`a quote anchor without a word of ${LONG_WORD}+ letters`);
    chosen.push(best);
    open = open.filter((anchor) => !anchor.has(best));
  }
  return chosen;
}

function withoutContainingKeys(keys: readonly string[]): string[] {
  const sorted = [...keys].filter((key) => key.length > 0).sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const key of sorted) {
    if (!kept.some((shorter) => key.includes(shorter))) kept.push(key);
  }
  return kept;
}
