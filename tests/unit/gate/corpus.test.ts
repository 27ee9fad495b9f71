/**
 * The first pass must never keep the engine from a page where it has something to show. On
 * every real page of the corpus: where the engine's own matcher finds a mention of a
 * Russia-specific entity or a quote, or where the text holds a topic anchor (without which no
 * general mention or figure is shown), the first pass must wake. How many pages it wakes on
 * is a matter of cost, reported by `npm run bench` (docs/cost.md).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { gateKeys } from '../../../utils/gate/keys';
import { compileMatcher } from '../../../utils/matching';
import { emptyCounts } from '../../../utils/page/topic-cues';
import { readCorpusPages } from '../../bench/corpus-text';
import { compileTopicCues } from '../../support/planned-topic-cues';
import { sharedDir } from '../../support/shared-dir';
import { keyInTwoStages } from '../../support/two-stage-scan';

describe.skipIf(!sharedDir)('the first pass on the corpus pages', () => {
  const pages = sharedDir ? readCorpusPages(join(sharedDir, 'corpus')) : [];
  const data = toMatchingData(dataset);
  const matcher = compileMatcher(data);
  const cues = compileTopicCues(data.topic);
  const keys = gateKeys(data);
  const scopeOf = new Map(data.entities.map((entity) => [entity.id, entity.scope ?? 'specific']));

  const verdicts = pages.map((page) => {
    const blocks = page.text.split(/\n{2,}/);
    const counts = emptyCounts();
    let showable = false;
    for (const block of blocks) {
      cues.count(block, counts);
      showable ||= matcher
        .find(block)
        .some(
          (m) => m.kind === 'quote' || (m.kind === 'entity' && scopeOf.get(m.id) !== 'general'),
        );
    }
    showable ||= counts.anchors > 0;
    // As the page's first pass reads it: the probe first, then the key check's scan.
    const wakes = keyInTwoStages(keys, [blocks.map((block) => `${block}\n\n`)]);
    return { file: page.name, showable, wakes };
  });

  it('are read (the check is not vacuous)', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(verdicts.filter((v) => v.showable).length).toBeGreaterThan(5);
    // Most pages of the corpus name nothing of the story: the first pass lets them be.
    expect(verdicts.filter((v) => !v.wakes).length).toBeGreaterThan(pages.length / 2);
  });

  it('wakes on every page where the engine may show something', () => {
    expect(verdicts.filter((v) => v.showable && !v.wakes).map((v) => v.file)).toEqual([]);
  });
});
