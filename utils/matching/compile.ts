import { aliasForms } from '../dataset/alias-forms';
import { quotesOf } from '../dataset/matching-data';
import type {
  Alias,
  Category,
  MatchingData,
  MatchingEntity,
  MatchingQuote,
  Statement,
} from '../dataset/schema';
import { quoteAnchors } from '../quotes/anchors';
import type { AutomatonPlan } from './aho-corasick';
import { type CaseRule, compileCaseRule } from './case-rules';
import { DIGIT, unitInfo, WORD } from './char-classes';
import type { AliasRules } from './name-context';
import { normalizeForMatching } from './normalize';
import type { Mention } from './types';

/** The fields of a mention that come from the dataset. */
export type MentionTemplate = Omit<Mention, 'start' | 'end'>;

/**
 * What a pattern can turn out to be once found, in the order they are tried. Plain data (no
 * class instances, no typed arrays), so the build can ship it as JSON (matcher-tables.ts).
 */
export type Candidate =
  | { type: 'exclusion'; entityId: string; text: string }
  | { type: 'alias'; mention: MentionTemplate; caseRule: CaseRule; rules: AliasRules }
  | { type: 'figure'; mention: MentionTemplate; subject: number[]; measure: number[] };

const PRIORITY: Record<Candidate['type'], number> = { exclusion: 0, alias: 1, figure: 2 };

/**
 * What the matcher needs of a pattern it reaches. Not its text: the automaton knows it, and the
 * build's tables leave it out (matcher-tables.ts).
 */
export interface PatternRules {
  /** Tried in order; the first that passes its checks wins (exclusions first). */
  candidates: Candidate[];
  /** Ids of the figure-context stems this pattern is. */
  contextStems: number[];
  /** Indices (in `quotes`) of the verbatim quotes this pattern is an anchor of. */
  quoteAnchors: number[];
  needsBoundaryBefore: boolean;
  needsBoundaryAfter: boolean;
  startsWithDigit: boolean;
  endsWithDigit: boolean;
}

/** A pattern as compiled from the dataset. */
export interface CompiledPattern extends PatternRules {
  /** Normalised text, as the automaton knows it. */
  text: string;
}

/**
 * The patterns by the automaton's output index. An array where the dataset is compiled on the
 * page; from shipped tables, each pattern is rebuilt the first time the matcher reaches it
 * (matcher-tables.ts): a page reaches a few of the hundreds.
 */
export interface PatternList {
  readonly length: number;
  at(index: number): PatternRules | undefined;
}

export interface CompiledDataset {
  /** The automaton's trie; the matcher fills in its table as it goes (aho-corasick.ts). */
  plan: AutomatonPlan;
  patterns: PatternList;
  stemCount: number;
  /** The verbatim quotes, with their speaker's category, for the quote check. */
  quotes: (MatchingQuote & { category: Category })[];
}

/** What `collectPatterns` finds: every pattern, built. */
export interface CollectedPatterns extends Omit<CompiledDataset, 'plan' | 'patterns'> {
  patterns: CompiledPattern[];
}

/** Lower-case words of every alias of the entity: its own given names, initials and titles. */
function ownWordsOf(entity: MatchingEntity): string[] {
  const words = new Set<string>();
  for (const alias of entity.aliases) {
    for (const form of aliasForms(alias)) {
      for (const word of normalizeForMatching(form).text.match(/[\p{L}\p{N}]+/gu) ?? []) {
        words.add(word);
      }
    }
  }
  return [...words];
}

/** Which context rules (name-context.ts) an alias is judged by. */
function rulesOf(entity: MatchingEntity, alias: Alias, ownWords: string[]): AliasRules {
  const rules: AliasRules = {};
  if (alias.commonWord !== undefined) rules.commonWord = alias.commonWord;
  if (alias.form === 'adjective') rules.adjective = true;
  if (entity.category === 'people' && alias.form === 'surname') {
    rules.surname = true;
    rules.ownWords = ownWords;
  }
  if (entity.category === 'institutions' && alias.form === 'name') rules.placeName = true;
  return rules;
}

