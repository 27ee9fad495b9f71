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
import type { CaseRule } from './case-rules';
import { type Candidate, compileDataset } from './compile';

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
  for (const pattern of compileDataset(data).patterns) {
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
    return !disjointCase(earlier.caseRule.rule, later.caseRule.rule);
  }
  return true;
}

function disjointCase(a: CaseRule, b: CaseRule): boolean {
  if (a.kind !== 'exact' || b.kind !== 'exact') return false;
  return a.letterCase.some((letterCase, index) => letterCase !== b.letterCase[index]);
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
