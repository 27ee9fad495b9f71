import { describe, expect, it } from 'vitest';
import {
  buildPopoverModel,
  describeRule,
  type EntityModel,
  type FigureModel,
} from '@/components/popover/view-model';
import { dataset, mentionOf } from './fixtures';

function entityCard(id: string): EntityModel {
  const model = buildPopoverModel(dataset, mentionOf({ id, kind: 'entity' }), 2);
  if (model?.card.kind !== 'entity') throw new Error(`no entity card for ${id}`);
  return model.card;
}

function figureCard(id: string): FigureModel {
  const model = buildPopoverModel(
    dataset,
    mentionOf({ id, kind: 'figure', matched: '78%', rule: 'figure-form:en' }),
    1,
  );
  if (model?.card.kind !== 'figure') throw new Error(`no figure card for ${id}`);
  return model.card;
}

describe('buildPopoverModel for an entity', () => {
  it('lists what the entity said, in article order, with source and date', () => {
    const card = entityCard('sergey-lavrov');
    expect(card).toMatchObject({ name: 'Sergey Lavrov', role: 'Foreign Minister of Russia' });
    expect(card.statements.map((s) => [s.id, s.mode, s.relation])).toEqual([
      ['lavrov-no-concessions', 'reported', 'by'],
      ['lavrov-no-role-for-europe', 'verbatim', 'by'],
    ]);
    expect(card.statements[0]?.source).toEqual({
      name: 'Reuters',
      date: 'February 2025, before the February 18 talks',
    });
  });

  it('shows statements about the entity, attributed to the described speaker', () => {
    const card = entityCard('kremlin');
    expect(card.statements).toHaveLength(1);
    expect(card.statements[0]).toMatchObject({
      relation: 'about',
      speaker: 'A source familiar with the Kremlin’s position',
    });
  });

  it('has no statements for an entity nobody quotes', () => {
    expect(entityCard('donald-trump').statements).toEqual([]);
  });

  it('uses the requested language', () => {
    const ru = buildPopoverModel(
      dataset,
      mentionOf({ id: 'sergey-lavrov', kind: 'entity' }),
      1,
      'ru',
    );
    expect(ru?.lang).toBe('ru');
    expect(ru?.card).toMatchObject({
      name: 'Сергей Лавров',
      role: '[ru] Foreign Minister of Russia',
    });
  });

  it('explains the match and counts the mentions', () => {
    const model = buildPopoverModel(dataset, mentionOf({ id: 'sergey-lavrov', kind: 'entity' }), 3);
    expect(model?.why).toEqual({
      matched: 'Лаврова',
      readAs: 'Sergey Lavrov',
      ruleDescription: 'surname, Russian',
      pageCount: 3,
      topical: false,
    });
  });

  it('says when a mention is shown because its text is about the talks', () => {
    const mention = mentionOf({ id: 'sergey-lavrov', kind: 'entity' });
    expect(buildPopoverModel(dataset, mention, 1, 'en', true)?.why.topical).toBe(true);
  });
});

describe('buildPopoverModel for a figure', () => {
  it('brings the whole poll, in the poll’s order, marking the hovered answer', () => {
    const card = figureCard('poll-end-if-kept');
    expect(card.valueText).toBe('70%');
    expect(card.poll?.answers.map((a) => [a.value, a.current])).toEqual([
      [78, false],
      [70, true],
      [30, false],
    ]);
    expect(card.poll?.pollsterLine).toBe('Pollster not named in the source');
    expect(card.share).toBeUndefined();
  });

  it('says the pollster is not named even when the dataset gives no note', () => {
    const noNote = structuredClone(dataset);
    for (const poll of noNote.polls) delete poll.pollsterNote;
    const model = buildPopoverModel(
      noNote,
      mentionOf({ id: 'poll-support-war', kind: 'figure' }),
      1,
    );
    expect(model?.card.kind === 'figure' && model.card.poll?.pollsterLine).toBe(
      'Pollster not named in the source',
    );
  });

  it('gives a share of a whole its percentage and marks an approximate value', () => {
    const card = figureCard('territory-share');
    expect(card).toMatchObject({ valueText: 'about 20%', share: 20, subject: 'Ukraine' });
    expect(card.poll).toBeUndefined();
  });

  it('shows a date as written', () => {
    expect(figureCard('talks-start')).toMatchObject({
      valueText: 'February 18',
      figureKind: 'date',
    });
  });
});

it('returns null for an id the dataset does not have', () => {
  expect(buildPopoverModel(dataset, mentionOf({ id: 'nobody', kind: 'entity' }), 1)).toBeNull();
  expect(
    buildPopoverModel(dataset, mentionOf({ id: 'sergey-lavrov', kind: 'figure' }), 1),
  ).toBeNull();
});

describe('describeRule', () => {
  it.each([
    ['alias:surname:ru', 'surname, Russian'],
    ['alias:full:en', 'full name, English'],
    ['alias:acronym:uk', 'acronym, Ukrainian'],
    ['figure-form:en', 'figure as written, English'],
    ['alias:unknownform:en', 'English'],
    ['something-else', ''],
    ['', ''],
  ])('%j reads as %j', (rule, expected) => {
    expect(describeRule(rule)).toBe(expected);
  });
});
