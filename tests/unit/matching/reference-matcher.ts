/**
 * A deliberately naive matcher with the semantics written in utils/matching/match.ts:
 * normalises with plain string functions, tries every pattern at every position, checks
 * every rule on the spot and picks leftmost-longest by brute force. Quadratic and slow,
 * and obviously so — it exists to be compared with the fast engine on random texts.
 * Only the sentence-end predicate is shared (it is a definition, not an algorithm).
 */
import { aliasForms } from '@/utils/dataset/alias-forms';
import type { Dataset } from '@/utils/dataset/schema';
import { isSentenceEnd } from '@/utils/matching/figure-context';
import { type AliasRules, judgeAlias, NEEDS_CONFIRMATION } from '@/utils/matching/name-context';
import type { Mention } from '@/utils/matching/types';

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\uffff]/;
const SPACE = /\s/;
const APOSTROPHE = /['\u2018\u2019\u201b\u02bc\u02b9\u2032\u0060\u00b4\uff07]/;
const QUOTE = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02]/;
const HYPHEN = /[\u2010\u2011\u2212]/;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;

interface Normalized {
  text: string;
  original: number[];
}

function naiveNormalize(text: string): Normalized {
  let out = '';
  const original: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    let folded: string;
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char) || char === '\0') {
      if (out.endsWith(' ')) continue;
      folded = ' ';
    } else if (APOSTROPHE.test(char)) folded = "'";
    else if (QUOTE.test(char)) folded = '"';
    else if (HYPHEN.test(char)) folded = '-';
    else if (char === 'İ') folded = 'i';
    else {
      const lower = char.toLowerCase();
      folded = lower.length === 1 ? lower : char;
      if (folded === 'ё') folded = 'е';
    }
    out += folded;
    original.push(i);
  }
  return { text: out, original };
}

type Entry =
  | { type: 'exclusion'; written: string; pattern: string }
  | {
      type: 'alias';
      written: string;
      pattern: string;
      exact: boolean;
      lowerCase: boolean;
      rules: AliasRules;
      mention: Omit<Mention, 'start' | 'end'>;
    }
  | {
      type: 'figure';
      written: string;
      pattern: string;
      subject: string[];
      measure: string[];
      mention: Omit<Mention, 'start' | 'end'>;
    };

function entriesOf(dataset: Dataset): Entry[] {
  const exclusions: Entry[] = [];
  const aliases: Entry[] = [];
  const figures: Entry[] = [];
  for (const entity of dataset.entities) {
    const ownWords = [
      ...new Set(
        entity.aliases.flatMap((alias) =>
          aliasForms(alias).flatMap(
            (form) => naiveNormalize(form).text.match(/[\p{L}\p{N}]+/gu) ?? [],
          ),
        ),
      ),
    ];
    for (const exclusion of entity.exclusions) {
      for (const written of aliasForms(exclusion)) {
        exclusions.push({ type: 'exclusion', written, pattern: naiveNormalize(written).text });
      }
    }
    for (const alias of entity.aliases) {
      const surname = entity.category === 'people' && alias.form === 'surname';
      const rules: AliasRules = {
        ...(alias.commonWord ? { commonWord: alias.commonWord } : {}),
        ...(alias.form === 'adjective' ? { adjective: true } : {}),
        ...(surname ? { surname: true, ownWords } : {}),
        ...(entity.category === 'institutions' && alias.form === 'name' ? { placeName: true } : {}),
      };
      for (const written of aliasForms(alias)) {
        aliases.push({
          type: 'alias',
          written,
          pattern: naiveNormalize(written).text,
          exact: alias.case === 'exact',
          lowerCase: alias.lowerCase === true,
          rules,
          mention: {
            id: entity.id,
            kind: 'entity',
            category: entity.category,
            matched: written,
            rule: `alias:${alias.form}:${alias.lang}`,
            ...(alias.requiresConfirmation ? { requiresConfirmation: true as const } : {}),
          },
        });
      }
    }
  }
  for (const figure of dataset.figures) {
    for (const form of figure.forms) {
      figures.push({
        type: 'figure',
        written: form.text,
        pattern: naiveNormalize(form.text).text,
        subject: figure.context.subject.map((stem) => naiveNormalize(stem).text),
        measure: figure.context.measure.map((stem) => naiveNormalize(stem).text),
        mention: {
          id: figure.id,
          kind: 'figure',
          category: 'figures',
          matched: form.text,
          rule: `figure-form:${form.lang}`,
        },
      });
    }
  }
  return [...exclusions, ...aliases, ...figures];
}

