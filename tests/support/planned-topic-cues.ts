/**
 * The topic cues listed and planned on the spot, as the tests compare them with the build's
 * (the engine only reads the build's tables: utils/page/topic-cue-tables.ts, and plans with the
 * run-time planner it loads where they are refused).
 */
import type { Topic } from '../../utils/dataset/schema';
import { LazyAutomaton, planAutomaton } from '../../utils/matching/aho-corasick';
import {
  cueCounter,
  NO_CUES,
  type TopicCueCounter,
  topicCueList,
} from '../../utils/page/topic-cues';

/** The counter for `topic`'s cues; `topic` undefined gives a counter that finds nothing. */
export function compileTopicCues(topic: Topic | undefined): TopicCueCounter {
  const { stems, kinds } = topicCueList(topic);
  if (stems.length === 0) return NO_CUES;
  return cueCounter(new LazyAutomaton(planAutomaton(stems)), kinds);
}
