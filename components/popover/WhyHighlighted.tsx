import { type Translator, translator } from '@/utils/i18n/translate';
import type { WhyModel } from './view-model';

export function describeMatch(why: WhyModel, tr: Translator = translator('en')): string {
  const how = why.ruleDescription ? ` (${why.ruleDescription})` : '';
  return tr.t('why.matched', { matched: why.matched, readAs: why.readAs, how });
}

export function describePageCount(count: number, tr: Translator = translator('en')): string {
  return tr.plural('why.pageCount', count);
}

/** Why this text was highlighted, so a wrong match is visible as one, and how often it recurs. */
export function WhyHighlighted({ tr, why }: { tr: Translator; why: WhyModel }) {
  // A div, not <footer>: in the card's shadow root no sectioning element scopes a footer, so it
  // would be announced as the page's "contentinfo" landmark (the same holds for the cards' headers).
  return (
    <div class="why">
      <p>{describeMatch(why, tr)}</p>
      {why.topical ? <p>{tr.t('why.topical')}</p> : null}
      {why.pageCount > 0 ? <p>{describePageCount(why.pageCount, tr)}</p> : null}
    </div>
  );
}
