import { describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import type { Topic } from '@/utils/dataset/schema';
import { planAutomaton } from '@/utils/matching/aho-corasick';
import {
  serializeAutomaton,
  verifyAutomatonTables,
} from '@/utils/matching/automaton-tables-writer';
import { loadTopicCues, type TopicCueTables } from '@/utils/page/topic-cue-tables';
import { serializeTopicCues } from '@/utils/page/topic-cue-tables-writer';
import {
  ANCHOR,
  emptyCounts,
  type TopicCueCounter,
  topicCueList,
  WHOLE_WORD,
} from '@/utils/page/topic-cues';
import { builtMatchingData } from '../../support/matching-data-module';
import { compileTopicCues } from '../../support/planned-topic-cues';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Texts with anchors and context in the three languages, and with none. */
const TEXTS = [
  'UKRAINE says Kyiv will not yield',
  'Україна та Київ готуються до переговорів',
  'Зеленский обсуждал перемирие с Украиной, в Крыму',
  'кримінальна справа, Крим і Криму',
  'The council approved the budget for parks',
];

function countsOf(cues: TopicCueCounter) {
  return TEXTS.map((text) => {
    const into = emptyCounts();
    cues.count(text, into);
    return into;
  });
}

/** The cues from `tables`, the warnings, and how often the run-time planner was loaded. */
async function loadWithWarnings(tables: TopicCueTables) {
  const warnings: string[] = [];
  let plannerLoads = 0;
  const loadPlanner = async () => {
    plannerLoads++;
    return planAutomaton;
  };
  const cues = await loadTopicCues(tables, loadPlanner, (warning) => warnings.push(warning));
  return { cues, warnings, plannerLoads };
}

describe("the topic cues' tables in the build's data file", () => {
  const { cueTables } = builtMatchingData();
  const list = topicCueList(dataset.topic);

  it('are the bundled topic’s cue list and a fresh plan of its stems, byte for byte', () => {
    expect(list.stems.length).toBeGreaterThan(50);
    expect(JSON.parse(decode(cueTables.list))).toMatchObject(list);
    expect(cueTables.automaton).toEqual(serializeAutomaton(list.stems));
    // The checks a page skips: the payload's checksum and the plan's structure.
    expect(() => verifyAutomatonTables(cueTables.automaton, list.stems)).not.toThrow();
  });

  it('count as the cues planned here, without a warning or the planner', async () => {
    const { cues, warnings, plannerLoads } = await loadWithWarnings(cueTables);
    expect(warnings).toEqual([]);
    expect(plannerLoads).toBe(0);
    expect(countsOf(cues)).toEqual(countsOf(compileTopicCues(dataset.topic)));
    expect(countsOf(cues).some(({ anchors }) => anchors > 0)).toBe(true);
  });

  it("reads the build's automaton rather than planning one (a page checks only its header)", async () => {
    const topic = { anchors: [{ stem: 'kyiv', lang: 'en' as const }], context: [] };
    const built = serializeTopicCues({ ...topic, context: [{ stem: 'talks', lang: 'en' }] });
    // The same stems in the other order, under the list's checksum: a plan the header accepts
    // but whose patterns are numbered the other way, so Kyiv counts as context.
    const listed = JSON.parse(built.list) as { checksum: number };
    const swapped = withWord(serializeAutomaton(['talks', 'kyiv']), 2, listed.checksum);
    const { cues, warnings } = await loadWithWarnings({
      list: encode(built.list),
      automaton: swapped,
    });
    expect(warnings).toEqual([]);
    const into = emptyCounts();
    cues.count('Kyiv', into);
    expect(into).toEqual({ anchors: 0, context: 1 });
  });

  // biome-ignore format: one damage per line reads as a table.
  it.each<[string, (tables: TopicCueTables) => TopicCueTables, RegExp]>([
    ['cut short', (t) => ({ ...t, automaton: t.automaton.slice(0, t.automaton.length - 4) }), /bytes where/],
    ['no bytes at all', (t) => ({ ...t, automaton: new Uint8Array(0) }), /shorter than the header/],
    ['another format version', (t) => ({ ...t, automaton: withWord(t.automaton, 1, 99) }), /format version 99/],
    ['made for another cue list', (t) => ({ ...t, list: withChecksum(t.list, 12345) }), /another pattern list/],
  ])('refused when %s: a warning says why, and the cues are planned here', async (_name, damage, why) => {
    const { cues, warnings, plannerLoads } = await loadWithWarnings(damage(cueTables));
    expect(warnings).toHaveLength(1);
    expect(plannerLoads).toBe(1);
    expect(warnings[0]).toMatch(/^Backstory topic cues: Backstory matcher tables refused: /);
    expect(warnings[0]).toMatch(why);
    expect(countsOf(cues)).toEqual(countsOf(compileTopicCues(dataset.topic)));
  });
});

/** `bytes` with the header's 32-bit word `index` set to `value`. */
function withWord(bytes: Uint8Array, index: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(index * 4, value, true);
  return copy;
}

/** A cue list whose recorded checksum is `checksum`. */
function withChecksum(list: Uint8Array, checksum: number): Uint8Array {
  return encode(JSON.stringify({ ...JSON.parse(decode(list)), checksum }));
}

describe('topicCueList', () => {
  const cue = (stem: string, endings?: string[]) => ({
    stem,
    lang: 'en' as const,
    ...(endings === undefined ? {} : { endings }),
  });
  // biome-ignore format: one topic per line reads as a table.
  it.each<[string, Topic, string[], number[]]>([
    ['anchors first, then context, folded', { anchors: [cue('kyiv')], context: [cue('talks')] }, ['kyiv', 'talks'], [ANCHOR, 0]],
    ['a cue with endings is one whole word per ending', { anchors: [cue('крим', ['', 'у'])], context: [] }, ['крим', 'криму'], [ANCHOR | WHOLE_WORD, ANCHOR | WHOLE_WORD]],
    ['listed as anchor and as context: an anchor', { anchors: [cue('war')], context: [cue('war')] }, ['war'], [ANCHOR]],
    ['listed as a stem and as a whole word: the stem', { anchors: [cue('krym', [''])], context: [cue('krym')] }, ['krym'], [ANCHOR]],
    ['ё folded to е', { anchors: [cue('плёс')], context: [] }, ['плес'], [ANCHOR]],
  ])('%s', (_name, topic, stems, kinds) => {
    expect(topicCueList(topic)).toEqual({ stems, kinds });
  });

  it('is empty for no topic; such a list loads as a counter that finds nothing', async () => {
    expect(topicCueList(undefined)).toEqual({ stems: [], kinds: [] });
    const built = serializeTopicCues(undefined);
    expect(built.automaton).toHaveLength(0);
    const { cues, warnings } = await loadWithWarnings({
      list: encode(built.list),
      automaton: built.automaton,
    });
    expect(countsOf(cues).every(({ anchors, context }) => anchors + context === 0)).toBe(true);
    expect(warnings).toEqual([]);
  });
});
