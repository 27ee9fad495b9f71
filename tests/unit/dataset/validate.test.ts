import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../utils/dataset/schema';
import { formatDatasetErrors, toJsonPath, validateDataset } from '../../../utils/dataset/validate';

const bundledText = readFileSync(
  join(import.meta.dirname, '../../../assets/dataset/backstory.json'),
  'utf8',
);
const bundled = JSON.parse(bundledText) as Dataset;

/** A fresh deep copy to break. */
function copy(): Dataset {
  return structuredClone(bundled);
}

function indexOf<T extends { id: string }>(items: T[], id: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`fixture lost its "${id}"`);
  return index;
}

const lavrov = indexOf(bundled.entities, 'lavrov');
const putin = indexOf(bundled.entities, 'putin');
const trump = indexOf(bundled.entities, 'trump');
const reuters = indexOf(bundled.entities, 'reuters');
const territory = indexOf(bundled.figures, 'territory-under-russian-control');
const pollAnswer = indexOf(bundled.figures, 'poll-support-war');
const reported = bundled.statements.findIndex((statement) => statement.mode === 'reported');
const verbatim = bundled.statements.findIndex((statement) => statement.mode === 'verbatim');
const withAbout = bundled.statements.findIndex((statement) => statement.about.length > 0);

/** Every reader-facing text of the dataset: `{ en, uk, ru }` objects and statement translations. */
function readerTexts(
  value: unknown,
  path = '$',
): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => readerTexts(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('en' in record || path.endsWith('.translations')) return [{ path, text: record }];
  return Object.entries(record).flatMap(([key, item]) => readerTexts(item, `${path}.${key}`));
}

describe('the bundled dataset', () => {
  it('says everything a reader sees in English, Ukrainian and Russian, none empty', () => {
    const texts = readerTexts(bundled);
    // Names, roles, measures, subjects, poll texts, source names and dates, speaker labels,
    // the pollster note, the story, and each statement's translations.
    const { entities, figures, statements, polls, sources } = bundled;
    expect(texts.length).toBeGreaterThanOrEqual(
      2 * (entities.length + figures.length + polls.length + sources.length) + statements.length,
    );
    const missing = texts.flatMap(({ path, text }) =>
      (path.endsWith('.translations') ? ['uk', 'ru'] : ['en', 'uk', 'ru'])
        .filter((lang) => typeof text[lang] !== 'string' || (text[lang] as string).trim() === '')
        .map((lang) => `${path}.${lang}`),
    );
    expect(missing).toEqual([]);
    expect(texts.filter(({ path }) => path.endsWith('.translations'))).toHaveLength(
      bundled.statements.length,
    );
  });

  it('words each reported statement in Ukrainian and Russian, not as a copy of the English', () => {
    for (const item of bundled.statements) {
      expect(item.translations.uk).not.toBe(item.text);
      expect(item.translations.ru).not.toBe(item.text);
      expect(item.translations.uk).not.toBe(item.translations.ru);
      expect(item.translations.uk).toMatch(/[а-яіїєґ]/i);
      expect(item.translations.ru).toMatch(/[а-яё]/i);
    }
  });

  it('marks each verbatim quote as published in English translation of Russian speech', () => {
    const quotes = bundled.statements.filter((item) => item.mode === 'verbatim');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.translatedFrom).toBe('ru');
  });

  it('passes the schema and every cross-reference check', () => {
    const result = validateDataset(bundled);
    if (!result.ok) throw new Error(formatDatasetErrors(result.errors));
    expect(result.dataset.entities.length).toBeGreaterThanOrEqual(12);
  });

  it('has ids unique across every collection', () => {
    const ids = [
      ...bundled.sources,
      ...bundled.entities,
      ...bundled.statements,
      ...bundled.figures,
      ...bundled.polls,
    ].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the three poll answers in one poll, in order, with the pollster marked as unnamed', () => {
    expect(bundled.polls).toHaveLength(1);
    const [poll] = bundled.polls;
    expect(poll?.answers).toEqual([
      'poll-support-war',
      'poll-end-war-keeping-territories',
      'poll-end-war-if-russia-withdraws',
    ]);
    expect(poll?.pollster).toBeNull();
    expect(poll?.pollsterNote?.en).toMatch(/not name the pollster/);
  });
});

