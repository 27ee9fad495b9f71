import type { Matcher } from '@/utils/matching/types';
import { createScanner, type ScannerOptions } from '@/utils/page/scanner';
import type { MentionSummary, PageSettings } from '@/utils/page/types';
import { createFakeRegistry } from './fake-highlight-registry';
import { createFakeMatcher, type FakeTerm } from './fake-matcher';
import { ALL_ON } from './page';

/** A scanner over the current document with fakes and short timings, for DOM tests. */
export function startScanner(
  options: {
    settings?: PageSettings;
    terms?: readonly FakeTerm[];
    /** A real matcher instead of the fake one built from `terms`. */
    matcher?: Matcher;
    observe?: boolean;
    timings?: ScannerOptions['timings'];
    relevance?: ScannerOptions['relevance'];
  } = {},
) {
  const fake = createFakeMatcher(options.terms);
  const matcher = options.matcher ?? fake.matcher;
  const { calls } = fake;
  const registry = createFakeRegistry();
  const controller = new AbortController();
  const updates: MentionSummary[] = [];
  const scanner = createScanner({
    document,
    matcher,
    settings: options.settings ?? ALL_ON,
    signal: controller.signal,
    onUpdate: (summary) => updates.push(summary),
    registry,
    ...(options.relevance === undefined ? {} : { relevance: options.relevance }),
    observe: options.observe ?? false,
    timings: { debounceMs: 5, maxWaitMs: 30, updateIntervalMs: 0, ...options.timings },
  });
  scanner.start();
  return { scanner, registry, calls, controller, updates };
}
