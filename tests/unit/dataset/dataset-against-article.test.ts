/**
 * The bundled dataset checked against its only source, the article
 * (`$BACKSTORY_SHARED/seed/article.txt`): quotes word for word, every figure and
 * sentence reference found where it is cited, and no number, date or name that
 * the article (or the public-record facts listed in seed/README.md) does not support.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Entity } from '../../../utils/dataset/schema';
import { sentenceAt, splitSentences } from '../../../utils/dataset/sentences';
import { sharedDir } from '../../support/shared-dir';

const dataset = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../assets/dataset/backstory.json'), 'utf8'),
) as Dataset;

/** seed/README.md: the year and the day of the talks come from the public record. */
const PUBLIC_RECORD_NUMBERS = new Set(['2025', '18']);
const DATE_PHRASE = 'February 2025, before the 18 February talks';

/**
 * Places the article names in English that are deliberately not entities (they are
 * the subject of nearly every sentence on these pages), in the Ukrainian and Russian
 * forms the translated texts use.
 */
const ARTICLE_PLACES_IN_UK_RU = new Set(
  [
    'Україна України Україні Україну Україною Росія Росії Росію Росією Вашингтон Вашингтона Вашингтоні',
    'Украина Украины Украине Украину Украиной Россия России Россию Россией Вашингтон Вашингтона Вашингтоне',
  ]
    .join(' ')
    .split(' ')
    .map((word) => word.toLowerCase()),
);

/** Month names (English, Ukrainian, Russian; nominative and genitive) by month number. */
const MONTH_NAMES = [
  'january jan січень січня январь января',
  'february feb лютий лютого февраль февраля',
  'march mar березень березня март марта',
  'april apr квітень квітня апрель апреля',
  // "may" is left out: in English text it is mostly the verb.
  'травень травня май мая',
  'june jun червень червня июнь июня',
  'july jul липень липня июль июля',
  'august aug серпень серпня август августа',
  'september sep sept вересень вересня сентябрь сентября',
  'october oct жовтень жовтня октябрь октября',
  'november nov листопад листопада ноябрь ноября',
  'december dec грудень грудня декабрь декабря',
];
const MONTHS = new Map(
  MONTH_NAMES.flatMap((line, index) => line.split(' ').map((word) => [word, index + 1] as const)),
);

function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'");
}

