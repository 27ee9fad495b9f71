const CELLS = 100;

/**
 * A share of a whole as a 10 × 10 grid with one square per percent: "a fifth" reads at a
 * glance without axis or scale. One image to assistive technology, described by `label`.
 */
export function ShareVisual({ percent, label }: { percent: number; label: string }) {
  const filled = Math.round(Math.min(100, Math.max(0, percent)));
  return (
    <div class="share" role="img" aria-label={label}>
      {Array.from({ length: CELLS }, (_, index) => (
        <span
          // The cells never reorder: the index is their identity.
          key={index}
          class={index < filled ? 'share-cell share-cell-filled' : 'share-cell'}
        />
      ))}
    </div>
  );
}
