import { PollChart } from './PollChart';
import { ShareVisual } from './ShareVisual';
import { SourceLine } from './SourceLine';
import type { FigureModel } from './view-model';

const KIND_LABELS: Record<FigureModel['figureKind'], string> = {
  share: 'Share',
  'poll-answer': 'Poll result',
  date: 'Date',
  year: 'Year',
};

/** The id of the line that, with the heading, names the dialog: "78%" alone says too little. */
export function figureLedeId(headingId: string): string {
  return `${headingId}-lede`;
}

/** What a number measures and of whom, its poll or share drawn simply, and where it comes from. */
export function FigureCard({ figure, headingId }: { figure: FigureModel; headingId: string }) {
  const pollSource = figure.poll?.source;
  const pollSourceDiffers =
    pollSource !== undefined &&
    (pollSource.name !== figure.source.name || pollSource.date !== figure.source.date);
  return (
    <div class="card card-figure">
      <header class="card-header">
        <p class="eyebrow">{KIND_LABELS[figure.figureKind]}</p>
        <h2 class="title figure-value" id={headingId}>
          {figure.valueText}
        </h2>
        <p class="lede" id={figureLedeId(headingId)}>
          {figure.measures}
        </p>
        <p class="role">Of: {figure.subject}</p>
      </header>
      {figure.share !== undefined ? (
        <ShareVisual
          percent={figure.share}
          label={`${figure.valueText}: ${figure.measures} (${figure.subject})`}
        />
      ) : null}
      {figure.poll ? <PollChart poll={figure.poll} /> : null}
      <SourceLine source={figure.source} />
      {pollSource && pollSourceDiffers ? (
        <SourceLine source={pollSource} prefix="Poll source" />
      ) : null}
    </div>
  );
}
