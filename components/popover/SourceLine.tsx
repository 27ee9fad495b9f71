import type { SourceModel } from './view-model';

/** Where a statement or figure comes from, small and last, as a footnote would be. */
export function SourceLine({ source, prefix }: { source: SourceModel; prefix: string }) {
  return (
    <p class="source">
      {prefix}: <cite>{source.name}</cite>
      {source.date ? ` · ${source.date}` : ''}
    </p>
  );
}
