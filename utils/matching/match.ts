/**
 * # Matching semantics — the one place they are written down
 *
 * `compileMatcher(dataset).find(text)` returns every mention of the dataset's entities and
 * figures in `text`, and nothing else, sorted by start, never overlapping.
 *
 * 1. Normalisation (char-classes.ts, normalize.ts). Each UTF-16 code unit is folded on its
 *    own: lower-cased when that keeps it one unit long (İ → i), ё → е, every apostrophe
 *    (’ ‘ ʼ ′ ` ´) → ', every double quote (“ ” „ « ») → ", ‐ ‑ − → -, every white space
 *    (NBSP, thin and other Unicode spaces, line breaks) → ' ', and a run of white space is
 *    one space. Invisible characters (soft hyphen U+00AD, U+200B–U+200F, U+2060–U+2064,
 *    bidi controls, U+FEFF) are dropped, so "Lav\u00ADrov" is "Lavrov". Patterns (alias
 *    text + each ending, exclusion text + each ending, figure forms, context stems) are
 *    normalised the same way. Offsets are reported in the ORIGINAL string: a mention runs
 *    from its first to its last visible code unit, spanning anything dropped in between.
 *
 * 2. Candidates. One Aho–Corasick pass finds every occurrence of every pattern in the
 *    normalised text. An occurrence is a candidate only with word boundaries (boundaries.ts)
 *    on each side where the pattern begins or ends with a letter or digit: no letter or
 *    digit of any script next to it, an apostrophe followed by a letter is inside a word
 *    ("Lavrov's" needs an explicit "'s" ending; "Lavrovs" never matches "Lavrov"), and '.'
 *    or ',' between digits is inside a number.
 *
 * 3. Validity, per kind of candidate:
 *    - alias: its case rule (case-rules.ts) holds on the original text — 'proper': capitals
 *      where the pattern's words have initial capitals, or the whole match in capitals, or
 *      (alias marked `lowerCase`) the whole match in lower case; 'exact': the case of every
 *      letter as written. Then the words around it (name-context.ts), in this order:
 *      a. an `adjective` form right after a hyphenated prefix is another word ("post-Soviet",
 *         "ex-Soviet"; not "US-Saudi", where the word before is a name or a mention);
 *      b. a `name` form of an institution or place is part of a longer proper name when a
 *         capitalised word whose capital is evidence stands right before it ("Radio Free
 *         Europe", "Ради Європи"), or "X of [the]" does ("Council of Europe"), or one follows
 *         it ("United States Steel") — titles, ranks and calendar words do not count ("United
 *         States Secretary of State"), nor does the previous mention;
 *      c. a `surname` of a person is a namesake when a different given name or initial stands
 *         right before it ("Frank B. Kellogg", "his brother Robert Trump") — not one of the
 *         entity's own alias words ("Donald", "President", "В."), not a title or calendar
 *         word, not a possessive, not a Cyrillic place in -и/-ы/-ї ("президент Росії Путін"),
 *         not the previous mention; a patronymic defers to the word before it;
 *      d. an alias marked `commonWord` whose capitals prove nothing — at a sentence or line
 *         start, in a Title Case headline, in a run of capitals, or in lower case — is a
 *         'word' that counts only with page confirmation (the mention carries
 *         `requiresConfirmation`), or the 'pronoun' "us", which counts only first in its run,
 *         after THE, or hyphen-joined to the next word ("US-RUSSIA"), else not at all.
 *      "Capitals are evidence" means the word is not sentence-initial and its sentence is not
 *      a Title Case or all-caps line. A rule reads the original text around the match (at most
 *      160 code units each way) and the end of the last mention reported before it, so the
 *      verdict may depend on the mention before it, never on one after it;
 *    - exclusion (a look-alike: relative, namesake, brand): always valid, case-insensitive.
 *      Exclusions remain for what the rules above cannot see: phrases at a sentence start or
 *      in a headline, where capitals prove nothing ("Melania Trump wore…", "Ліга Європи:");
 *    - figure form: case-insensitive, valid only if the sentence around the start of the
 *      form (figure-context.ts defines sentences) names the same measure: a word begins
 *      with one of the figure's `subject` stems (who or what: Russians, Ukraine's territory,
 *      the talks) AND a word begins with one of its `measure` stems (support, control,
 *      negotiations, borders). Either one alone is not enough.
 *    A pattern shared by several entries tries them in order — exclusions first, then
 *    aliases in dataset order, then figures — and the first valid one is the candidate.
 *
 * 4. Selection: leftmost-longest among VALID candidates. Scanning left to right, the
 *    candidate with the smallest start wins, then the longest; once chosen, nothing that
 *    overlaps it is reported. A longer candidate that fails its checks hides nothing
 *    ("president Trump" with a proper "President Trump" alias still yields "Trump"). An
 *    exclusion competes like any candidate and, when chosen, reports nothing: so
 *    "Melania Trump" hides the "Trump" inside it, and a full name ("Donald Trump") beats a
 *    surname, a title + name beats the name. Exclusions should therefore be written in full
 *    ("Donald Trump Jr.", not "Trump Jr." — the latter loses to "Donald Trump" which starts
 *    first).
 *
 * 5. Quotations (utils/quotes/). Patterns can also be anchors: runs of words of a verbatim
 *    quote. They never compete with the candidates above; when the pass found any, the quote
 *    check looks at the text around them and may report a quotation of the quote as one
 *    mention of kind 'quote' (its verdict in `quote`). A quotation wins over the entity and
 *    figure mentions inside it, so mentions still never overlap. Where the quote check is loaded
 *    on demand and not here yet (./quote-check-source.ts), `find` returns the mentions without
 *    quotations and `deferredQuotes` says when to find again.
 *
 * Scope: `find` sees only the string it is given. A figure's context in another block, or
 * a name split across two calls, is not seen — pass whole blocks (a paragraph, a heading).
 *
 * Cost: one pass over the text (one table read per code unit plus a transition), then work
 * proportional to the number of candidates: they arrive ordered by end and are kept ordered
 * by start by insertion from the back, each passing only candidates nested inside it (at
 * most the longest pattern's length); sentence detection runs only around figure candidates
 * and visits each sentence once; the context rules read a bounded window around each alias
 * candidate that passed its case rule. The build compiles the patterns (their case rules
 * included) and the automaton; a page loads them (matcher-tables.ts). `find` reuses its
 * buffers, so it is not re-entrant (it never calls out, so this cannot happen).
 */

