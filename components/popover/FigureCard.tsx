import type { MessageKey } from '@/utils/i18n/catalogue';
import type { Translator } from '@/utils/i18n/translate';
import { PollChart } from './PollChart';
import { ShareVisual } from './ShareVisual';
import { SourceLine } from './SourceLine';
import type { FigureModel } from './view-model';

const KIND_KEYS = {
  share: 'figureKind.share',
  'poll-answer': 'figureKind.poll-answer',
  date: 'figureKind.date',
  year: 'figureKind.year',
} as const satisfies Record<FigureModel['figureKind'], MessageKey>;

/** The id of the line that, with the heading, names the dialog: "78%" alone says too little. */
export function figureLedeId(headingId: string): string {
  return `${headingId}-lede`;
}

/** What a number measures and of whom, its poll or share drawn simply, and where it comes from. */
export function FigureCard({
  tr,
  figure,
  headingId,
}: {
  tr: Translator;
  figure: FigureModel;
  headingId: string;
}) {
  const pollSource = figure.poll?.source;
  const pollSourceDiffers =
    pollSource !== undefined &&
    (pollSource.name !== figure.source.name || pollSource.date !== figure.source.date);
  return (
    <div class="card card-figure">
      <div class="card-header">
        <p class="eyebrow">{tr.t(KIND_KEYS[figure.figureKind])}</p>
        <h2 class="title figure-value" id={headingId}>
          {figure.valueText}
        </h2>
        <p class="lede" id={figureLedeId(headingId)}>
          {figure.measures}
        </p>
        <p class="role">{tr.t('card.of', { subject: figure.subject })}</p>
      </div>
      {figure.share !== undefined ? (
        <ShareVisual
          percent={figure.share}
          label={`${figure.valueText}: ${figure.measures} (${figure.subject})`}
        />
      ) : null}
      {figure.poll ? <PollChart tr={tr} poll={figure.poll} /> : null}
      <SourceLine source={figure.source} prefix={tr.t('source.label')} />
      {pollSource && pollSourceDiffers ? (
        <SourceLine source={pollSource} prefix={tr.t('source.pollLabel')} />
      ) : null}
    </div>
  );
}
