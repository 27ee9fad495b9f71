import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/utils/dataset/schema';
import {
  describeConflict,
  findDeadExclusions,
  findPatternConflicts,
} from '@/utils/matching/conflicts';
import { alias, buildDataset, entity, exclusion, figure } from './fixtures';

/** Two people whose names are written `first` and `second`; every other field is alike. */
function twoPeople(first: string, second: string, lang: 'en' | 'uk' | 'ru' = 'en'): Dataset {
  return buildDataset([
    entity('first-person', [alias(first, { lang })]),
    entity('second-person', [alias(second, { lang })]),
  ]);
}

// One row per normalisation the matcher applies (utils/matching/char-classes.ts): forms that
// differ only in it are one pattern of the automaton, so the second entity is never found.
// biome-ignore format: one normalisation per line reads as a table.
const sameOnceNormalised: Array<[normalisation: string, first: string, second: string, lang: 'en' | 'uk' | 'ru']> = [
  ['right single quote as apostrophe', "O'Hara", 'O\u2019Hara', 'en'],
  ['modifier letter apostrophe (Ukrainian)', "Дар'я Бойко", 'Дар\u02bcя Бойко', 'uk'],
  ['prime as apostrophe', "D'Arcy", 'D\u2032Arcy', 'en'],
  ['grave accent as apostrophe', "N'Diaye", 'N\u0060Diaye', 'en'],
  ['soft hyphen inside a word', 'Vladimir Putin', 'Vladi\u00admir Putin', 'en'],
  ['zero-width space inside a word', 'Ушаков', 'Уша\u200bков', 'ru'],
  ['word joiner inside a word', 'Кремль', 'Кре\u2060мль', 'ru'],
  ['no-break space between words', 'Keith Kellogg', 'Keith\u00a0Kellogg', 'en'],
  ['a run of white space', 'Saudi Arabia', 'Saudi  \tArabia', 'en'],
  ['non-breaking hyphen', 'Jean-Claude', 'Jean\u2011Claude', 'en'],
  ['ё written as е', 'Пётр Толстой', 'Петр Толстой', 'ru'],
  ['letter case', 'NATO', 'Nato', 'en'],
  ['Cyrillic letter case', 'Лавров', 'ЛАВРОВ', 'ru'],
];

