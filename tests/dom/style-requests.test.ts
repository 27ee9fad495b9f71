// The engine's requests for the highlights' styles (utils/page/style-requests.ts): each sent at
// once on a document of up to LARGE_DOCUMENT_ELEMENTS elements; on a larger one, those of
// GATHER_MS after the first sent as one stylesheet, since each stylesheet costs the browser a
// walk of every element of the document. The background writes a name asked for twice in one
// request as one rule (tests/unit/page/highlight-stylesheet.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StyleRequest } from '@/utils/page/highlight-scope';
import {
  GATHER_MS,
  gatheringOnLargeDocuments,
  LARGE_DOCUMENT_ELEMENTS,
} from '@/utils/page/style-requests';

const PEOPLE = 'backstory-people-underline';
const FIGURES = 'backstory-figures-underline';
const FOCUS = 'backstory-focus';

/** The body holds `count` elements, and the document `count` + 3 (html, head, body). */
function documentOf(count: number): void {
  document.body.innerHTML = '<i></i>'.repeat(count);
}

const request = (name: string, ...selectors: string[]): StyleRequest[] => [
  { name, selectors },
  { name: FOCUS, selectors },
];

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('requests gathered on a large document', () => {
  const start = () => {
    const asked: StyleRequest[][] = [];
    const controller = new AbortController();
    const ask = gatheringOnLargeDocuments((rules) => asked.push(rules), {
      document,
      signal: controller.signal,
    });
    return { asked, ask, controller };
  };

  it('sends each request at once on a document of up to LARGE_DOCUMENT_ELEMENTS elements', () => {
    documentOf(LARGE_DOCUMENT_ELEMENTS - 3);
    expect(document.getElementsByTagName('*').length).toBe(LARGE_DOCUMENT_ELEMENTS);
    const { asked, ask } = start();
    ask(request(PEOPLE, 'article'));
    ask(request(FIGURES, 'article'));
    expect(asked).toEqual([request(PEOPLE, 'article'), request(FIGURES, 'article')]);
  });

  it('on a larger one, sends the requests of GATHER_MS after the first as one, then starts again', () => {
    vi.useFakeTimers();
    documentOf(LARGE_DOCUMENT_ELEMENTS);
    const { asked, ask } = start();
    // The first screen's names, the rest of the same weighing, then the end of the reading.
    ask(request(PEOPLE, '#article-business'));
    vi.advanceTimersByTime(20);
    ask(request(PEOPLE, '#item-0'));
    vi.advanceTimersByTime(100);
    ask(request(PEOPLE, '#Stream'));
    vi.advanceTimersByTime(GATHER_MS - 121);
    expect(asked).toEqual([]);
    vi.advanceTimersByTime(1);
    // One request of the three's rules, in the order asked (the background writes each name once).
    expect(asked).toEqual([
      [
        ...request(PEOPLE, '#article-business'),
        ...request(PEOPLE, '#item-0'),
        ...request(PEOPLE, '#Stream'),
      ],
    ]);
    // A live page's later additions: a window of their own.
    ask(request(FIGURES, 'p'));
    vi.advanceTimersByTime(GATHER_MS - 1);
    expect(asked).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(asked[1]).toEqual(request(FIGURES, 'p'));
  });

  it('gathers from the request after a small document grows large, and not before', () => {
    vi.useFakeTimers();
    documentOf(100);
    const { asked, ask } = start();
    ask(request(PEOPLE, 'h3'));
    expect(asked).toHaveLength(1);
    documentOf(LARGE_DOCUMENT_ELEMENTS);
    ask(request(PEOPLE, 'li'));
    ask(request(PEOPLE, 'td'));
    expect(asked).toHaveLength(1);
    vi.advanceTimersByTime(GATHER_MS);
    expect(asked).toEqual([
      request(PEOPLE, 'h3'),
      [...request(PEOPLE, 'li'), ...request(PEOPLE, 'td')],
    ]);
  });

  it('sends nothing that waits once the engine has stopped, nor anything asked after', () => {
    vi.useFakeTimers();
    documentOf(LARGE_DOCUMENT_ELEMENTS);
    const { asked, ask, controller } = start();
    ask(request(PEOPLE, 'h3'));
    controller.abort();
    vi.advanceTimersByTime(GATHER_MS);
    ask(request(FIGURES, 'h3'));
    vi.advanceTimersByTime(GATHER_MS);
    expect(asked).toEqual([]);
  });
});
