import type { Language } from '@/utils/dataset/schema';
import type { MessageKey } from '@/utils/i18n/catalogue';
import type { Translator } from '@/utils/i18n/translate';
import { SourceLine } from './SourceLine';
import type { StatementModel } from './view-model';

/** Says that the source's quote is itself an English translation, by the language spoken. */
const PUBLISHED_FROM_KEYS: Partial<Record<Language, MessageKey>> = {
  ru: 'quote.publishedFromRussian',
  uk: 'quote.publishedFromUkrainian',
};

/**
 * Quotes and reported statements. A verbatim quote is the only text shown in quotation marks,
 * always in the words the source published (English, marked `lang="en"`); on a Ukrainian or
 * Russian card our translation follows it, labelled as ours and never quoted. A reported
 * statement is our paraphrase in the card's language, labelled as such and never quoted.
 */
export function StatementList({
  tr,
  statements,
}: {
  tr: Translator;
  statements: readonly StatementModel[];
}) {
  return (
    <ul class="statements" aria-label={tr.t('card.statements')}>
      {statements.map((statement) =>
        statement.mode === 'verbatim' ? (
          <li key={statement.id} class="statement statement-verbatim">
            <figure class="quote">
              <blockquote lang="en">
                <p>{`“${statement.text}”`}</p>
              </blockquote>
              <figcaption class="speaker">— {statement.speaker}</figcaption>
            </figure>
            <QuoteOrigin tr={tr} statement={statement} />
            {statement.translation !== undefined ? (
              <div class="quote-translation">
                <p class="translation-label">
                  <span class="badge">{tr.t('quote.translationLabel')}</span>
                </p>
                <p class="translation-text">{statement.translation}</p>
                <p class="note">{tr.t('quote.translationNote')}</p>
              </div>
            ) : null}
            <SourceLine source={statement.source} prefix={tr.t('source.label')} />
          </li>
        ) : (
          <li key={statement.id} class="statement statement-reported">
            <p class="reported-label">
              <span class="badge">{tr.t('statement.reported')}</span>{' '}
              <span class="muted">{tr.t('statement.notDirectQuote')}</span>
            </p>
            <p class="reported-text">{statement.text}</p>
            <p class="speaker">
              {tr.t('statement.reportedSpeaker', { speaker: statement.speaker })}
            </p>
            <SourceLine source={statement.source} prefix={tr.t('source.label')} />
          </li>
        ),
      )}
    </ul>
  );
}

function QuoteOrigin({ tr, statement }: { tr: Translator; statement: StatementModel }) {
  const key = statement.translatedFrom ? PUBLISHED_FROM_KEYS[statement.translatedFrom] : undefined;
  return key ? <p class="note quote-origin">{tr.t(key)}</p> : null;
}
