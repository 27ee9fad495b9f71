/**
 * `npm run bench:restyles`: the style recalculations of a page load after the page's
 * DOMContentLoaded, in Chromium, with Backstory and with an empty extension (restyles.ts): where
 * the engine highlights something, its stylesheet restyles what its rules reach, in a task that
 * runs none of Backstory's code; and the walks of the whole document that each new stylesheet
 * costs Chromium, whatever its rules reach (restyles.ts). Options: --runs N (default 5),
 * --settle-ms MS (default 2500), --pages a,b (corpus paths; default the load-cost pages and
 * large/dailymail-omnivore, a page of heavy styles that the engine highlights), --extension-dir
 * DIR (an unpacked Chromium build instead of the build). Needs the build (`npm run build`).
 */
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { makeEmptyExtension } from '../../tools/empty-extension';
import { launchWithExtension } from '../../tools/launch';
import { withCorpusServer } from './corpus-session';
import { LOAD_COST_PAGES } from './load-cost';
import { median } from './report';
import {
  RESTYLE_CATEGORIES,
  type RestyleLoad,
  restylesAfterDomContent,
  type TraceEvent,
  WALK_MIN_MS,
} from './restyles';
import { traceEventsOfLoad } from './traced-load';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'settle-ms': { type: 'string', default: '2500' },
    pages: { type: 'string' },
    'extension-dir': { type: 'string' },
  },
});
const runs = Number(values.runs);
const settleMs = Number(values['settle-ms']);
const pages = values.pages?.split(',') ?? [...LOAD_COST_PAGES, 'large/dailymail-omnivore.html'];

/** One traced load on a fresh tab: its restyles after DOMContentLoaded. */
async function tracedLoad(browser: Browser, url: string): Promise<RestyleLoad> {
  const events = await traceEventsOfLoad<TraceEvent>(browser, url, settleMs, RESTYLE_CATEGORIES);
  const load = restylesAfterDomContent(events);
  if (load === null) throw new Error(`${url}: the trace has no DOMContentLoaded of the page`);
  return load;
}

const empty = makeEmptyExtension();
await withCorpusServer(async (origin) => {
  const backstory = await launchWithExtension('chromium', {
    logLabel: 'bench',
    ...(values['extension-dir'] ? { extensionDir: values['extension-dir'] } : {}),
  });
  const baseline = await launchWithExtension('chromium', {
    extensionDir: empty.dir,
    logLabel: 'bench empty extension',
  });
  const rows: string[] = [];
  try {
    for (const file of pages) {
      const url = `${origin}/${file}`;
      const loads = { backstory: [] as RestyleLoad[], empty: [] as RestyleLoad[] };
      // One warm-up load each (caches, the first compile), then interleaved, the order turning.
      await tracedLoad(backstory.puppeteer, url);
      await tracedLoad(baseline.puppeteer, url);
      for (let run = 0; run < runs; run++) {
        const order =
          run % 2 === 0 ? (['backstory', 'empty'] as const) : (['empty', 'backstory'] as const);
        for (const which of order) {
          const browser = which === 'backstory' ? backstory.puppeteer : baseline.puppeteer;
          loads[which].push(await tracedLoad(browser, url));
        }
      }
      const cell = (list: RestyleLoad[]) => {
        const largest = median(list.map((load) => load.largestMs));
        const worst = Math.max(...list.map((load) => load.largestMs));
        const elements = median(list.map((load) => load.largestElements));
        const total = median(list.map((load) => load.totalMs));
        const walks = median(list.map((load) => load.sheetWalks));
        const walksMs = median(list.map((load) => load.sheetWalksMs));
        const longestWalk = Math.max(...list.map((load) => load.longestSheetWalkMs));
        return `${largest.toFixed(1)} / ${worst.toFixed(1)} | ${elements.toFixed(0)} | ${total.toFixed(1)} | ${walks.toFixed(0)}, ${walksMs.toFixed(1)} / ${longestWalk.toFixed(1)}`;
      };
      const perLoad = (list: RestyleLoad[]) =>
        list
          .map(
            (load) =>
              `${load.largestMs.toFixed(1)}/${load.largestElements} (walks ${load.sheetWalks}, longest ${load.longestSheetWalkMs.toFixed(1)})`,
          )
          .join(', ');
      console.log(
        `[bench] ${file}: restyle of the most elements per load (ms/elements): Backstory ${perLoad(loads.backstory)}; empty ${perLoad(loads.empty)}`,
      );
      rows.push(`| ${file} | ${cell(loads.backstory)} | ${cell(loads.empty)} |`);
    }
  } finally {
    await backstory.close();
    await baseline.close();
    empty.remove();
  }
  console.log(
    [
      '',
      '| Page | Backstory: restyle of the most elements after DOMContentLoaded (ms, median / worst) | its elements (median) | all restyles (ms, median) | stylesheet walks (median count, their ms median / longest) | Empty extension: restyle of the most elements (ms, median / worst) | its elements (median) | all restyles (ms, median) | stylesheet walks (median count, their ms median / longest) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Restyles: Chromium's style recalculations (\`UpdateLayoutTree\`, with the elements each restyled; per load, the one of the most elements and the time of all) on the page's main thread from its DOMContentLoaded to ${settleMs / 1000} s after \`load\`, from a trace of each load on a fresh tab; ${runs} loads with Backstory and ${runs} with an empty extension, interleaved (the order turns), after one warm-up load each. The page's own restyles show in both columns; a restyle with Backstory only, after its highlights are registered, is the highlights' stylesheet arriving, its elements counted once per highlight name whose rule they match (docs/cost.md). Stylesheet walks: Chromium's visit of every element of the document when its active stylesheets change (\`StyleEngine::scheduleInvalidationsForRuleSets\`, those of ${WALK_MIN_MS} ms or more), inside a restyle: its price grows with the page, whatever the new sheet's rules reach.`,
    ].join('\n'),
  );
});
