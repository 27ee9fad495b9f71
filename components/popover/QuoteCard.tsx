import type { QuoteModel, WordingPart } from './quote-model';
import { SourceLine } from './SourceLine';

/** Spoken before a marked part by screen readers; shown as the line style, not by colour. */
const PART_LABELS: Record<Exclude<WordingPart['mark'], 'same'>, string> = {
  added: 'added: ',
  dropped: 'left out: ',
  changed: 'changed: ',
  cut: 'not quoted on the page: ',
};

function Wording({ parts }: { parts: readonly WordingPart[] }) {
  return (
    <p class="wording">
      {parts.map((part, index) => {
        const space = index > 0 ? ' ' : '';
        if (part.mark === 'same') return `${space}${part.text}`;
        const label = <span class="visually-hidden">{PART_LABELS[part.mark]}</span>;
        const body = (
          <>
            {label}
            {part.text}
          </>
        );
        const key = `${index}-${part.mark}`;
        if (part.mark === 'added')
          return [
            space,
            <ins key={key} class="wording-added">
              {body}
            </ins>,
          ];
        if (part.mark === 'dropped')
          return [
            space,
            <del key={key} class="wording-dropped">
              {body}
            </del>,
          ];
        if (part.mark === 'changed')
          return [
            space,
            <mark key={key} class="wording-changed">
              {body}
            </mark>,
          ];
        return [
          space,
          <span key={key} class="wording-cut">
            [{body}]
          </span>,
        ];
      })}
    </p>
  );
}

/** A quotation on the page checked against the source's quote: verdict, wordings, who and where. */
export function QuoteCard({ quote, headingId }: { quote: QuoteModel; headingId: string }) {
  const marked = [...quote.page, ...quote.source].some((part) => part.mark !== 'same');
  return (
    <div class={`card card-quote card-quote-${quote.verdict}`}>
      <header class="card-header">
        <p class="eyebrow">Quotation check</p>
        <h2 class="title" id={headingId}>
          {quote.verdictText}
        </h2>
        <p class="role">Words of {quote.speaker}, as the source quotes them</p>
      </header>
      {quote.details.length > 0 ? (
        <ul class="quote-details">
          {quote.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <section class="wording-block" aria-label="On this page">
        <p class="wording-label">On this page</p>
        <Wording parts={quote.page} />
      </section>
      <section class="wording-block" aria-label="In the source">
        <p class="wording-label">In the source</p>
        <Wording parts={quote.source} />
      </section>
      {marked ? (
        <p class="muted wording-legend">
          Underlined: added on this page · struck through: left out · wavy: changed · [in brackets]:
          not quoted on this page
        </p>
      ) : null}
      {quote.attributionNote ? <p class="attribution-note">{quote.attributionNote}</p> : null}
      <p class="speaker">— {quote.speaker}</p>
      <SourceLine source={{ name: quote.sourceName, date: quote.date }} />
    </div>
  );
}