describe('collisions in the compiled matcher', () => {
  it('finds none in the bundled dataset', () => {
    const file = join(import.meta.dirname, '../../../assets/dataset/backstory.json');
    const bundled = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    expect(findPatternConflicts(bundled).map(describeConflict)).toEqual([]);
  });

  it.each(sameOnceNormalised)('two entities whose forms differ by %s collide', (_, a, b, lang) => {
    const [conflict, ...more] = findPatternConflicts(twoPeople(a, b, lang));
    expect(more).toEqual([]);
    expect(conflict?.first).toMatchObject({ id: 'first-person', written: a });
    expect(conflict?.shadowed).toEqual({
      id: 'second-person',
      type: 'alias',
      written: b,
      path: '$.entities[1].aliases[0].text',
    });
  });

  it('reports a form made of text and ending, at the alias it comes from', () => {
    const dataset = buildDataset([
      entity('lavrov', [alias('Лавров', { lang: 'ru', endings: ['', 'а'] })]),
      // A woman named Lavrova: her surname is his genitive.
      entity('lavrova', [alias('Лаврова', { lang: 'ru' })]),
    ]);
    const [conflict] = findPatternConflicts(dataset);
    expect(conflict?.first).toMatchObject({
      written: 'Лаврова',
      path: '$.entities[0].aliases[0].text',
    });
    expect(conflict?.shadowed).toMatchObject({ written: 'Лаврова', id: 'lavrova' });
  });

  it('does not report forms that differ in something the matcher keeps', () => {
    expect(findPatternConflicts(twoPeople('Kellogg', 'Kelloggs'))).toEqual([]);
    expect(findPatternConflicts(twoPeople('Jean-Claude', 'Jean Claude'))).toEqual([]);
    expect(findPatternConflicts(twoPeople('Лавров', 'Лаврів', 'uk'))).toEqual([]);
  });

  it('does not report two exact-case forms that can never accept the same text', () => {
    const dataset = buildDataset([
      entity('us', [alias('US', { case: 'exact', form: 'acronym' })]),
      entity('us-pronoun', [alias('us', { case: 'exact' })]),
    ]);
    expect(findPatternConflicts(dataset)).toEqual([]);
  });

  it('reports an exact-case form that a proper-case form of another entity also accepts', () => {
    const dataset = buildDataset([
      entity('nato', [alias('NATO', { form: 'acronym' })]),
      entity('nato-exact', [alias('NATO', { case: 'exact', form: 'acronym' })]),
    ]);
    expect(findPatternConflicts(dataset)).toHaveLength(1);
  });

  it('does not report two aliases of one entity that compile to one pattern', () => {
    const dataset = buildDataset([
      entity('nato', [alias('NATO', { form: 'acronym' }), alias('Nato', { lang: 'uk' })]),
    ]);
    expect(findPatternConflicts(dataset)).toEqual([]);
  });

  it('reports an exclusion that equals an alias, of the same entity or another', () => {
    const own = buildDataset([entity('trump', [alias('Trump')], [exclusion('trump')])]);
    expect(findPatternConflicts(own).map((c) => c.shadowed.path)).toEqual([
      '$.entities[0].aliases[0].text',
    ]);
    const other = buildDataset([
      entity('kellogg', [alias('Kellogg')]),
      entity('cereal', [alias('Kellogg\u2019s Corn')], [exclusion("Kellogg's")]),
      entity('kellogg-2', [alias("Kellogg's")]),
    ]);
    const [conflict] = findPatternConflicts(other);
    expect(conflict?.first).toMatchObject({ type: 'exclusion', id: 'cereal' });
    expect(conflict?.shadowed).toMatchObject({ type: 'alias', id: 'kellogg-2' });
  });

  it('reports one written form for two figures, and a figure form equal to an alias', () => {
    const figures = buildDataset(
      [],
      [
        figure('share-a', [['20%', 'en']], { subject: ['territory'], measure: ['control'] }),
        figure('share-b', [['20 %', 'en']], { subject: ['russians'], measure: ['poll'] }),
      ],
    );
    expect(findPatternConflicts(figures)).toEqual([]);
    const same = buildDataset(
      [entity('number-name', [alias('20%', { case: 'exact' })])],
      [figure('share-a', [['20%', 'en']], { subject: ['territory'], measure: ['control'] })],
    );
    expect(findPatternConflicts(same)[0]?.shadowed).toMatchObject({
      type: 'figure',
      path: '$.figures[0].forms[0].text',
    });
    const twoFigures = buildDataset(
      [],
      [
        figure('share-a', [['a fifth', 'en']], { subject: ['territory'], measure: ['control'] }),
        figure('share-b', [['A Fifth', 'en']], { subject: ['russians'], measure: ['poll'] }),
      ],
    );
    expect(findPatternConflicts(twoFigures)[0]?.shadowed).toMatchObject({ id: 'share-b' });
  });

  it('says which form is dead and which one wins', () => {
    const [conflict] = findPatternConflicts(twoPeople('NATO', 'Nato'));
    if (conflict === undefined) throw new Error('expected a collision');
    expect(describeConflict(conflict)).toBe(
      '"Nato" (alias of "second-person") is the same pattern "nato" as "NATO" (alias of ' +
        '"first-person", $.entities[0].aliases[0].text) once normalised as the matcher does, ' +
        'and the matcher would never reach it',
    );
  });
});

// An exclusion wins only over an alias form it contains as whole words, compared the way the
// matcher normalises text: a row per class, in en, uk and ru.
// biome-ignore format: one exclusion per line reads as a table.
const exclusions: Array<[what: string, alias: string, endings: string[] | undefined, exclusion: string, applies: boolean]> = [
  ['the surname in other letters (Latin against Cyrillic)', 'Путин', undefined, 'Lyudmila Putina', false],
  ['the alias only inside a longer word', 'Lavrov', undefined, 'Lavrovsky', false],
  ['the alias as whole words', 'Putin', undefined, 'Putin Street', true],
  ['an inflected form of the alias', 'Лавров', ['', 'а'], 'вулиця Лаврова', true],
  ['the alias behind an apostrophe the matcher folds', "O'Hara", undefined, 'Maureen O\u02b9Hara', true],
  ['the alias split by a soft hyphen', 'Ушаков', undefined, 'улица Уша\u00adкова', false],
  ['the alias with a soft hyphen inside', 'Ушаков', undefined, 'проспект Уша\u00adков', true],
  ['the alias in capitals', 'Kremlin', undefined, 'KREMLIN CUP', true],
];

describe('exclusions that can never apply', () => {
  it('finds none in the bundled dataset', () => {
    const file = join(import.meta.dirname, '../../../assets/dataset/backstory.json');
    const bundled = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    expect(findDeadExclusions(bundled)).toEqual([]);
  });

  it.each(exclusions)('an exclusion holding %s', (_, text, endings, excluded, applies) => {
    const dataset = buildDataset([
      entity('person', [alias(text, endings ? { endings } : {})], [exclusion(excluded)]),
    ]);
    const expected = applies
      ? []
      : [{ id: 'person', written: excluded, path: '$.entities[0].exclusions[0].text' }];
    expect(findDeadExclusions(dataset)).toEqual(expected);
  });
});
