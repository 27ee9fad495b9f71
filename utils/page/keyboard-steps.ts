/**
 * Which mention the keyboard moves to: the next or previous one shown (Alt+Shift+N / P), or the
 * next one of an entity or figure chosen in the popup. Both wrap around the page, and both start
 * from the focused mention, or from the top (bottom, going back) when none is focused. Pure:
 * the order of the mentions shown comes in, a mention goes out.
 */

/** What is needed of a mention: its position among all mentions, and what it names. */
export interface Stop {
  readonly index: number;
  readonly id: string;
}

/** The mentions shown, in document order (the scanner's hit index is one). */
export interface StepOrder<M extends Stop> {
  mentionsInOrder(): readonly M[];
  nextAfter(index: number): M | null;
  previousBefore(index: number): M | null;
}

/** The mention after (1) or before (-1) `focused`, wrapping around; null when none is shown. */
export function step<M extends Stop>(
  order: StepOrder<M>,
  focused: M | null,
  direction: 1 | -1,
): M | null {
  if (direction === 1) return order.nextAfter(focused?.index ?? -1) ?? order.nextAfter(-1);
  const end = Number.POSITIVE_INFINITY;
  return order.previousBefore(focused?.index ?? end) ?? order.previousBefore(end);
}

/** The next mention of `id` after `focused`, wrapping around to its first; null when none. */
export function nextOf<M extends Stop>(
  order: StepOrder<M>,
  id: string,
  focused: M | null,
): M | null {
  const shown = order.mentionsInOrder();
  const after = focused?.index ?? -1;
  return (
    shown.find((mention) => mention.id === id && mention.index > after) ??
    shown.find((mention) => mention.id === id) ??
    null
  );
}