/** The item at `index`, or a test failure: broken copies must break what they say. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

const entity = (d: Dataset, index: number) => at(d.entities, index);
const figure = (d: Dataset, index: number) => at(d.figures, index);
const statement = (d: Dataset, index: number) => at(d.statements, index);
const poll = (d: Dataset) => at(d.polls, 0);
const dateFigure = bundled.figures.findIndex((f) => f.kind === 'date');
const aliasCount = (index: number) => entity(bundled, index).aliases.length;
/** Putin's Ukrainian full name, written as a declension. */
const declinedIndex = entity(bundled, putin).aliases.findIndex((a) => a.declension !== undefined);
const declined = (d: Dataset) => {
  const alias = entity(d, putin).aliases.find((item) => item.declension !== undefined);
  if (alias === undefined) throw new Error('fixture has no declension');
  return alias;
};

type Breakage = [description: string, breakIt: (d: Dataset) => void, path: string, message: RegExp];

// biome-ignore format: one breakage per line reads as a table.
const breakages: Breakage[] = [
  ['an empty alias', (d) => { at(entity(d, lavrov).aliases, 0).text = '  '; }, `$.entities[${lavrov}].aliases[0].text`, /must not be empty/],
  ['a duplicate id', (d) => { figure(d, pollAnswer).id = figure(d, territory).id; }, `$.figures[${pollAnswer}].id`, /duplicate id/],
  ['an id shared by an entity and a figure', (d) => { figure(d, territory).id = 'putin'; }, `$.figures[${territory}].id`, /duplicate id "putin"/],
  ['an unknown speaker', (d) => { statement(d, 0).speaker = 'zelensky'; }, '$.statements[0].speaker', /not the id of any entity/],
  ['an unknown entity in about', (d) => { statement(d, withAbout).about[0] = 'nobody'; }, `$.statements[${withAbout}].about[0]`, /not the id of any entity/],
  ['an unknown statement source', (d) => { statement(d, 0).source = 'tass'; }, '$.statements[0].source', /not the id of any source/],
  ['an unknown figure source', (d) => { figure(d, territory).source = 'tass'; }, `$.figures[${territory}].source`, /not the id of any source/],
  ['a poll answer that is not in the poll', (d) => { poll(d).answers[0] = figure(d, territory).id; }, '$.polls[0].answers[0]', /does not belong to this poll/],
  ['a poll answer pointing nowhere', (d) => { poll(d).answers[1] = 'poll-missing'; }, '$.polls[0].answers[1]', /not the id of any figure/],
  ['a poll-answer figure without its poll', (d) => { delete figure(d, pollAnswer).poll; }, `$.figures[${pollAnswer}]`, /must name its poll/],
  ['a figure claiming an unknown poll', (d) => { figure(d, pollAnswer).poll = 'other-poll'; }, `$.figures[${pollAnswer}].poll`, /not the id of any poll/],
  ['an unknown field', (d) => { Object.assign(entity(d, putin), { nickname: 'VVP' }); }, `$.entities[${putin}].nickname`, /unknown field/],
  ['a missing field', (d) => { delete (statement(d, 0) as { source?: string }).source; }, '$.statements[0].source', /required field is missing/],
  ['a version that is not semver', (d) => { d.version = 'v1'; }, '$.version', /semver/],
  ['a sentence number given as text', (d) => { Object.assign(entity(d, lavrov), { sentence: '2' }); }, `$.entities[${lavrov}].sentence`, /number/],
  ['a sentence number of 0', (d) => { figure(d, territory).sentence = 0; }, `$.figures[${territory}].sentence`, /1/],
  ['an unknown language', (d) => { Object.assign(at(entity(d, putin).aliases, 0), { lang: 'de' }); }, `$.entities[${putin}].aliases[0].lang`, /"de"/],
  ['the same alias listed twice', (d) => { entity(d, putin).aliases.push({ ...at(entity(d, putin).aliases, 0) }); }, `$.entities[${putin}].aliases[${aliasCount(putin)}].text`, /repeats aliases\[0\]/],
  ['an entity whose every alias requires confirmation', (d) => { for (const alias of entity(d, putin).aliases) alias.requiresConfirmation = true; }, `$.entities[${putin}].aliases`, /nothing could confirm one/],
  ['a confirmation mark that is not true', (d) => { Object.assign(at(entity(d, putin).aliases, 0), { requiresConfirmation: false }); }, `$.entities[${putin}].aliases[0].requiresConfirmation`, /true/],
  ['a lower-case alias matched as a proper name', (d) => { at(entity(d, trump).aliases, 0).text = 'trump card'; }, `$.entities[${trump}].aliases[0].case`, /case "exact"/],
  ['a reported statement written as a quote', (d) => { statement(d, reported).text = '"We will win," he said.'; }, `$.statements[${reported}].text`, /must not contain quotation marks/],
  ['a pollster left unnamed without a note', (d) => { delete poll(d).pollsterNote; }, '$.polls[0].pollsterNote', /pollster/],
  ['a date figure given as a number', (d) => { figure(d, dateFigure).value = 18; }, `$.figures[${dateFigure}].value`, /date is written as text/],
  ['a share measured in years', (d) => { figure(d, territory).unit = 'year'; }, `$.figures[${territory}].unit`, /measured in "percent"/],
  ['a Cyrillic alias marked as English', (d) => { entity(d, putin).aliases.push({ text: 'Путин', lang: 'en', form: 'surname' }); }, `$.entities[${putin}].aliases[${aliasCount(putin)}].text`, /letters a "en" text never uses/],
  ['a Russian-only letter in a Ukrainian exclusion', (d) => { entity(d, reuters).exclusions.push({ text: 'Эрнст Рейтер', lang: 'uk', reason: 'a namesake' }); }, `$.entities[${reuters}].exclusions[${entity(bundled, reuters).exclusions.length}].text`, /letters a "uk" text never uses/],
  ['a Ukrainian-only letter in a Russian alias', (d) => { entity(d, putin).aliases.push({ text: 'Путіна', lang: 'ru', form: 'surname' }); }, `$.entities[${putin}].aliases[${aliasCount(putin)}].text`, /letters a "ru" text never uses/],
  ['a declension whose words have different numbers of endings', (d) => { declined(d).declension?.[1]?.endings.pop(); }, `$.entities[${putin}].aliases[${declinedIndex}].declension[1].endings`, /every word needs one per case/],
  ['a declension whose first form is not the text', (d) => { declined(d).text = 'Путін Володимир'; }, `$.entities[${putin}].aliases[${declinedIndex}].declension`, /must be the text/],
  ['a declension next to endings', (d) => { declined(d).endings = ['']; }, `$.entities[${putin}].aliases[${declinedIndex}].endings`, /not both/],
  ['a declension of one word', (d) => { const alias = declined(d); alias.declension = alias.declension?.slice(0, 1); }, `$.entities[${putin}].aliases[${declinedIndex}].declension`, /2/],
  ['an unknown kind of common word', (d) => { Object.assign(at(entity(d, trump).aliases, 0), { commonWord: 'verb' }); }, `$.entities[${trump}].aliases[0].commonWord`, /"word"/],
  ['lower case on an exact alias', (d) => { Object.assign(at(entity(d, trump).aliases, 0), { case: 'exact', lowerCase: true }); }, `$.entities[${trump}].aliases[0].lowerCase`, /adds nothing/],
  ['an empty list of measure stems', (d) => { figure(d, territory).context.measure = []; }, `$.figures[${territory}].context.measure`, /length/i],
  ['a context with only one list', (d) => { figure(d, territory).context = { subject: ['territor'] } as never; }, `$.figures[${territory}].context.measure`, /required field is missing/],
  ['a stem that is both subject and measure', (d) => { figure(d, territory).context.measure.push('territor'); }, `$.figures[${territory}].context.measure[${figure(bundled, territory).context.measure.length}]`, /listed twice \(first in subject\)/],
  ['an unknown scope', (d) => { Object.assign(entity(d, trump), { scope: 'sometimes' }); }, `$.entities[${trump}].scope`, /"specific" \| "general"/],
  ['an entity without a scope', (d) => { delete (entity(d, lavrov) as { scope?: string }).scope; }, `$.entities[${lavrov}].scope`, /required field is missing/],
  ['a topic cue in capitals', (d) => { at(d.topic.anchors, 0).stem = 'Ukrain'; }, '$.topic.anchors[0].stem', /lower case/],
  ['a topic without anchors', (d) => { d.topic.anchors = []; }, '$.topic.anchors', /length/i],
  ['a topic cue listed as anchor and context', (d) => { d.topic.context.push({ ...at(d.topic.anchors, 0) }); }, `$.topic.context[${bundled.topic.context.length}].stem`, /repeats the cue at \$\.topic\.anchors\[0\]\.stem/],
  ['a whole-word cue listed twice', (d) => { d.topic.context.push({ stem: 'крим', lang: 'uk', endings: ['', 'у', 'ом', 'е'] }); }, `$.topic.context[${bundled.topic.context.length}].stem`, /repeats the cue at \$\.topic\.anchors\[\d+\]\.stem/],
  ['a whole-word cue with an ending in capitals', (d) => { d.topic.anchors.push({ stem: 'крим', lang: 'uk', endings: ['У'] }); }, `$.topic.anchors[${bundled.topic.anchors.length}].endings[0]`, /lower case/],
  ['a whole-word cue with no ending', (d) => { d.topic.anchors.push({ stem: 'крим', lang: 'uk', endings: [] }); }, `$.topic.anchors[${bundled.topic.anchors.length}].endings`, /length/i],
  ['a role without its Ukrainian', (d) => { delete (entity(d, putin).role as { uk?: string }).uk; }, `$.entities[${putin}].role.uk`, /required field is missing/],
  ['an empty Russian poll title', (d) => { poll(d).title.ru = ' '; }, '$.polls[0].title.ru', /must not be empty/],
  ['a source name in English only', (d) => { Object.assign(at(d.sources, 0), { name: 'Article' }); }, '$.sources[0].name', /object/i],
  ['a statement without translations', (d) => { delete (statement(d, reported) as { translations?: unknown }).translations; }, `$.statements[${reported}].translations`, /required field is missing/],
  ['a statement without its Russian', (d) => { delete (statement(d, reported).translations as { ru?: string }).ru; }, `$.statements[${reported}].translations.ru`, /required field is missing/],
  ['an empty Ukrainian translation', (d) => { statement(d, verbatim).translations.uk = ''; }, `$.statements[${verbatim}].translations.uk`, /must not be empty/],
  ['a translation of a quote in quotation marks', (d) => { statement(d, verbatim).translations.uk = `«${statement(d, verbatim).translations.uk}»`; }, `$.statements[${verbatim}].translations.uk`, /must not contain quotation marks/],
  ['a reported statement claimed as a translation', (d) => { statement(d, reported).translatedFrom = 'ru'; }, `$.statements[${reported}].translatedFrom`, /only a verbatim quote/],
  ['a quote "translated" from English', (d) => { statement(d, verbatim).translatedFrom = 'en'; }, `$.statements[${verbatim}].translatedFrom`, /name the language the speaker spoke/],
];

