import type { Category } from '@/utils/dataset/schema';
import type { Matcher, Mention } from '@/utils/matching/types';

export interface FakeTerm {
  text: string;
  id: string;
  category: Category;
}

export const DEFAULT_TERMS: readonly FakeTerm[] = [
  { text: 'Sergey Lavrov', id: 'sergey-lavrov', category: 'people' },
  { text: 'Lavrov', id: 'sergey-lavrov', category: 'people' },
  { text: 'Putin', id: 'vladimir-putin', category: 'people' },
  { text: 'Kremlin', id: 'kremlin', category: 'institutions' },
  { text: '42%', id: 'poll-42', category: 'figures' },
];

const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Finds fixed terms with indexOf, longest first, whole words only, without overlaps; records
 * every text it was given so tests can tell what was (re)scanned.
 */
export function createFakeMatcher(terms: readonly FakeTerm[] = DEFAULT_TERMS) {
  const byLength = [...terms].sort((a, b) => b.text.length - a.text.length);
  const calls: string[] = [];
  const matcher: Matcher = {
    find(text) {
      calls.push(text);
      const found: Mention[] = [];
      const taken = (start: number, end: number) =>
        found.some((mention) => start < mention.end && end > mention.start);
      for (const term of byLength) {
        let at = text.indexOf(term.text);
        while (at !== -1) {
          const end = at + term.text.length;
          if (!isWordChar(text[at - 1]) && !isWordChar(text[end]) && !taken(at, end)) {
            found.push({
              start: at,
              end,
              id: term.id,
              kind: term.category === 'figures' ? 'figure' : 'entity',
              category: term.category,
              matched: term.text,
              rule: 'fake',
            });
          }
          at = text.indexOf(term.text, at + 1);
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
  return { matcher, calls };
}
