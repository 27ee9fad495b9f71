import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { translator } from '@/utils/i18n/translate';
import { EntityCard } from './EntityCard';
import { FigureCard, figureLedeId } from './FigureCard';
import { Popover } from './Popover';
import { QuoteCard } from './QuoteCard';
import type { PopoverModel } from './view-model';
import { WhyHighlighted } from './WhyHighlighted';

export interface PopoverViewProps {
  model: PopoverModel;
  pinned: boolean;
  onClose: () => void;
  dialogRef?: Ref<HTMLDivElement>;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** The whole popover for one mention: the frame, the entity or figure card, and why it is here. */
export function PopoverView({ model, ...frame }: PopoverViewProps) {
  const headingId = `backstory-${useId()}`;
  const { card } = model;
  const tr = translator(model.lang);
  const labelledBy = card.kind === 'figure' ? `${headingId} ${figureLedeId(headingId)}` : headingId;
  return (
    <Popover tr={tr} labelledBy={labelledBy} {...frame}>
      {card.kind === 'entity' ? (
        <EntityCard tr={tr} entity={card} headingId={headingId} />
      ) : card.kind === 'quote' ? (
        <QuoteCard tr={tr} quote={card} headingId={headingId} />
      ) : (
        <FigureCard tr={tr} figure={card} headingId={headingId} />
      )}
      {/* A quotation's card says itself why it is there. */}
      {card.kind === 'quote' ? null : <WhyHighlighted tr={tr} why={model.why} />}
    </Popover>
  );
}