function words(text: string): string[] {
  return normalizeApostrophes(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words with their possessive kept together, lower-cased: the unit of "copied text". */
function prosewords(text: string): string[] {
  return (normalizeApostrophes(text).match(/[\p{L}\p{N}]+(?:'\p{L}+)?/gu) ?? []).map((word) =>
    word.toLowerCase(),
  );
}

function ngrams(tokens: string[], size: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) grams.push(tokens.slice(i, i + size).join(' '));
  return grams;
}

/** Every string in the dataset with its JSON path. */
function stringsOf(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringsOf(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${path}.${key}`));
  }
  return [];
}

/** Ids and references are names of records, not claims; the version is ours. */
const isIdentifier = (path: string) =>
  /\.(id|speaker|source|poll)$|\.(about|answers)\[\d+\]$|^\$\.version$/.test(path);
/** Names of the entities and of what must not be taken for them: not prose about the story. */
const isNameList = (path: string) => /\.(aliases|exclusions)\[\d+\]/.test(path);
const isMachineField = (path: string) =>
  /\.(lang|kind|category|form|case|unit|mode)$|\.endings\[\d+\]$|\.context\[\d+\]$/.test(path);

const isFigureForm = (path: string) => /\.forms\[\d+\]/.test(path);

function aliasForms(entity: Entity): string[] {
  return entity.aliases.flatMap((alias) =>
    (alias.endings ?? ['']).map((ending) => alias.text + ending),
  );
}

function englishAliasForms(entity: Entity): string[] {
  return entity.aliases
    .filter((alias) => alias.lang === 'en')
    .flatMap((alias) => (alias.endings ?? ['']).map((ending) => alias.text + ending));
}

function mentions(sentence: string, entity: Entity): boolean {
  const text = normalizeApostrophes(sentence);
  return englishAliasForms(entity).some((form) => text.includes(normalizeApostrophes(form)));
}

function hasContext(sentence: string, stems: readonly string[]): boolean {
  return words(sentence).some((word) => stems.some((stem) => word.toLowerCase().startsWith(stem)));
}

function quotedSpans(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"|“([^”]+)”|«([^»]+)»/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

describe.skipIf(!sharedDir)('the dataset against the source article', () => {
  const article = sharedDir ? readFileSync(join(sharedDir, 'seed', 'article.txt'), 'utf8') : '';
  const sentences = splitSentences(article);
  const sentence = (number: number) => {
    const text = sentenceAt(sentences, number);
    if (text === undefined) throw new Error(`sentence ${number} does not exist in the article`);
    return text;
  };
  const entity = (id: string) => {
    const found = dataset.entities.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no entity "${id}"`);
    return found;
  };

  describe('quotes', () => {
    const verbatim = dataset.statements.filter((statement) => statement.mode === 'verbatim');

    it.each(verbatim.map((statement) => [statement.id, statement] as const))(
      '%s is word for word inside quotation marks in its sentence',
      (_id, statement) => {
        expect(article).toContain(statement.text);
        expect(quotedSpans(sentence(statement.sentence))).toContain(statement.text);
      },
    );

    it('stores every quotation in the article as a verbatim statement', () => {
      const spans = quotedSpans(article);
      expect(spans).toHaveLength(2);
      for (const span of spans) expect(verbatim.map((statement) => statement.text)).toContain(span);
    });

    it.each(
      dataset.statements
        .filter((statement) => statement.mode === 'reported')
        .map((statement) => [statement.id, statement] as const),
    )('%s (reported) is a paraphrase, not the article sentence', (_id, statement) => {
      expect(article).not.toContain(statement.text);
      for (const span of quotedSpans(article)) expect(statement.text).not.toContain(span);
    });
  });

  describe('sentence references', () => {
    it.each(dataset.entities.map((item) => [item.id, item] as const))(
      'entity %s is named in the sentence it cites',
      (_id, item) => {
        expect(mentions(sentence(item.sentence), item)).toBe(true);
      },
    );

    it.each(dataset.statements.map((statement) => [statement.id, statement] as const))(
      'statement %s: its speaker and everyone it is about appear in its sentence',
      (_id, statement) => {
        const text = sentence(statement.sentence);
        for (const id of [statement.speaker, ...statement.about]) {
          expect(mentions(text, entity(id)), `${id} in: ${text}`).toBe(true);
        }
      },
    );

    it.each(dataset.figures.map((figure) => [figure.id, figure] as const))(
      'figure %s: its value, an English form and a context word stand in its sentence',
      (_id, figure) => {
        const text = sentence(figure.sentence);
        if (typeof figure.value === 'number') {
          expect(text.match(/\d+/g)).toContain(String(figure.value));
          if (figure.unit === 'percent') expect(text).toContain(`${figure.value}%`);
        } else {
          expect(text).toContain(figure.value);
        }
        const englishForms = figure.forms.filter((form) => form.lang === 'en');
        expect(
          englishForms.some((form) => text.toLowerCase().includes(form.text.toLowerCase())),
        ).toBe(true);
        // The article's own occurrence must satisfy the figure's context rule.
        expect(hasContext(text, figure.context)).toBe(true);
      },
    );

    it('each poll starts at the sentence of its first answer', () => {
      for (const poll of dataset.polls) {
        const first = dataset.figures.find((figure) => figure.id === poll.answers[0]);
        expect(first?.sentence).toBe(poll.sentence);
      }
    });
  });

  describe('coverage of the article', () => {
    it.each([
      ['Lavrov', 'lavrov'],
      ['Putin', 'putin'],
      ['Trump', 'trump'],
      ['Yuri Ushakov', 'ushakov'],
      ['Marco Rubio', 'rubio'],
      ['Keith Kellogg', 'kellogg'],
      ['Kremlin', 'kremlin'],
      ['NATO', 'nato'],
      ['Europe', 'europe'],
      ['Saudi Arabia', 'saudi-arabia'],
      ['USSR', 'ussr'],
      ['Reuters', 'reuters'],
      ['United States', 'united-states'],
    ])('the article names "%s" and entity %s has that alias', (name, id) => {
      expect(article).toContain(name);
      expect(aliasForms(entity(id))).toContain(name);
    });

    it('every number in the article is a figure of the dataset', () => {
      const values = new Set(
        dataset.figures.flatMap((figure) => String(figure.value).match(/\d+/g) ?? []),
      );
      for (const number of article.match(/\d+/g) ?? []) expect(values).toContain(number);
    });

    it.each(dataset.entities.map((item) => [item.id, item] as const))(
      'entity %s has names, a role and aliases in English, Ukrainian and Russian',
      (_id, item) => {
        for (const lang of ['en', 'uk', 'ru'] as const) {
          expect(item.name[lang]).toBeTruthy();
          expect(item.role[lang]).toBeTruthy();
          expect(item.aliases.some((alias) => alias.lang === lang)).toBe(true);
        }
      },
    );
  });

  describe('nothing the article does not support', () => {
    const articleNumbers = new Set(article.match(/\d+/g) ?? []);
    const claims = stringsOf(dataset).filter(({ path }) => !isIdentifier(path));

    it('every number in the dataset occurs in the article or the public record', () => {
      const unsupported = claims.flatMap(({ path, text }) =>
        (text.match(/\d+/g) ?? [])
          .filter((number) => !articleNumbers.has(number) && !PUBLIC_RECORD_NUMBERS.has(number))
          .map((number) => `${path}: ${number}`),
      );
      expect(unsupported).toEqual([]);
      for (const figure of dataset.figures) {
        if (typeof figure.value === 'number')
          expect(articleNumbers).toContain(String(figure.value));
      }
    });

    it('each figure is written only with its own number', () => {
      for (const figure of dataset.figures) {
        const own = new Set([...(String(figure.value).match(/\d+/g) ?? []), '2025']);
        for (const form of figure.forms) {
          for (const number of form.text.match(/\d+/g) ?? []) {
            expect(own, `${figure.id}: "${form.text}"`).toContain(number);
          }
        }
      }
    });

    it('the only month is February and the only day the 18th', () => {
      const problems: string[] = [];
      for (const { path, text } of claims) {
        const tokens = words(text);
        tokens.forEach((token, index) => {
          const month = MONTHS.get(token.toLowerCase());
          if (month === undefined) return;
          if (month !== 2) problems.push(`${path}: month "${token}"`);
          for (const neighbour of [tokens[index - 1], tokens[index + 1]]) {
            if (neighbour && /^\d+$/.test(neighbour) && !['18', '2025'].includes(neighbour)) {
              problems.push(`${path}: "${token} ${neighbour}"`);
            }
          }
        });
      }
      expect(problems).toEqual([]);
    });

    it('dates say "February 2025, before the 18 February talks", never a made-up day', () => {
      const dates = [...dataset.sources, ...dataset.statements].map((item) => item.date);
      expect(new Set(dates)).toEqual(new Set([DATE_PHRASE]));
    });

    it('every capitalised Latin word in our texts is an article word or a name of an entity', () => {
      const known = new Set(
        [...words(article), ...dataset.entities.flatMap(aliasForms).flatMap(words)].map((word) =>
          word.toLowerCase(),
        ),
      );
      const unknown = claims
        // Figure forms ("Feb. 18") are covered by the month and number checks.
        .filter(({ path }) => !isNameList(path) && !isMachineField(path) && !isFigureForm(path))
        .flatMap(({ path, text }) =>
          words(text)
            .filter((word) => /^[A-Z]/.test(word) && !known.has(word.toLowerCase()))
            .map((word) => `${path}: ${word}`),
        );
      expect(unknown).toEqual([]);
    });

    it('every capitalised Cyrillic word inside a sentence of our texts is a known name', () => {
      const known = new Set([
        ...ARTICLE_PLACES_IN_UK_RU,
        ...dataset.entities
          .flatMap(aliasForms)
          .flatMap(words)
          .map((word) => word.toLowerCase()),
      ]);
      const unknown = claims
        .filter(({ path }) => !isNameList(path) && !isMachineField(path))
        .flatMap(({ path, text }) =>
          // A capital after the start of the text or of a sentence is just grammar.
          [...text.matchAll(/(?<![.!?]\s|^)(?<=\s|\()[А-ЯІЇЄҐЁ][\p{L}]*/gu)]
            .map((match) => match[0])
            .filter((word) => !known.has(word.toLowerCase()))
            .map((word) => `${path}: ${word}`),
        );
      expect(unknown).toEqual([]);
    });

    it('our own texts copy no run of six words from the article', () => {
      const articleGrams = new Set(ngrams(prosewords(article), 6));
      const prose = claims.filter(
        ({ path }) =>
          !isNameList(path) &&
          !isMachineField(path) &&
          !isFigureForm(path) &&
          !dataset.statements.some(
            (statement, index) =>
              statement.mode === 'verbatim' && path === `$.statements[${index}].text`,
          ),
      );
      const copied = prose.flatMap(({ path, text }) =>
        ngrams(prosewords(text), 6)
          .filter((gram) => articleGrams.has(gram))
          .map((gram) => `${path}: "${gram}"`),
      );
      expect(copied).toEqual([]);
    });
  });

  describe('figure context words', () => {
    it.each(
      dataset.figures
        .filter((figure) => figure.unit === 'percent')
        .map((figure) => [figure.id, figure] as const),
    )('%s does not count in an unrelated sentence', (_id, figure) => {
      const unrelated = `Shoppers got a ${figure.value}% discount on shoes at the weekend sale.`;
      expect(hasContext(unrelated, figure.context)).toBe(false);
    });
  });
});