/**
 * Every pattern the matcher looks for — alias × ending, exclusion × ending, figure form, context
 * stem — with what each can turn out to be. The build runs this and ships the result
 * (matcher-tables.ts); a page runs it only when the shipped tables are refused. The automaton is
 * a pure function of the ordered list of pattern texts.
 */
export function collectPatterns(dataset: MatchingData): CollectedPatterns {
  const byText = new Map<string, CompiledPattern>();
  const patternFor = (written: string): CompiledPattern | undefined => {
    const text = normalizeForMatching(written).text;
    if (text.length === 0 || text === ' ') return undefined;
    let pattern = byText.get(text);
    if (pattern === undefined) {
      const first = unitInfo(text.charCodeAt(0));
      const last = unitInfo(text.charCodeAt(text.length - 1));
      pattern = {
        text,
        candidates: [],
        contextStems: [],
        quoteAnchors: [],
        needsBoundaryBefore: (first & WORD) !== 0,
        needsBoundaryAfter: (last & WORD) !== 0,
        startsWithDigit: (first & DIGIT) !== 0,
        endsWithDigit: (last & DIGIT) !== 0,
      };
      byText.set(text, pattern);
    }
    return pattern;
  };

  for (const entity of dataset.entities) {
    const ownWords = ownWordsOf(entity);
    for (const exclusion of entity.exclusions) {
      for (const written of aliasForms(exclusion)) {
        patternFor(written)?.candidates.push({
          type: 'exclusion',
          entityId: entity.id,
          text: written,
        });
      }
    }
    for (const alias of entity.aliases) {
      const rules = rulesOf(entity, alias, ownWords);
      for (const written of aliasForms(alias)) {
        patternFor(written)?.candidates.push({
          type: 'alias',
          caseRule: compileCaseRule(written, alias.case ?? 'proper', alias.lowerCase === true),
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

  const stemIds = new Map<string, number>();
  const stemIdsOf = (stems: readonly string[]): number[] =>
    stems.map((stem) => {
      const text = normalizeForMatching(stem).text;
      let stemId = stemIds.get(text);
      if (stemId === undefined) {
        stemId = stemIds.size;
        stemIds.set(text, stemId);
        patternFor(stem)?.contextStems.push(stemId);
      }
      return stemId;
    });
  for (const figure of dataset.figures) {
    const subject = stemIdsOf(figure.context.subject);
    const measure = stemIdsOf(figure.context.measure);
    for (const form of figure.forms) {
      patternFor(form.text)?.candidates.push({
        type: 'figure',
        subject,
        measure,
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

  // Quote anchors: found in the same pass, never mentions themselves (utils/quotes/).
  const quotes = quotesWithCategory(dataset);
  for (const anchor of quoteAnchors(quotes)) {
    patternFor(anchor.text)?.quoteAnchors.push(anchor.quote);
  }

  const patterns = [...byText.values()];
  for (const pattern of patterns) {
    // Stable: dataset order within each type.
    pattern.candidates.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type]);
  }
  return { patterns, stemCount: stemIds.size, quotes };
}

/** What the quotes' categories are read from: a slice, a whole dataset, or a slice's index. */
export type QuotedData = Pick<MatchingData, 'quotes'> & {
  entities: readonly Pick<MatchingEntity, 'id' | 'category'>[];
};

/**
 * The dataset's verbatim quotes with their speaker's category, for the quote check: a few
 * entries read from the dataset, so pages make them rather than the build shipping them twice.
 */
export function quotesWithCategory(dataset: QuotedData): CompiledDataset['quotes'] {
  const categoryOf = new Map(dataset.entities.map((entity) => [entity.id, entity.category]));
  return quotesOf(dataset as QuotedData & { statements?: Statement[] }).map((quote) => ({
    ...quote,
    category: categoryOf.get(quote.speaker) ?? ('people' as const),
  }));
}

/** The texts the automaton is built from, in order. */
export function patternTexts(collected: Pick<CollectedPatterns, 'patterns'>): string[] {
  return collected.patterns.map((pattern) => pattern.text);
}
