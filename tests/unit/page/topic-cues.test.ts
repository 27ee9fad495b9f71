import { describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import { loadTopicCues } from '@/utils/page/topic-cue-tables';
import { emptyCounts, type TopicCueCounter } from '@/utils/page/topic-cues';
import { isTopical, MIN_PER_1000_CHARS, MIN_SCORE } from '@/utils/page/topicality';
import { builtMatchingData } from '../../support/matching-data-module';
import { compileTopicCues } from '../../support/planned-topic-cues';

const refuseWarnings = (warning: string) => {
  throw new Error(warning);
};
const refusePlanning = () => Promise.reject(new Error('the cues were planned on the page'));
const fromDataFile = await loadTopicCues(
  builtMatchingData().cueTables,
  refusePlanning,
  refuseWarnings,
);

// The same examples for the cues planned here and for the build's tables, read as the engine
// reads its data file.
describe.each<[string, TopicCueCounter]>([
  ['planned here', compileTopicCues(dataset.topic)],
  ["from the build's data file", fromDataFile],
])('topic cues of the bundled dataset, %s', (_source, cues) => {
  function counts(text: string) {
    const into = emptyCounts();
    cues.count(text, into);
    return into;
  }

  // biome-ignore format: one example per line reads as a table.
  it.each<[string, string, number, number]>([
    ['en: Ukraine and its capital, any case', 'UKRAINE says Kyiv will not yield', 2, 0],
    ['en: talks and a ceasefire next to Ukrainian', 'Ukrainian envoys join ceasefire talks', 1, 2],
    ['en: a stem must start a word', 'toward the antiwar crowd in Kievan lore', 1, 0],
    ['en: nothing of the story', 'The council approved the budget for parks', 0, 0],
    ['uk: Україна, Київ, переговори', 'Україна та Київ готуються до переговорів', 2, 1],
    ['uk: окупація and війна are context', 'окуповані території після війни', 0, 3],
    ['uk: «кримінальна» is not Crimea', 'кримінальна справа', 0, 0],
    ['uk: Crimea in its case forms', 'Крим і Криму, над Кримом, о Криме', 4, 0],
    ['uk: Crimea in a lower-case house style', 'повернення криму та окупований крим', 2, 1],
    ['uk: criminal words share the letters, not the word', 'криміналіст, криміналу, кримінологія', 0, 0],
    ['uk: Crimeans and the adjective, one each', 'кримчани на Кримському мосту', 2, 0],
    ['uk: a soft hyphen inside Криму', 'у Кри\u00adму', 1, 0],
    ['uk: Крим at the very end of the text', 'анексія: Крим', 1, 0],
    ['en: Crimea and Crimean', 'Crimean ports and CRIMEA itself', 2, 0],
    ['ru: Крым in its forms, Crimeans', 'в Крыму, крымчане, Крымом', 3, 0],
    ['ru: «криминальный» is not Crimea', 'криминальная хроника', 0, 0],
    ['ru: Украина, Зеленский, перемирие', 'Зеленский обсуждал перемирие с Украиной', 2, 1],
    ['ru: Россия and Москва are context only', 'Москва и Россия', 0, 2],
    ['a soft hyphen inside a word', 'Ukrai\u00adnian', 1, 0],
  ])('%s', (_name, text, anchors, context) => {
    expect(counts(text)).toEqual({ anchors, context });
  });

  it('adds up across calls, so a region can be counted block by block', () => {
    const into = emptyCounts();
    cues.count('Kyiv', into);
    cues.count('Kyiv talks', into);
    expect(into).toEqual({ anchors: 2, context: 1 });
  });

  it('finds nothing without a topic', () => {
    const into = emptyCounts();
    compileTopicCues(undefined).count('Ukraine talks', into);
    expect(into).toEqual({ anchors: 0, context: 0 });
  });
});

describe('isTopical', () => {
  const base = { anchors: 0, context: 0, specific: 0, chars: 500 };
  // biome-ignore format: one case per line reads as a table.
  it.each<[string, typeof base, boolean]>([
    ['no anchor, however much war and Russia', { ...base, context: 20, specific: 5 }, false],
    ['one passing anchor alone (an advert)', { ...base, anchors: 1 }, false],
    ['an anchor with talks (a headline)', { ...base, anchors: 1, context: 1, chars: 60 }, true],
    ['an anchor with a specific actor', { ...base, anchors: 1, specific: 1 }, true],
    ['enough evidence spread over a long page', { anchors: 3, context: 30, specific: 2, chars: 87_000 }, false],
    ['the same evidence in an article', { anchors: 3, context: 30, specific: 2, chars: 9_000 }, true],
  ])('%s → %s', (_name, evidence, expected) => {
    expect(isTopical(evidence)).toBe(expected);
  });

  it('has thresholds that make the cases above meaningful', () => {
    expect(MIN_SCORE).toBeGreaterThan(2);
    expect(MIN_PER_1000_CHARS).toBeGreaterThan(0);
  });
});
