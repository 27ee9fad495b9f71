/**
 * A figure's value as a reader should see it — "78%", "about 20%", "February 18" — the same in
 * the card and in the popup's list, so an approximate figure never loses its "about".
 */
import type { Figure } from './schema';

export function figureValueText(figure: Pick<Figure, 'value' | 'unit' | 'approximate'>): string {
  const number =
    typeof figure.value === 'number' && figure.unit === 'percent'
      ? `${figure.value}%`
      : String(figure.value);
  return figure.approximate ? `about ${number}` : number;
}
