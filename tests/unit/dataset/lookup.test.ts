import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset/index';
import {
  entityById,
  figureById,
  pollAnswers,
  pollById,
  pollFor,
  sourceById,
  statementsFor,
} from '../../../utils/dataset/lookup';

describe('dataset lookups', () => {
  it.each([
    ['entity', () => entityById(dataset, 'lavrov')?.name.en, 'Sergey Lavrov'],
    ['figure', () => figureById(dataset, 'poll-support-war')?.value, 78],
    ['source', () => sourceById(dataset, 'reuters-via-article')?.kind, 'agency'],
    ['poll', () => pollById(dataset, 'russians-on-the-war')?.pollster, null],
  ])('finds a %s by id', (_kind, find, expected) => {
    expect(find()).toBe(expected);
  });

  it('returns undefined for an unknown id', () => {
    expect(entityById(dataset, 'nobody')).toBeUndefined();
    expect(figureById(dataset, 'nothing')).toBeUndefined();
  });

  it('lists what an entity said first, then what others said about it', () => {
    const ids = statementsFor(dataset, 'putin').map((statement) => statement.id);
    expect(ids).toEqual(['trump-talks-after-call', 'kremlin-source-putin-serious']);
    const lavrov = statementsFor(dataset, 'lavrov');
    expect(lavrov.slice(0, 4).every((statement) => statement.speaker === 'lavrov')).toBe(true);
    expect(lavrov.at(-1)?.id).toBe('kremlin-names-delegation');
  });

  it('gives a poll answer its poll and the poll its answers in order', () => {
    const answer = figureById(dataset, 'poll-end-war-if-russia-withdraws');
    if (!answer) throw new Error('missing figure');
    const poll = pollFor(dataset, answer);
    expect(poll?.id).toBe('russians-on-the-war');
    if (!poll) return;
    expect(pollAnswers(dataset, poll).map((figure) => figure.value)).toEqual([78, 70, 30]);
  });

  it('gives a figure outside any poll no poll', () => {
    const share = figureById(dataset, 'territory-under-russian-control');
    if (!share) throw new Error('missing figure');
    expect(pollFor(dataset, share)).toBeUndefined();
  });
});
