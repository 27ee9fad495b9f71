/**
 * Every written form of an alias or exclusion, in dataset order: `text + ending` for each
 * ending, or, for a declension, one form per ending column (all words inflected together).
 * The matcher, the validator and the tests all expand names through this one function.
 */
import type { Alias, Exclusion } from './schema';

type Named = Pick<Alias, 'text' | 'endings' | 'declension'> | Exclusion;

export function aliasForms(named: Named): string[] {
  const declension = 'declension' in named ? named.declension : undefined;
  if (declension !== undefined) {
    const columns = Math.max(...declension.map((word) => word.endings.length));
    const forms: string[] = [];
    for (let column = 0; column < columns; column++) {
      const form = declension
        .map((word) => word.stem + (word.endings[column] ?? word.endings[0] ?? ''))
        .join(' ');
      if (!forms.includes(form)) forms.push(form);
    }
    return forms;
  }
  return (named.endings ?? ['']).map((ending) => named.text + ending);
}