import type { NamedPerson } from '../quotes/find';
import { mayHoldTranslation } from '../quotes/translation';
import { FILLED, HAS_OUTPUT, LazyAutomaton, NO_LINK } from './aho-corasick';
import { isBoundaryAfter, isBoundaryBefore } from './boundaries';
import { satisfiesCaseRule } from './case-rules';
import { DROPPED, foldUnit } from './char-classes';
import type { Candidate, CompiledDataset, PatternRules } from './compile';
import { SentenceContext } from './figure-context';
import { INVALID, judgeAlias, NEEDS_CONFIRMATION, VALID, type Verdict } from './name-context';
import type { FindQuotations, QuoteCheckSource } from './quote-check-source';
import type { Matcher, Mention } from './types';
import { TABLED_UNITS, UnitsAbove } from './unit-tables';

/** Sizes of the compiled matcher, for benchmarks and diagnostics. */
export interface MatcherStats {
  patterns: number;
  states: number;
  alphabet: number;
  /** Bytes of the transition table and of the per-code-unit column table. */
  tableBytes: number;
}

export interface CompiledMatcher extends Matcher {
  readonly stats: MatcherStats;
}

/**
 * Column-table markers, the three values above any real column: bytes while the alphabet has
 * fewer than 253 units (today 73), so the table of code units is 12 KB, not 24.
 */
function columnMarkers(width: number) {
  const top = width + 3 <= 0x100 ? 0xff : 0xffff;
  return { UNKNOWN: top, INVISIBLE: top - 1, WHITE_SPACE: top - 2 };
}

/** A growable Int32Array pair, reused between calls. */
class HitBuffer {
  first = new Int32Array(256);
  second = new Int32Array(256);
  count = 0;

