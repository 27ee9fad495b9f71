/**
 * Names that collide in the compiled matcher. Two written forms that normalise to the same
 * text (apostrophes, invisible characters, white space, case, ё/е: see char-classes.ts) become
 * ONE pattern of the automaton, whose candidates are tried in order and the first valid one
 * wins. So a form of one entity that equals a form of another, an exclusion, or a figure form
 * is silently dead on every page. This check runs on the compiled patterns themselves, so it
 * compares names exactly the way the matcher does; the build runs it (modules/validate-dataset.ts).
 */
import { aliasForms } from '../dataset/alias-forms';
import type { MatchingData } from '../dataset/schema';
import { type CaseRule, isLowerCasePhrase } from './case-rules';
import { unitInfo, WORD } from './char-classes';
import { type Candidate, collectPatterns } from './compile';
import { normalizeForMatching } from './normalize';

export interface PatternClaim {
  /** Whose form it is: an entity or figure id. */
  id: string;
  type: Candidate['type'];
  /** As written in the dataset (text + ending for aliases and exclusions). */
  written: string;
  /** JSON path of the dataset field the form comes from. */
  path: string;
}

export interface PatternConflict {
  /** The normalised text both forms compile to. */
  pattern: string;
  /** The claim the matcher tries first, and the one it would never reach. */
  first: PatternClaim;
  shadowed: PatternClaim;
}

/** Every pair of claims on one compiled pattern where the later one can never win. */
export function findPatternConflicts(data: MatchingData): PatternConflict[] {
  const conflicts: PatternConflict[] = [];
  const locate = pathFinder(data);
  for (const pattern of collectPatterns(data).patterns) {
    const { candidates } = pattern;
    for (let later = 1; later < candidates.length; later++) {
      const shadowed = candidates[later] as Candidate;
      const first = candidates.slice(0, later).find((earlier) => shadows(earlier, shadowed));
      if (first === undefined) continue;
      conflicts.push({ pattern: pattern.text, first: locate(first), shadowed: locate(shadowed) });
    }
  }
  return conflicts;
}

/** What is wrong with `conflict.shadowed.path`, in words a dataset editor can act on. */
export function describeConflict({ pattern, first, shadowed }: PatternConflict): string {
  return (
    `"${shadowed.written}" (${shadowed.type} of "${shadowed.id}") is the same ` +
    `pattern "${pattern}" as "${first.written}" (${first.type} of "${first.id}", ${first.path}) ` +
    'once normalised as the matcher does, and the matcher would never reach it'
  );
}

function targetOf(candidate: Candidate): string {
  // Every exclusion reports nothing, so exclusions of two entities do not compete.
  if (candidate.type === 'exclusion') return 'exclusion';
  return `${candidate.type}:${candidate.mention.id}`;
}

/** Whether `earlier`, tried first, can win wherever `later` would. */
function shadows(earlier: Candidate, later: Candidate): boolean {
  if (targetOf(earlier) === targetOf(later)) return false;
  // Two aliases that each demand their exact letter case never accept the same text.
  if (earlier.type === 'alias' && later.type === 'alias') {
    return !disjointCase(earlier.caseRule, later.caseRule);
  }
  return true;
}

function disjointCase(a: CaseRule, b: CaseRule): boolean {
  if (a.kind !== 'exact' || b.kind !== 'exact') return false;
  return a.letterCase.some((letterCase, index) => {
    if (letterCase === b.letterCase[index]) return false;
    // A lower-case phrase may open with a capital: its first letter then accepts both cases.
    if (index === 0 && (isLowerCasePhrase(a) || isLowerCasePhrase(b))) return false;
    return true;
  });
}

function pathFinder(data: MatchingData): (candidate: Candidate) => PatternClaim {
  const writtenWith = (entry: Parameters<typeof aliasForms>[0], written: string) =>
    aliasForms(entry).includes(written);
  return (candidate) => {
    if (candidate.type === 'figure') {
      const index = data.figures.findIndex((figure) => figure.id === candidate.mention.id);
      const forms = data.figures[index]?.forms ?? [];
      const form = forms.findIndex((f) => f.text === candidate.mention.matched);
      return {
        id: candidate.mention.id,
        type: 'figure',
        written: candidate.mention.matched,
        path: `$.figures[${index}].forms[${form}].text`,
      };
    }
    const id = candidate.type === 'exclusion' ? candidate.entityId : candidate.mention.id;
    const written = candidate.type === 'exclusion' ? candidate.text : candidate.mention.matched;
    const index = data.entities.findIndex((entity) => entity.id === id);
    const entity = data.entities[index];
    const list = candidate.type === 'exclusion' ? 'exclusions' : 'aliases';
    const position = (entity?.[list] ?? []).findIndex((entry) => writtenWith(entry, written));
    return {
      id,
      type: candidate.type,
      written,
      path: `$.entities[${index}].${list}[${position}].text`,
    };
  };
}

export interface DeadExclusion {
  /** The entity the exclusion belongs to. */
  id: string;
  written: string;
  path: string;
}

export const DEAD_EXCLUSION_MESSAGE =
  "contains none of the entity's alias forms as whole words, so it can never apply";

/**
 * Exclusions that can never apply. An exclusion wins only over an alias form it contains (the
 * longer match): one that contains none of its entity's forms as whole words, once both are
 * normalised as the matcher does, hides nothing.
 */
export function findDeadExclusions(data: MatchingData): DeadExclusion[] {
  const dead: DeadExclusion[] = [];
  const normalized = (text: string) => normalizeForMatching(text).text;
  data.entities.forEach((entity, index) => {
    const own = entity.aliases.flatMap((alias) => aliasForms(alias)).map(normalized);
    entity.exclusions.forEach((exclusion, exclusionIndex) => {
      const hides = aliasForms(exclusion).some((form) =>
        own.some((alias) => containsWords(normalized(form), alias)),
      );
      if (!hides) {
        const path = `$.entities[${index}].exclusions[${exclusionIndex}].text`;
        dead.push({ id: entity.id, written: exclusion.text, path });
      }
    });
  });
  return dead;
}

/** Whether `form` stands in `text` as whole words: no letter, mark or digit on either side. */
function containsWords(text: string, form: string): boolean {
  const isWord = (unit: number) => (unitInfo(unit) & WORD) !== 0;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    const before = at > 0 && isWord(text.charCodeAt(at - 1));
    const after = end < text.length && isWord(text.charCodeAt(end));
    if (!before && !after) return true;
  }
  return false;
}
