/**
 * Expected spans written inline: "met [[Putin]] and [[NATO|nato]]" marks "Putin" (id given
 * by the test row) and "NATO" (id "nato"). The markers are removed from the text handed to
 * the matcher; offsets are UTF-16 indices into that cleaned text.
 */
import type { Mention } from '@/utils/matching';

export interface Span {
  start: number;
  end: number;
  id: string;
  text: string;
}

const MARKED = /\[\[(.*?)(?:\|([a-z0-9-]+))?\]\]/gsu;

export function parseMarkedText(
  marked: string,
  defaultId: string,
): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARKED)) {
    text += marked.slice(last, match.index);
    const inner = match[1] ?? '';
    spans.push({
      start: text.length,
      end: text.length + inner.length,
      id: match[2] ?? defaultId,
      text: inner,
    });
    text += inner;
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  return { text, spans };
}

export function spansOf(text: string, mentions: readonly Mention[]): Span[] {
  return mentions.map(({ start, end, id }) => ({ start, end, id, text: text.slice(start, end) }));
}
