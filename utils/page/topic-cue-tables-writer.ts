/**
 * The topic cues' tables written by the build (modules/matching-data.ts) and the tests; the
 * engine reads them with topic-cue-tables.ts. Apart from the reader so that no script a page
 * loads carries the automaton's writer.
 */
import type { Topic } from '../dataset/schema';
import { patternListChecksum } from '../matching/automaton-tables';
import { serializeAutomaton } from '../matching/automaton-tables-writer';
import type { StoredCueList } from './topic-cue-tables';
import { topicCueList } from './topic-cues';

/** The build's two parts for `topic`: the list as JSON text, the automaton as bytes. */
export function serializeTopicCues(topic: Topic | undefined): {
  list: string;
  automaton: Uint8Array;
} {
  const { stems, kinds } = topicCueList(topic);
  const stored: StoredCueList = { stems, kinds, checksum: patternListChecksum(stems) };
  return {
    list: JSON.stringify(stored),
    automaton: stems.length === 0 ? new Uint8Array(0) : serializeAutomaton(stems),
  };
}