export function referenceFind(dataset: Dataset, text: string): Mention[] {
  const entries = entriesOf(dataset);
  const norm = naiveNormalize(text);
  const raw = (index: number) => text.charAt(norm.original[index] as number);

  const boundaryBefore = (start: number, pattern: string): boolean => {
    if (!WORD.test(pattern.charAt(0)) || start === 0) return true;
    const before = raw(start - 1);
    if (WORD.test(before)) return false;
    if (start < 2) return true;
    if (APOSTROPHE.test(before)) return !WORD.test(raw(start - 2));
    if ((before === '.' || before === ',') && DIGIT.test(pattern.charAt(0))) {
      return !DIGIT.test(raw(start - 2));
    }
    return true;
  };
  const boundaryAfter = (end: number, pattern: string): boolean => {
    const last = pattern.charAt(pattern.length - 1);
    if (!WORD.test(last) || end >= norm.text.length) return true;
    const after = raw(end);
    if (WORD.test(after)) return false;
    if (end + 1 >= norm.text.length) return true;
    if (APOSTROPHE.test(after)) return !WORD.test(raw(end + 1));
    if ((after === '.' || after === ',') && DIGIT.test(last)) return !DIGIT.test(raw(end + 1));
    return true;
  };

  const caseHolds = (
    written: string,
    exact: boolean,
    lowerCase: boolean,
    start: number,
    length: number,
  ): boolean => {
    const writtenNorm = naiveNormalize(written);
    const patternChar = (k: number) => written.charAt(writtenNorm.original[k] as number);
    const caseOf = (char: string) => (UPPER.test(char) ? 'U' : LOWER.test(char) ? 'L' : '-');
    if (exact) {
      for (let k = 0; k < length; k++) {
        if (caseOf(raw(start + k)) !== caseOf(patternChar(k))) return false;
      }
      return true;
    }
    let inCapitals = true;
    let inLowerCase = true;
    for (let k = 0; k < length; k++) {
      if (LOWER.test(raw(start + k))) inCapitals = false;
      if (UPPER.test(raw(start + k))) inLowerCase = false;
    }
    if (inCapitals || (inLowerCase && lowerCase)) return true;
    for (let k = 0; k < length; k++) {
      const startsWord = k === 0 || !WORD.test(patternChar(k - 1));
      if (startsWord && UPPER.test(patternChar(k)) && !UPPER.test(raw(start + k))) return false;
    }
    return true;
  };

  const contextHolds = (stems: string[], start: number): boolean => {
    const position = norm.original[start] as number;
    let from = position;
    while (from > 0 && !isSentenceEnd(text, from - 1)) from--;
    let to = position;
    while (to < text.length && !isSentenceEnd(text, to)) to++;
    to = Math.min(to + 1, text.length);
    for (let at = 0; at < norm.text.length; at++) {
      for (const stem of stems) {
        if (!norm.text.startsWith(stem, at) || !boundaryBefore(at, stem)) continue;
        const last = norm.original[at + stem.length - 1] as number;
        if (last >= from && last < to) return true;
      }
    }
    return false;
  };

  const mentions: Mention[] = [];
  let cursor = 0;
  let previousEnd = -1;
  for (let start = 0; start < norm.text.length; start++) {
    if (start < cursor) continue;
    let best: Entry | undefined;
    let bestNeedsConfirmation = false;
    for (const entry of entries) {
      const { pattern } = entry;
      if (best !== undefined && pattern.length <= best.pattern.length) continue;
      if (!norm.text.startsWith(pattern, start)) continue;
      const end = start + pattern.length;
      if (!boundaryBefore(start, pattern) || !boundaryAfter(end, pattern)) continue;
      let needsConfirmation = false;
      if (entry.type === 'alias') {
        if (!caseHolds(entry.written, entry.exact, entry.lowerCase, start, pattern.length))
          continue;
        const verdict = judgeAlias(
          text,
          norm.original[start] as number,
          (norm.original[end - 1] as number) + 1,
          entry.rules,
          previousEnd,
        );
        if (verdict === 0) continue;
        needsConfirmation = verdict === NEEDS_CONFIRMATION;
      }
      if (
        entry.type === 'figure' &&
        !(contextHolds(entry.subject, start) && contextHolds(entry.measure, start))
      ) {
        continue;
      }
      best = entry;
      bestNeedsConfirmation = needsConfirmation;
    }
    if (best === undefined) continue;
    const end = start + best.pattern.length;
    cursor = end;
    if (best.type === 'exclusion') continue;
    previousEnd = (norm.original[end - 1] as number) + 1;
    mentions.push({
      start: norm.original[start] as number,
      end: previousEnd,
      ...best.mention,
      ...(bestNeedsConfirmation ? { requiresConfirmation: true as const } : {}),
    });
  }
  return mentions;
}
