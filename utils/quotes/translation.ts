/**
 * Translations: a Ukrainian or Russian page quoting an English quote in its own language
 * cannot be checked word for word, and anchors (runs of the quote's English words) never fire
 * on it. What marks such a quotation is (1) the source's speaker named in the same block —
 * the matcher's pass has found the name — and (2) a quotation in Cyrillic next to the name
 * whose words share most of their stems with the quote's translation in the dataset
 * (`translations.uk` / `.ru`). Both are needed: the speaker is quoted on many subjects, and a
 * wrong "translation of this quote" would be worse than saying nothing. The verdict says only
 * "translation; compare with the source" and shows the source's words.
 *
 * Work is bounded: only blocks that name a speaker with a translated quote, at most
 * MAX_QUOTATIONS_PER_NAME quotations within MAX_REACH of each name.
 */
import { MAX_REACH } from './quotation';
import { isCyrillic, wordsOf } from './words';

export const MAX_QUOTATIONS_PER_NAME = 4;
/** Share of the translation's stems the page's quotation must have, and at least how many. */
export const MIN_STEM_SHARE = 0.5;
export const MIN_SHARED_STEMS = 4;

const OPENERS = '«„“';
const CLOSER_OF: Record<string, string> = { '«': '»', '„': '“”', '“': '”' };
/** The openers as code units, for `mayHoldTranslation`'s loop. */
const OPENER_UNITS = Array.from(OPENERS, (mark) => mark.charCodeAt(0));
/** Below this, a unit is neither an opener nor Cyrillic (`isCyrillicUnit` starts at 0x400). */
const FIRST_UNIT_OF_NOTE = Math.min(0x0400, ...OPENER_UNITS);

/**
 * Whether `text` can hold a translated quotation at all: a mark that opens one and a Cyrillic
 * letter (what `findTranslations` needs of any quotation it keeps). The matcher asks it before
 * it loads the quote check for a block that names a speaker (utils/matching/match.ts): most
 * pages that name one are in English, or quote nobody. A loop, not a regular expression, as the
 * engine would keep the expression's compiled code for the page's life.
 */
export function mayHoldTranslation(text: string): boolean {
  let opens = false;
  let cyrillic = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FIRST_UNIT_OF_NOTE) continue;
    if (!opens && OPENER_UNITS.includes(unit)) opens = true;
    else if (!cyrillic && isCyrillicUnit(unit)) cyrillic = true;
    if (opens && cyrillic) return true;
  }
  return false;
}

/**
 * The blocks that hold Unicode's Cyrillic script (`\p{Script=Cyrillic}`, as `isCyrillic` reads
 * it), with a few marks more and the high surrogate of the plane-1 block: never false for a
 * letter `isCyrillic` counts.
 */
function isCyrillicUnit(unit: number): boolean {
  return (
    (unit >= 0x0400 && unit <= 0x052f) ||
    (unit >= 0x1c80 && unit <= 0x1c8f) ||
    unit === 0x1d2b ||
    unit === 0x1d78 ||
    (unit >= 0x2de0 && unit <= 0x2dff) ||
    (unit >= 0xa640 && unit <= 0xa69f) ||
    unit === 0xfe2e ||
    unit === 0xfe2f ||
    // U+1E030..U+1E08F (Cyrillic Extended-D) are written with this high surrogate.
    unit === 0xd838
  );
}

/** Stems that survive inflection well enough: the first four letters of words of five or more. */
function stems(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .words.filter((word) => word.length >= 5)
      .map((word) => word.slice(0, 4)),
  );
}

export interface TranslatedQuote {
  index: number;
  speaker: string;
  translations: readonly string[];
}

export interface TranslationHit {
  start: number;
  end: number;
  quote: number;
}

/** Quotations (inner spans) that open within reach of [from, to), in text order. */
function quotationsNear(text: string, from: number, to: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const left = Math.max(0, from - MAX_REACH);
  const right = Math.min(text.length, to + MAX_REACH);
  for (let i = left; i < right && spans.length < MAX_QUOTATIONS_PER_NAME * 2; i++) {
    const open = text[i] as string;
    if (!OPENERS.includes(open)) continue;
    const closers = CLOSER_OF[open] ?? '';
    let close = -1;
    for (let k = i + 1; k < Math.min(text.length, i + 1 + MAX_REACH); k++) {
      if (closers.includes(text[k] as string)) {
        close = k;
        break;
      }
    }
    if (close < 0) break;
    spans.push({ start: i + 1, end: close });
    i = close;
  }
  // The quotations nearest to the name first.
  const distance = (span: { start: number; end: number }) =>
    span.end <= from ? from - span.end : Math.max(0, span.start - to);
  return spans.sort((a, b) => distance(a) - distance(b)).slice(0, MAX_QUOTATIONS_PER_NAME);
}

export function findTranslations(
  text: string,
  named: readonly { start: number; end: number; id: string }[],
  quotes: readonly TranslatedQuote[],
): TranslationHit[] {
  const hits: TranslationHit[] = [];
  const stemsOf = new Map(quotes.map((quote) => [quote.index, quote.translations.map(stems)]));
  for (const name of named) {
    const candidates = quotes.filter((quote) => quote.speaker === name.id);
    if (candidates.length === 0) continue;
    for (const span of quotationsNear(text, name.start, name.end)) {
      if (hits.some((hit) => hit.start === span.start)) continue;
      const quoted = text.slice(span.start, span.end);
      if (!isCyrillic(quoted)) continue;
      const page = stems(quoted);
      for (const quote of candidates) {
        const close = (stemsOf.get(quote.index) ?? []).some((translation) => {
          let shared = 0;
          for (const stem of translation) if (page.has(stem)) shared++;
          return (
            shared >= MIN_SHARED_STEMS &&
            shared >= MIN_STEM_SHARE * translation.size &&
            // A long quotation that contains a few of the words is about something else.
            shared >= MIN_STEM_SHARE * 0.8 * page.size
          );
        });
        if (close) {
          hits.push({ ...span, quote: quote.index });
          break;
        }
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
