/**
 * Writes the engine's build-time data into the package as `engine-data.bin`
 * (utils/engine-data-file.ts): the engine's slice of the dataset (utils/dataset/matching-data.ts:
 * the roles, statements and polls that only the popover shows are left out) and its index, the
 * matcher compiled for it — its automaton's bytes and its pattern metadata as JSON lines
 * (utils/matching/matcher-tables.ts) — and the topic cues' list and automaton
 * (utils/page/topic-cue-tables.ts), which stand for the slice's topic, so that no page compiles
 * either.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { toSliceIndex } from '../utils/dataset/matching-data';
import type { MatchingData } from '../utils/dataset/schema';
import { ENGINE_DATA_FILE } from '../utils/engine-data-file';
import { serializeMatcher } from '../utils/matching/matcher-tables-writer';
import { serializeTopicCues } from '../utils/page/topic-cue-tables-writer';
import { readMatchingSlice } from './lib/dataset-module';
import { packParts } from './lib/packed-parts';
import { DATASET_FILE } from './validate-dataset';

/**
 * The file's bytes for a matching slice: the index of the slice without its topic, its
 * automaton, its pattern lines, its topic cues' list and automaton, and last the slice without
 * its topic (utils/engine-data-file.ts).
 */
export function engineDataBytes(slice: MatchingData): Uint8Array {
  const { automaton, patterns } = serializeMatcher(slice);
  const { topic, ...withoutTopic } = slice;
  const cues = serializeTopicCues(topic);
  return packParts([
    JSON.stringify(toSliceIndex(withoutTopic)),
    automaton,
    patterns,
    cues.list,
    cues.automaton,
    JSON.stringify(withoutTopic),
  ]);
}

export default defineWxtModule({
  name: 'matching-data',
  setup(wxt) {
    // After the scripts are built, with the package's other files; read afresh on every build,
    // so a dataset changed under `wxt` dev is written again on its next rebuild.
    wxt.hook('build:publicAssets', (wxt, files) => {
      const written = resolve(wxt.config.wxtDir, 'engine-data', ENGINE_DATA_FILE.slice(1));
      mkdirSync(dirname(written), { recursive: true });
      writeFileSync(
        written,
        engineDataBytes(readMatchingSlice(resolve(wxt.config.root, DATASET_FILE))),
      );
      files.push({ absoluteSrc: written, relativeDest: ENGINE_DATA_FILE.slice(1) });
    });
  },
});
