/**
 * The matcher's tables written, by the build (modules/matching-data.ts) and the tests: the
 * dataset compiled, its automaton planned, written and checked in full, its patterns encoded as
 * lines of JSON (the format and its reader are in matcher-tables.ts). Apart from the reader so
 * that no script a page loads carries the compiler's output writer or the full check.
 */
import type { MatchingData } from '../dataset/schema';
import { patternListChecksum } from './automaton-tables';
import { serializeAutomaton, verifyAutomatonTables } from './automaton-tables-writer';
import { type Candidate, collectPatterns, patternTexts } from './compile';
import {
  ALIAS,
  BOUNDARY_AFTER,
  BOUNDARY_BEFORE,
  type CandidateTuple,
  ENDS_WITH_DIGIT,
  type EncodedRules,
  type EntityTuple,
  EXACT,
  EXCLUSION,
  FIGURE,
  type MatcherTables,
  PATTERNS_FORMAT_VERSION,
  type PatternsFile,
  type PatternTuple,
  PROPER,
  STARTS_WITH_DIGIT,
} from './matcher-tables';

/** Indices of distinct values, by a key. */
class Table<T> {
  readonly values: T[] = [];
  private readonly at = new Map<string, number>();
  indexOf(value: T, key = JSON.stringify(value)): number {
    let index = this.at.get(key);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.at.set(key, index);
    }
    return index;
  }
}

/** Compiles `dataset` and writes what the build ships; checks the automaton in full first. */
export function serializeMatcher(dataset: MatchingData): MatcherTables {
  const collected = collectPatterns(dataset);
  const texts = patternTexts(collected);
  const automaton = serializeAutomaton(texts);
  verifyAutomatonTables(automaton, texts);

  const entityIndex = new Map(dataset.entities.map((entity, index) => [entity.id, index]));
  const ownWords: (readonly string[])[] = dataset.entities.map(() => []);
  const ruleNames = new Table<string>();
  const aliasRules = new Table<EncodedRules>();
  const stemLists = new Table<number[]>();
  const entityOf = (id: string): number => {
    const index = entityIndex.get(id);
    if (index === undefined) throw new Error(`Matcher tables: unknown entity ${id}`);
    return index;
  };
  const encode = (candidate: Candidate): CandidateTuple => {
    switch (candidate.type) {
      case 'exclusion':
        return [EXCLUSION, entityOf(candidate.entityId), candidate.text];
      case 'alias': {
        const { mention, caseRule, rules } = candidate;
        const entity = entityOf(mention.id);
        const { ownWords: words, ...rest } = rules;
        const encoded: EncodedRules = { ...rest };
        if (words !== undefined) {
          ownWords[entity] = words;
          encoded.ownWords = entity;
        }
        return [
          ALIAS,
          entity,
          mention.matched,
          ruleNames.indexOf(mention.rule),
          aliasRules.indexOf(encoded),
          caseRule.kind === 'exact' ? EXACT : PROPER,
          caseRule.kind === 'proper' && caseRule.lowerCase ? 1 : 0,
          caseRule.kind === 'exact' ? caseRule.letterCase : caseRule.capitalsAt,
          mention.requiresConfirmation ? 1 : 0,
        ];
      }
      case 'figure':
        return [
          FIGURE,
          candidate.mention.id,
          candidate.mention.matched,
          ruleNames.indexOf(candidate.mention.rule),
          stemLists.indexOf(candidate.subject),
          stemLists.indexOf(candidate.measure),
        ];
    }
  };
  const patterns = collected.patterns.map((pattern): PatternTuple => {
    const flags =
      (pattern.needsBoundaryBefore ? BOUNDARY_BEFORE : 0) |
      (pattern.needsBoundaryAfter ? BOUNDARY_AFTER : 0) |
      (pattern.startsWithDigit ? STARTS_WITH_DIGIT : 0) |
      (pattern.endsWithDigit ? ENDS_WITH_DIGIT : 0);
    const tuple: PatternTuple = [
      flags,
      pattern.candidates.map(encode),
      pattern.contextStems,
      pattern.quoteAnchors,
    ];
    while (tuple.length > 1 && (tuple[tuple.length - 1] as unknown[]).length === 0) tuple.pop();
    return tuple;
  });
  const file: PatternsFile = {
    format: PATTERNS_FORMAT_VERSION,
    checksum: patternListChecksum(texts),
    textLengths: texts.map((text) => text.length),
    stemCount: collected.stemCount,
    entities: dataset.entities.map(
      (entity, index): EntityTuple => [
        entity.id,
        entity.category,
        ownWords[index] as readonly string[],
      ],
    ),
    ruleNames: ruleNames.values,
    aliasRules: aliasRules.values,
    stemLists: stemLists.values,
  };
  // JSON never writes a raw line break (one inside a string is escaped): one line per part.
  const lines = [file, ...patterns].map((part) => JSON.stringify(part));
  return { automaton, patterns: new TextEncoder().encode(lines.join('\n')) };
}
