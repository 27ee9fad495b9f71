import { type Translator, translator } from '@/utils/i18n/translate';
import type { PollModel } from './view-model';

/** One sentence that says everything the bars show, for screen readers. */
export function describePoll(poll: PollModel, tr: Translator = translator('en')): string {
  const answers = poll.answers
    .map((answer) => `${tr.percent(answer.value)} ${answer.label}`)
    .join('; ');
  return `${poll.title} (${poll.population}): ${answers}.`;
}

/**
 * The poll's answers as horizontal bars, each with its label and value written out. The bars
 * are one image to assistive technology, with the full numbers as its text alternative.
 */
export function PollChart({ tr, poll }: { tr: Translator; poll: PollModel }) {
  return (
    <figure class="poll">
      <figcaption class="poll-caption">
        <span class="poll-title">{poll.title}</span>
        <span class="muted"> · {poll.population}</span>
      </figcaption>
      <div class="bars" role="img" aria-label={describePoll(poll, tr)}>
        {poll.answers.map((answer) => (
          <div key={answer.id} class={answer.current ? 'bar bar-current' : 'bar'}>
            <div class="bar-text">
              <span class="bar-label">{answer.label}</span>
              <span class="bar-value">{tr.percent(answer.value)}</span>
            </div>
            <div class="bar-track">
              <div
                class="bar-fill"
                style={{ width: `${Math.min(100, Math.max(0, answer.value))}%` }}
              />
            </div>
          </div>
        ))}
      </div>
      <p class="note">{poll.pollsterLine}</p>
    </figure>
  );
}
