/**
 * From anchors to quote findings, for one block of text. Runs only where the matcher's pass
 * found an anchor (utils/matching), so a page without one pays nothing here; around each
 * anchor the work is bounded by MAX_REACH and MAX_COMPARED_WORDS.
 *
 * 1. Quoted: the anchor sits inside quotation marks. The quotation's words are compared
 *    with the quote the anchor belongs to; when anchors of two different quotes sit in the
 *    same quotation, with the two quotes joined (the page joined them: "differs").
 * 2. Unquoted: no marks around the anchor. Only the run of words the page shares with the
 *    quote word for word, grown from the anchor, counts, and only from MIN_RUN words on:
 *    "matches" (the whole quote, or a part of it).
 * Anything that is not close to the quote (compare.ts) gets no finding.
 */
import { type Comparison, compareWords } from './compare';
import { enclosingQuotation } from './quotation';
import { findTranslations } from './translation';
import { wordsOf } from './words';

/** Unquoted text needs this many words in a row of a quote to count as quoting it. */
export const MIN_RUN = 8;

export interface QuoteSource {
  /** Statement id. */
  id: string;
  text: string;
  /** Entity id of who said it. */
  speaker: string;
  /** The quote in Ukrainian and Russian, when known: recognises translations (translation.ts). */
  translations?: { uk?: string; ru?: string };
}

export interface AnchorHit {
  /** Offsets in the block's text, `end` exclusive. */
  start: number;
  end: number;
  quote: number;
}

/** Who the page names around the quotation, next to who said the words in the source. */
export type Attribution =
  /** The block names the source's speaker. */
  | { kind: 'speaker-named' }
  /** The block names other people and not the speaker: the page may credit someone else. */
  | { kind: 'others-named'; others: string[] }
  /** The block names nobody we know. */
  | { kind: 'nobody-named' };

export interface QuoteFinding extends Omit<Comparison, 'verdict'> {
  /** 'translation': quoted in another language, so not compared word for word. */
  verdict: Comparison['verdict'] | 'translation';
  start: number;
  end: number;
  /** Statement ids compared with, in page order; two when the page joined two quotes. */
  statements: string[];
  marked: 'quoted' | 'unquoted';
  attribution: Attribution;
}

/** A person the block names, as the matcher found them. */
export interface NamedPerson {
  start: number;
  end: number;
  id: string;
}

function attributionFor(speaker: string, named: readonly NamedPerson[]): Attribution {
  if (named.some((person) => person.id === speaker)) return { kind: 'speaker-named' };
  const others = [...new Set(named.map((person) => person.id))];
  return others.length > 0 ? { kind: 'others-named', others } : { kind: 'nobody-named' };
}

/** Grows the run of words the page shares with `quote` around the anchor, word for word. */
function sharedRun(text: string, hit: AnchorHit, quote: QuoteSource): QuoteFinding | null {
  const reach = quote.text.length + 200;
  const from = Math.max(0, hit.start - reach);
  const page = wordsOf(text, from, Math.min(text.length, hit.end + reach));
  const source = wordsOf(quote.text).words;
  const pageAt = page.starts.indexOf(hit.start);
  const anchor = wordsOf(text, hit.start, hit.end).words;
  if (pageAt < 0 || anchor.length === 0) return null;
  // Where the anchor is in the quote: the first place its words stand in a row.
  let sourceAt = -1;
  for (let j = 0; j + anchor.length <= source.length && sourceAt < 0; j++) {
    if (anchor.every((word, k) => source[j + k] === word)) sourceAt = j;
  }
  if (sourceAt < 0) return null;
  let first = 0;
  while (
    pageAt - first - 1 >= 0 &&
    sourceAt - first - 1 >= 0 &&
    page.words[pageAt - first - 1] === source[sourceAt - first - 1]
  ) {
    first++;
  }
  let last = anchor.length - 1;
  while (
    pageAt + last + 1 < page.words.length &&
    sourceAt + last + 1 < source.length &&
    page.words[pageAt + last + 1] === source[sourceAt + last + 1]
  ) {
    last++;
  }
  const length = first + last + 1;
  if (length < MIN_RUN) return null;
  const cutAtStart = sourceAt - first;
  const cutAtEnd = source.length - (sourceAt + last + 1);
  return {
    verdict: 'matches',
    extent: cutAtStart + cutAtEnd > 0 ? 'part' : 'whole',
    cutAtStart,
    cutAtEnd,
    diff: source.slice(cutAtStart, cutAtStart + length).map((word) => ({ op: 'same', word })),
    shared: length,
    start: page.starts[pageAt - first] as number,
    end: page.ends[pageAt + last] as number,
    statements: [quote.id],
    marked: 'unquoted',
    attribution: { kind: 'nobody-named' },
  };
}

