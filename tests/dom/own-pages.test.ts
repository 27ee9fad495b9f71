/**
 * Recall and region judgement on the test pages written for this project
 * (tests/relevance/pages): real dataset, matcher, scanner and relevance over each page's body,
 * compared with the page's hand-written list of what a reader should see highlighted. The same
 * pages are measured in Chromium by `npm run bench:relevance`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import type { Scope } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import { createRelevance } from '@/utils/page/relevance';
import {
  type ExpectedMention,
  OWN_PAGES_DIR,
  readerText,
  readOwnPages,
  scorePage,
} from '../relevance/own-pages';
import { compileTopicCues } from '../support/planned-topic-cues';
import { ALL_ON, setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const matcher = compileMatcher(dataset);
const scopes = new Map<string, Scope>(dataset.entities.map((e) => [e.id, e.scope]));
const cues = compileTopicCues(dataset.topic);
const pages = readOwnPages();

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

async function shownOn(file: string): Promise<ExpectedMention[]> {
  const html = readFileSync(join(OWN_PAGES_DIR, file), 'utf8');
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1];
  if (body === undefined) throw new Error(`${file} has no body`);
  setBody(body);
  const relevance = createRelevance({ document, scopes, cues });
  const run = startScanner({ matcher, observe: false, relevance, settings: ALL_ON });
  stop = () => run.controller.abort();
  await run.scanner.whenIdle();
  return ['people', 'institutions', 'figures'].flatMap((category) =>
    run.registry.texts(`backstory-${category}-underline`).map((text) => ({
      id: category === 'figures' ? 'figure' : (matcher.find(text)[0]?.id ?? `?${text}`),
      text: readerText(text),
    })),
  );
}

describe('the test pages written for this project', () => {
  it('are all there, with lists in three languages', () => {
    expect(pages.map((p) => p.file)).toEqual([
      'en-talks.html',
      'mixed-en-offtopic-article.html',
      'mixed-uk-ontopic-article.html',
      'ru-talks.html',
      'uk-talks.html',
    ]);
    expect(pages.every((p) => p.expected.length > 0)).toBe(true);
  });

  it.each(pages.map((p) => [p.file, p] as const))(
    '%s: everything a reader should see lights up, and nothing else',
    async (file, page) => {
      const score = scorePage(page.expected, await shownOn(file));
      expect({ missed: score.missed, extra: score.extra }).toEqual({ missed: [], extra: [] });
    },
  );
});
