/**
 * The engine's build-time data (modules/matching-data.ts): the dataset slice, the matcher's
 * tables (utils/matching/matcher-tables.ts) and the topic cues' (utils/page/topic-cue-tables.ts),
 * packed in one file of the extension's package and read by the engine as it starts
 * (`readPackagedFile`, utils/packaged-file.ts).
 *
 * A file, not a script: a page keeps a script's source for its whole life, and the data is read
 * once. As a script it was a compressed literal of ~28 KB kept in the page for nothing, which the
 * engine decoded from base64 and inflated on the main thread; read from the package, the bytes
 * arrive whole, off the main thread, and are garbage once unpacked.
 */
// Relative imports: the build's module that writes the file (modules/matching-data.ts) names it
// from here too.
import type { IndexedSlice, SliceIndex } from './dataset/matching-data';
import type { MatchingData } from './dataset/schema';
import type { MatcherTables } from './matching/matcher-tables';
import { unpackParts } from './matching/packed-parts';
import type { PackagedFilePath } from './packaged-file';
import type { TopicCueTables } from './page/topic-cue-tables';

export const ENGINE_DATA_FILE: PackagedFilePath = '/engine-data.bin';

export interface EngineData {
  /**
   * The slice without its topic, which the cue tables stand for: its index decoded, the whole
   * decoded only if asked (by the run-time compiler, where the tables are refused).
   */
  slice: IndexedSlice;
  tables: MatcherTables;
  cues: TopicCueTables;
}

/** The parts of the file, in order (modules/matching-data.ts). */
const PART_COUNT = 6;

/**
 * The slice's index, the matcher's automaton and pattern lines, the topic cues' list and
 * automaton, and the whole slice, in that order.
 *
 * The two automatons are copied out of the file, since their plans keep views on them for the
 * page's life; the other parts are read where they lie (each is decoded, or copied by its
 * reader), so the file's bytes are let go once the engine has started.
 */
export function unpackEngineData(packed: Uint8Array): EngineData {
  const parts = unpackParts(packed);
  if (parts.length !== PART_COUNT) {
    throw new Error(`The engine's data holds ${parts.length} parts, not ${PART_COUNT}`);
  }
  const [index, automaton, patterns, cueList, cueAutomaton, whole] = parts as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const utf8 = new TextDecoder();
  return {
    slice: {
      index: JSON.parse(utf8.decode(index)) as SliceIndex,
      whole: () => JSON.parse(utf8.decode(whole)) as MatchingData,
    },
    tables: { automaton: automaton.slice(), patterns },
    cues: { list: cueList, automaton: cueAutomaton.slice() },
  };
}
