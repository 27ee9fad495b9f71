/**
 * Numbers the sentences of a source article so the dataset can point at them
 * (`sentence: 7` = the 7th string returned here, 1-based).
 *
 * The numbering must never change for a given text, or every `sentence` field in
 * the dataset would point at the wrong place, so the rules are deliberately plain:
 *
 * 1. The text is split into lines; blank lines are dropped. The first line (the
 *    headline) is therefore sentence 1.
 * 2. Each line is split after ".", "?" or "!" (optionally followed by a closing
 *    quotation mark) when whitespace and then an upper-case letter or an opening
 *    quotation mark follow.
 * 3. No split after a single capital letter ("U.S. officials", "Donald J. Trump")
 *    or after a common abbreviation ("Gen.", "Feb.", "Mr.").
 * 4. A line that ends without punctuation (a cut-off sentence in the source) is
 *    still one sentence: it is kept as it is, never joined to the next line.
 *
 * Each sentence is trimmed; nothing else about its text changes.
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'st',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** End punctuation, optional closing quote, whitespace, then a capital or an opening quote. */
const BOUNDARY = /([.?!]["”»’']?)\s+(?=[\p{Lu}"“«„])/gu;

function endsWithAbbreviation(textBeforeStop: string): boolean {
  const lastWord = /(\p{L}+)$/u.exec(textBeforeStop)?.[1];
  if (lastWord === undefined) return false;
  if (lastWord.length === 1 && /\p{Lu}/u.test(lastWord)) return true;
  return ABBREVIATIONS.has(lastWord.toLowerCase());
}

function splitLine(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const boundary of line.matchAll(BOUNDARY)) {
    const punctuation = boundary[1] ?? '';
    const stopAt = boundary.index + punctuation.length;
    const isPeriod = punctuation.startsWith('.');
    if (isPeriod && endsWithAbbreviation(line.slice(start, boundary.index))) continue;
    sentences.push(line.slice(start, stopAt).trim());
    start = boundary.index + boundary[0].length;
  }
  sentences.push(line.slice(start).trim());
  return sentences.filter((sentence) => sentence.length > 0);
}

/** The article's sentences in order; index 0 is sentence 1 (the headline). Pure. */
export function splitSentences(articleText: string): string[] {
  return articleText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap(splitLine);
}

/** The text of sentence `number` (1-based), or undefined when there is no such sentence. */
export function sentenceAt(sentences: readonly string[], number: number): string | undefined {
  return Number.isInteger(number) && number >= 1 ? sentences[number - 1] : undefined;
}
