import type { WhyModel } from './view-model';

export function describeMatch(why: WhyModel): string {
  const how = why.ruleDescription ? ` (${why.ruleDescription})` : '';
  return `Highlighted because “${why.matched}” was read as ${why.readAs}${how}.`;
}

export function describePageCount(count: number): string {
  if (count === 1) return 'Mentioned once on this page.';
  return `Mentioned ${count} times on this page.`;
}

export const TOPICAL_REASON =
  'Shown because this part of the page is about the talks on the war against Ukraine.';

/** Why this text was highlighted, so a wrong match is visible as one, and how often it recurs. */
export function WhyHighlighted({ why }: { why: WhyModel }) {
  return (
    <footer class="why">
      <p>{describeMatch(why)}</p>
      {why.topical ? <p>{TOPICAL_REASON}</p> : null}
      {why.pageCount > 0 ? <p>{describePageCount(why.pageCount)}</p> : null}
    </footer>
  );
}
