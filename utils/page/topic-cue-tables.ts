/**
 * The topic cues' automaton, planned by the build (modules/matching-data.ts) and read by the
 * engine as it starts, as the matcher's is (utils/matching/automaton-tables.ts). Planning it on
 * the page was a trie of a few hundred states built at every engine start, hot enough for V8 to
 * optimise, and that optimised code stayed for the page's life (docs/cost.md, "The topic cues
 * planned by the build").
 *
 * Two parts of the engine's data file: the cue list as JSON (the folded stems, their kinds and
 * the stems' checksum, which the automaton's header must carry) and the automaton's bytes.
 * Tables that do not fit the list are refused with a warning and the cues planned here. The build
 * writes them with `serializeTopicCues` (topic-cue-tables-writer.ts), which no page loads.
 */

import { LazyAutomaton, type planAutomaton } from '../matching/aho-corasick';
import { readPlanOrRefuse } from '../matching/automaton-tables';
import { cueCounter, NO_CUES, type TopicCueCounter, type TopicCueList } from './topic-cues';

/** The cue list as the data file carries it. */
export interface StoredCueList extends TopicCueList {
  /** `patternListChecksum` of the stems. */
  checksum: number;
}

/** The two parts, as the data file carries them. */
export interface TopicCueTables {
  /** `StoredCueList` as JSON, UTF-8. */
  list: Uint8Array;
  /** The stems' automaton (`serializeAutomaton`); empty where there are no cues. */
  automaton: Uint8Array;
}

/** The run-time planner (`planAutomaton`), loaded only for tables that are refused. */
export type LoadPlanner = () => Promise<typeof planAutomaton>;

/**
 * The counter for the build's cue tables. Reads only the automaton's header, as the matcher
 * does; tables that do not fit the list are refused, `warn` says so, and the cues are planned
 * here with the planner `loadPlanner` gives (the engine loads it with the matcher's run-time
 * compiler: no script every page compiles carries it).
 */
export async function loadTopicCues(
  tables: TopicCueTables,
  loadPlanner: LoadPlanner,
  warn: (message: string) => void = (message) => console.warn(message),
): Promise<TopicCueCounter> {
  const { stems, kinds, checksum } = JSON.parse(
    new TextDecoder().decode(tables.list),
  ) as StoredCueList;
  if (stems.length === 0) return NO_CUES;
  const plan =
    readPlanOrRefuse(
      () => tables.automaton,
      { count: stems.length, checksum },
      stems,
      (why) => warn(`Backstory topic cues: ${why}; planned here instead`),
    ) ?? (await loadPlanner())(stems);
  return cueCounter(new LazyAutomaton(plan), kinds);
}
