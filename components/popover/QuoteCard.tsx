import type { MessageKey } from '@/utils/i18n/catalogue';
import type { Translator } from '@/utils/i18n/translate';
import type { QuoteModel, WordingPart } from './quote-model';
import { SourceLine } from './SourceLine';

/** Spoken before a marked part by screen readers; shown as the line style, not by colour. */
const PART_KEYS: Record<Exclude<WordingPart['mark'], 'same'>, MessageKey> = {
  added: 'quote.partAdded',
  dropped: 'quote.partDropped',
  changed: 'quote.partChanged',
  cut: 'quote.partCut',
};

function Wording({ tr, parts }: { tr: Translator; parts: readonly WordingPart[] }) {
  return (
    <p class="wording">
      {parts.map((part, index) => {
        const space = index > 0 ? ' ' : '';
        if (part.mark === 'same') return `${space}${part.text}`;
        const label = <span class="visually-hidden">{tr.t(PART_KEYS[part.mark])}</span>;
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
export function QuoteCard({
  tr,
  quote,
  headingId,
}: {
  tr: Translator;
  quote: QuoteModel;
  headingId: string;
}) {
  const marked = [...quote.page, ...quote.source].some((part) => part.mark !== 'same');
  return (
    <div class={`card card-quote card-quote-${quote.verdict}`}>
      <div class="card-header">
        <p class="eyebrow">{tr.t('quote.eyebrow')}</p>
        <h2 class="title" id={headingId}>
          {quote.verdictText}
        </h2>
        <p class="role">{tr.t('quote.wordsOf', { speaker: quote.speaker })}</p>
      </div>
      {quote.details.length > 0 ? (
        <ul class="quote-details">
          {quote.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <section class="wording-block" aria-label={tr.t('quote.onPage')}>
        <p class="wording-label">{tr.t('quote.onPage')}</p>
        <Wording tr={tr} parts={quote.page} />
      </section>
      <section class="wording-block" aria-label={tr.t('quote.inSource')}>
        <p class="wording-label">{tr.t('quote.inSource')}</p>
        {/* The source's words as it published them, in English. */}
        <div lang="en">
          <Wording tr={tr} parts={quote.source} />
        </div>
      </section>
      {marked ? <p class="muted wording-legend">{tr.t('quote.legend')}</p> : null}
      {quote.attributionNote ? <p class="attribution-note">{quote.attributionNote}</p> : null}
      <p class="speaker">— {quote.speaker}</p>
      <SourceLine
        source={{ name: quote.sourceName, date: quote.date }}
        prefix={tr.t('source.label')}
      />
    </div>
  );
}
