import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
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
  const labelledBy = card.kind === 'figure' ? `${headingId} ${figureLedeId(headingId)}` : headingId;
  return (
    <Popover labelledBy={labelledBy} {...frame}>
      {card.kind === 'entity' ? (
        <EntityCard entity={card} headingId={headingId} />
      ) : card.kind === 'quote' ? (
        <QuoteCard quote={card} headingId={headingId} />
      ) : (
        <FigureCard figure={card} headingId={headingId} />
      )}
      {/* A quotation's card says itself why it is there. */}
      {card.kind === 'quote' ? null : <WhyHighlighted why={model.why} />}
    </Popover>
  );
}
