/**
 * Runs the scanner over the current document three times — reading the whole page, reading
 * only around keys (utils/page/key-regions.ts) found by walking every text node, and the same
 * with the keys searched for only in the nodes a skim finds near them (key-candidates.ts), as
 * the engine does after the key check — with the real dataset, matcher, relevance and first
 * pass keys, and describes what each shows: every mention the visibility rule counts, by id,
 * kind, text node and offsets, and whether it is painted.
 */
import { dataset } from '@/utils/dataset';
import { toMatchingData } from '@/utils/dataset/matching-data';
import type { Scope } from '@/utils/dataset/schema';
import { gateKeys } from '@/utils/gate/keys';
import { compileMatcher } from '@/utils/matching';
import { type KeyCandidates, nearKeys, restOfNear } from '@/utils/page/key-candidates';
import { proseTextsWithoutLandmarks } from '@/utils/page/prose-texts';
import { createRelevance, type Relevance } from '@/utils/page/relevance';
import { createScanner, type Scanner } from '@/utils/page/scanner';
import type { PageSettings } from '@/utils/page/types';
import { decideVisibility } from '@/utils/page/visibility';
import { DEFAULT_SETTINGS, pageSettings } from '@/utils/settings/types';
import { gateScanFor } from '../../support/gate-scan';
import { compileTopicCues } from '../../support/planned-topic-cues';
import { createFakeRegistry } from './fake-highlight-registry';
import { ALL_ON } from './page';

const data = toMatchingData(dataset);
const matcher = compileMatcher(data);
const keys = gateKeys(data);
const scopes = new Map<string, Scope>(data.entities.map((e) => [e.id, e.scope ?? 'specific']));
const cues = compileTopicCues(data.topic);

export const DEFAULTS: PageSettings = pageSettings({ ...DEFAULT_SETTINGS });

export interface Run {
  scanner: Scanner;
  relevance: Relevance;
  controller: AbortController;
  settings: PageSettings;
}

/**
 * Where the keys can be, as the key check hands them to the engine after the first pass's
 * skim: every stretch's nodes, nothing changed since. Null where the text is too long.
 */
export function skimmedCandidates(): KeyCandidates | null {
  const near = nearKeys(proseTextsWithoutLandmarks(document.body), gateScanFor(keys).stretchesIn);
  if (near === null) return null;
  return { near: restOfNear(near), changed: [] };
}

/**
 * Starts a scanner over the document; `regional` gives it the first pass's key scan, and
 * `keyCandidates` where its first search for keys reads.
 */
export function startRun(
  regional: boolean,
  options: {
    observe?: boolean;
    settings?: PageSettings;
    keyCandidates?: () => KeyCandidates | null;
  } = {},
): Run {
  const relevance = createRelevance({ document, scopes, cues });
  const controller = new AbortController();
  const settings = options.settings ?? DEFAULTS;
  const scanner = createScanner({
    document,
    matcher,
    settings,
    relevance,
    signal: controller.signal,
    registry: createFakeRegistry(),
    observe: options.observe ?? false,
    ...(regional ? { keyScan: gateScanFor(keys) } : {}),
    ...(options.keyCandidates ? { keyCandidates: options.keyCandidates } : {}),
    timings: { sliceMs: 50, debounceMs: 5, maxWaitMs: 30, updateIntervalMs: 0 },
  });
  scanner.start();
  return { scanner, relevance, controller, settings };
}

/** Numbers the document's text nodes, so that two runs over one document can be compared. */
function textNodeNumbers(): Map<Node, number> {
  const numbers = new Map<Node, number>();
  const walker = document.createTreeWalker(document, 4);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    numbers.set(node, numbers.size);
  }
  return numbers;
}

/** What a run shows now: one line per counted mention, `*` where it is painted. */
export function shown(run: Run): string[] {
  const numbers = textNodeNumbers();
  const all = run.scanner.mentions();
  const { counted, painted } = decideVisibility(all, run.settings, run.relevance.placement(all));
  return counted.map((m) => {
    const range = m.range;
    const at = `${numbers.get(range.startContainer)}:${range.startOffset}-${numbers.get(range.endContainer)}:${range.endOffset}`;
    return `${m.id} ${m.kind} ${at} "${m.matched}"${painted.has(m) ? ' *' : ''}`;
  });
}

/** What the engine, reading the whole page, shows on it with every category on. */
export async function engineShows(): Promise<string[]> {
  const run = startRun(false, { settings: ALL_ON });
  await run.scanner.whenIdle();
  const lines = shown(run);
  run.controller.abort();
  return lines;
}

/** Scans the document the three ways (one after the other) and returns what each shows. */
export async function eachWay(settings: PageSettings = DEFAULTS): Promise<{
  whole: string[];
  regional: string[];
  /** Around keys searched for only in the skim's candidates (null: too long to narrow). */
  fromCandidates: string[] | null;
  wholeTotal: number;
  regionalTotal: number;
  /** Characters each run assembled into blocks. */
  wholeChars: number;
  regionalChars: number;
  /** Regions whose cues each run counted (Relevance.regionsRead), summaries included. */
  wholeRegionsRead: number;
  regionalRegionsRead: number;
}> {
  const whole = startRun(false, { settings });
  await whole.scanner.whenIdle();
  const wholeShown = shown(whole);
  const wholeTotal = whole.scanner.summary().total;
  const wholeChars = whole.scanner.stats().characters;
  const wholeRegionsRead = whole.relevance.regionsRead();
  whole.controller.abort();
  const regional = startRun(true, { settings });
  await regional.scanner.whenIdle();
  const regionalShown = shown(regional);
  const regionalTotal = regional.scanner.summary().total;
  const regionalChars = regional.scanner.stats().characters;
  const regionalRegionsRead = regional.relevance.regionsRead();
  regional.controller.abort();
  const candidates = skimmedCandidates();
  let fromCandidates: string[] | null = null;
  if (candidates !== null) {
    const run = startRun(true, { settings, keyCandidates: () => candidates });
    await run.scanner.whenIdle();
    fromCandidates = shown(run);
    run.controller.abort();
  }
  return {
    whole: wholeShown,
    regional: regionalShown,
    fromCandidates,
    wholeTotal,
    regionalTotal,
    wholeChars,
    regionalChars,
    wholeRegionsRead,
    regionalRegionsRead,
  };
}