  push(first: number, second: number): void {
    if (this.count === this.first.length) {
      const grow = (array: Int32Array) => {
        const bigger = new Int32Array(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.first = grow(this.first);
      this.second = grow(this.second);
    }
    this.first[this.count] = first;
    this.second[this.count] = second;
    this.count++;
  }
}

export function createMatcher(
  compiled: CompiledDataset,
  quoteCheck: QuoteCheckSource,
): CompiledMatcher {
  const { patterns, stemCount, quotes } = compiled;
  // Rows on demand: a page fills a few hundred of the thousands of rows (aho-corasick.ts).
  const automaton = new LazyAutomaton(compiled.plan);
  const { rowNumber, width, flags, terminal, none, outputLink, patternLength } = automaton;
  const spaceColumn = automaton.columnOf(0x20);

  // Raw code unit → automaton column (or a marker), learnt the first time a unit is seen; units
  // from TABLED_UNITS on in blocks (./unit-tables.ts), as 1 + the column.
  const { UNKNOWN, INVISIBLE, WHITE_SPACE } = columnMarkers(width);
  const columnOfUnit = (
    UNKNOWN === 0xff ? new Uint8Array(TABLED_UNITS) : new Uint16Array(TABLED_UNITS)
  ).fill(UNKNOWN);
  const columnPlusOneAbove = new UnitsAbove();
  const columnFor = (unit: number): number => {
    const folded = foldUnit(unit);
    return folded === DROPPED
      ? INVISIBLE
      : folded === 0x20
        ? WHITE_SPACE
        : automaton.columnOf(folded);
  };
  // A learnt column is at most INVISIBLE, below 0xffff: 1 + it fits the blocks, and is not 0.
  const columnPlusOneFor = (unit: number): number => columnFor(unit) + 1;
  const learnColumn = (unit: number): number => {
    if (unit >= TABLED_UNITS) return columnPlusOneAbove.learnt(unit, columnPlusOneFor) - 1;
    const column = columnFor(unit);
    columnOfUnit[unit] = column;
    return column;
  };

  let toOriginal = new Int32Array(1024);
  // Candidates sorted by start, then longest first: [normalised start, pattern index].
  const candidates = new HitBuffer();
  // Context-stem hits in order of their last code unit: [original index of it, stem id].
  const stemHits = new HitBuffer();
  // Quote anchors found: [normalised start, pattern index].
  const anchorHits = new HitBuffer();
  const translatedSpeakers = new Set(
    quotes.filter((quote) => quote.translations).map((quote) => quote.speaker),
  );
  // Set by a `find` that met what may be a quotation before the quote check was here.
  let quotesLater: Promise<void> | null = null;

  function recordOutputs(text: string, state: number, end: number): void {
    // Own pattern first (the longest), then along output links.
    let at = terminal[state] !== none ? state : (outputLink[state] as number);
    for (; at !== NO_LINK; at = outputLink[at] as number) {
      const patternIndex = terminal[at] as number;
      const pattern = patterns.at(patternIndex) as PatternRules;
      const start = end - (patternLength[patternIndex] as number);
      if (
        pattern.needsBoundaryBefore &&
        !isBoundaryBefore(text, toOriginal, start, pattern.startsWithDigit)
      ) {
        continue;
      }
      for (const stem of pattern.contextStems) stemHits.push(toOriginal[end - 1] as number, stem);
      if (pattern.quoteAnchors.length > 0) anchorHits.push(start, patternIndex);
      if (pattern.candidates.length > 0) insertCandidate(start, patternIndex);
    }
  }

  /** Insertion from the back: candidates arrive nearly sorted (by end), so this is cheap. */
  function insertCandidate(start: number, patternIndex: number): void {
    candidates.push(start, patternIndex);
    const starts = candidates.first;
    const indices = candidates.second;
    const length = patternLength[patternIndex] as number;
    let at = candidates.count - 1;
    while (at > 0) {
      const previousStart = starts[at - 1] as number;
      const previousLength = patternLength[indices[at - 1] as number] as number;
      if (previousStart < start || (previousStart === start && previousLength >= length)) break;
      starts[at] = previousStart;
      indices[at] = indices[at - 1] as number;
      at--;
    }
    starts[at] = start;
    indices[at] = patternIndex;
  }

  function find(text: string): Mention[] {
    if (toOriginal.length < text.length) {
      toOriginal = new Int32Array(Math.max(text.length, toOriginal.length * 2));
    }
    candidates.count = 0;
    stemHits.count = 0;
    anchorHits.count = 0;
    quotesLater = null;

    // The one pass: normalise on the fly and run the automaton.
    const map = toOriginal;
    let normalizedLength = 0;
    let state = 0;
    let row = 0; // the root's row is placed first
    // Replaced when a fill grows the table.
    let transitions = automaton.transitions;
    let previousWasSpace = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let column = unit < TABLED_UNITS ? (columnOfUnit[unit] as number) : UNKNOWN;
      if (column >= WHITE_SPACE) {
        if (column === UNKNOWN) column = learnColumn(unit);
        if (column === INVISIBLE) continue;
        if (column === WHITE_SPACE) {
          if (previousWasSpace) continue;
          previousWasSpace = true;
          column = spaceColumn;
        } else {
          previousWasSpace = false;
        }
      } else {
        previousWasSpace = false;
      }
      map[normalizedLength++] = i;
      state = transitions[row + column] as number;
      let stateFlags = flags[state] as number;
      if (stateFlags !== FILLED) {
        if (stateFlags === 0) {
          automaton.fill(state);
          transitions = automaton.transitions;
          stateFlags = flags[state] as number;
        }
        if ((stateFlags & HAS_OUTPUT) !== 0) recordOutputs(text, state, normalizedLength);
      }
      row = (rowNumber[state] as number) * width;
    }

    const mentions = selectLeftmostLongest(text, normalizedLength);
    // Quotations: around anchors, or (translations) around the name of a translated quote's speaker.
    const mayQuote =
      anchorHits.count > 0 ||
      (translatedSpeakers.size > 0 &&
        mentions.some((mention) => translatedSpeakers.has(mention.id)) &&
        mayHoldTranslation(text));
    if (!mayQuote) return mentions;
    const findQuotations = quoteCheck.current();
    if (findQuotations === null) {
      quotesLater = quoteCheck.load();
      return mentions;
    }
    return withQuotations(findQuotations, text, normalizedLength, mentions);
  }

  /** Adds the quotations around the anchors found; they hide the mentions inside them. */
  function withQuotations(
    findQuotations: FindQuotations,
    text: string,
    normalizedLength: number,
    mentions: Mention[],
  ): Mention[] {
    const hits = [];
    for (let h = 0; h < anchorHits.count; h++) {
      const start = anchorHits.first[h] as number;
      const patternIndex = anchorHits.second[h] as number;
      const pattern = patterns.at(patternIndex) as PatternRules;
      const end = start + (patternLength[patternIndex] as number);
      if (!isBoundaryAfter(text, toOriginal, normalizedLength, end, pattern.endsWithDigit))
        continue;
      for (const quote of pattern.quoteAnchors) {
        hits.push({
          start: toOriginal[start] as number,
          end: (toOriginal[end - 1] as number) + 1,
          quote,
        });
      }
    }
    const named: NamedPerson[] = mentions.filter((mention) => mention.category === 'people');
    const findings = findQuotations(text, hits, quotes, named);
    if (findings.length === 0) return mentions;
    const outside = mentions.filter((mention) =>
      findings.every((found) => mention.end <= found.start || mention.start >= found.end),
    );
    const quoted: Mention[] = findings.map((finding) => {
      const quote = quotes.find((candidate) => candidate.id === finding.statements[0]);
      return {
        start: finding.start,
        end: finding.end,
        id: finding.statements[0] as string,
        kind: 'quote',
        category: quote?.category ?? 'people',
        matched: text.slice(finding.start, finding.end),
        rule: `quote:${finding.marked}`,
        quote: finding,
      };
    });
    return [...outside, ...quoted].sort((a, b) => a.start - b.start);
  }

  function selectLeftmostLongest(text: string, normalizedLength: number): Mention[] {
    const mentions: Mention[] = [];
    if (candidates.count === 0) return mentions;
    let sentences: SentenceContext | undefined;
    let previousEnd = -1;
    const judge = (candidate: Candidate, start: number, length: number): Verdict => {
      switch (candidate.type) {
        case 'exclusion':
          return VALID;
        case 'alias':
          if (!satisfiesCaseRule(candidate.caseRule, text, toOriginal, start, length)) {
            return INVALID;
          }
          return judgeAlias(
            text,
            toOriginal[start] as number,
            (toOriginal[start + length - 1] as number) + 1,
            candidate.rules,
            previousEnd,
          );
        case 'figure':
          sentences ??= new SentenceContext(
            text,
            stemHits.first,
            stemHits.second,
            stemHits.count,
            stemCount,
          );
          return sentences.hasStemNear(toOriginal[start] as number, candidate.subject) &&
            sentences.hasStemNear(toOriginal[start] as number, candidate.measure)
            ? VALID
            : INVALID;
      }
    };

    let cursor = 0;
    for (let h = 0; h < candidates.count; h++) {
      const start = candidates.first[h] as number;
      if (start < cursor) continue;
      const patternIndex = candidates.second[h] as number;
      const pattern = patterns.at(patternIndex) as PatternRules;
      const length = patternLength[patternIndex] as number;
      const end = start + length;
      if (
        pattern.needsBoundaryAfter &&
        !isBoundaryAfter(text, toOriginal, normalizedLength, end, pattern.endsWithDigit)
      ) {
        continue;
      }
      let verdict: Verdict = INVALID;
      let winner: Candidate | undefined;
      for (const candidate of pattern.candidates) {
        verdict = judge(candidate, start, length);
        if (verdict === INVALID) continue;
        winner = candidate;
        break;
      }
      if (winner === undefined) continue;
      cursor = end;
      if (winner.type === 'exclusion') continue;
      previousEnd = (toOriginal[end - 1] as number) + 1;
      mentions.push({
        start: toOriginal[start] as number,
        end: previousEnd,
        ...winner.mention,
        ...(verdict === NEEDS_CONFIRMATION ? { requiresConfirmation: true as const } : {}),
      });
    }
    return mentions;
  }

  return {
    find,
    deferredQuotes: () => quotesLater,
    stats: {
      patterns: patterns.length,
      states: automaton.stateCount,
      alphabet: width - 1,
      // The rows filled so far: the table grows as pages reach more states.
      get tableBytes() {
        return automaton.transitions.byteLength + columnOfUnit.byteLength;
      },
    },
  };
}