describe('validateDataset on broken copies', () => {
  it.each(breakages)('reports %s at its JSON path', (_description, breakIt, path, message) => {
    const broken = copy();
    breakIt(broken);
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((candidate) => candidate.path === path);
    expect(error, `errors were:\n${formatDatasetErrors(result.errors)}`).toBeDefined();
    expect(error?.message).toMatch(message);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'dataset'],
  ])('rejects %s at the root', (_description, input) => {
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('$');
  });

  it('does not change the input it validates', () => {
    const input = copy();
    validateDataset(input);
    expect(input).toEqual(bundled);
  });
});

describe('error paths and messages', () => {
  it.each([
    [[], '$'],
    [['entities', 3, 'aliases', 0, 'text'], '$.entities[3].aliases[0].text'],
    [['odd key'], '$["odd key"]'],
  ] as const)('writes %j as %s', (keys, path) => {
    expect(toJsonPath(keys)).toBe(path);
  });

  it('formats one line per problem, each with its path', () => {
    const message = formatDatasetErrors([
      { path: '$.version', message: 'must be semver, e.g. 1.0.0' },
      { path: '$.statements[0].speaker', message: '"x" is not the id of any entity' },
    ]);
    expect(message.split('\n')).toEqual([
      'Invalid dataset (2 problems):',
      '  $.version: must be semver, e.g. 1.0.0',
      '  $.statements[0].speaker: "x" is not the id of any entity',
    ]);
  });
});
