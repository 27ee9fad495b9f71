import { SourceLine } from './SourceLine';
import type { StatementModel } from './view-model';

/**
 * Quotes and reported statements. A verbatim quote is the only text shown in quotation marks;
 * a reported statement is our paraphrase, so it is labelled as such and never quoted.
 */
export function StatementList({ statements }: { statements: readonly StatementModel[] }) {
  return (
    <ul class="statements" aria-label="Statements">
      {statements.map((statement) =>
        statement.mode === 'verbatim' ? (
          <li key={statement.id} class="statement statement-verbatim">
            <figure class="quote">
              <blockquote>
                <p>{`“${statement.text}”`}</p>
              </blockquote>
              <figcaption class="speaker">— {statement.speaker}</figcaption>
            </figure>
            <SourceLine source={statement.source} />
          </li>
        ) : (
          <li key={statement.id} class="statement statement-reported">
            <p class="reported-label">
              <span class="badge">Reported</span> <span class="muted">not a direct quote</span>
            </p>
            <p class="reported-text">{statement.text}</p>
            <p class="speaker">— {statement.speaker}, as reported</p>
            <SourceLine source={statement.source} />
          </li>
        ),
      )}
    </ul>
  );
}