/**
 * Quote findings in one block, in text order, never overlapping. `hits` are the anchors the
 * matcher found; `named` the people it found in the same block.
 */
export function findQuotations(
  text: string,
  hits: readonly AnchorHit[],
  quotes: readonly QuoteSource[],
  named: readonly NamedPerson[],
): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  const covered = (at: number) => findings.some((f) => at >= f.start && at < f.end);
  // Anchors grouped by the quotation that encloses them (or by none).
  const quotations = new Map<string, { start: number; end: number; quotes: number[] }>();
  const unquoted: AnchorHit[] = [];
  for (const hit of hits) {
    const span = enclosingQuotation(text, hit.start, hit.end);
    if (span === null) {
      unquoted.push(hit);
      continue;
    }
    const key = `${span.start}:${span.end}`;
    const entry = quotations.get(key) ?? { ...span, quotes: [] };
    if (!entry.quotes.includes(hit.quote)) entry.quotes.push(hit.quote);
    quotations.set(key, entry);
  }
  for (const { start, end, quotes: indices } of quotations.values()) {
    const sources = indices.map((index) => quotes[index]).filter((q) => q !== undefined);
    const first = sources[0];
    if (first === undefined) continue;
    const page = wordsOf(text, start, end).words;
    const source = sources.flatMap((quote) => wordsOf(quote.text).words);
    const comparison = compareWords(page, source);
    if (comparison === null) continue;
    const joined = sources.length > 1;
    const inside = named.filter((person) => person.start >= start && person.end <= end);
    const outside = named.filter((person) => !inside.includes(person));
    findings.push({
      ...comparison,
      // Joining two separate quotes changes what was said, even with every word kept.
      verdict: joined ? 'differs' : comparison.verdict,
      start,
      end,
      statements: sources.map((quote) => quote.id),
      marked: 'quoted',
      attribution: attributionFor(first.speaker, outside),
    });
  }
  for (const hit of unquoted) {
    if (covered(hit.start)) continue;
    const quote = quotes[hit.quote];
    if (quote === undefined) continue;
    const run = sharedRun(text, hit, quote);
    if (run === null || covered(run.start) || covered(run.end - 1)) continue;
    const outside = named.filter((person) => person.end <= run.start || person.start >= run.end);
    findings.push({ ...run, attribution: attributionFor(quote.speaker, outside) });
  }
  const translated = quotes.flatMap((quote, index) => {
    const translations = [quote.translations?.uk, quote.translations?.ru].filter(
      (text): text is string => text !== undefined,
    );
    return translations.length > 0 ? [{ index, speaker: quote.speaker, translations }] : [];
  });
  if (translated.length > 0) {
    for (const hit of findTranslations(text, named, translated)) {
      const quote = quotes[hit.quote];
      if (quote === undefined || covered(hit.start) || covered(hit.end - 1)) continue;
      findings.push({
        verdict: 'translation',
        extent: 'whole',
        cutAtStart: 0,
        cutAtEnd: 0,
        diff: [],
        shared: 0,
        start: hit.start,
        end: hit.end,
        statements: [quote.id],
        marked: 'quoted',
        attribution: { kind: 'speaker-named' },
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
