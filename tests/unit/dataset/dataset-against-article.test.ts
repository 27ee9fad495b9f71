/**
 * The bundled dataset checked against its only source, the article
 * (`$BACKSTORY_SHARED/seed/article.txt`): quotes word for word, every figure and
 * sentence reference found where it is cited, and no number, date or name that
 * the article (or the public-record facts listed in seed/README.md) does not support.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasForms as formsOfAlias } from '../../../utils/dataset/alias-forms';
import type { Entity, Figure } from '../../../utils/dataset/schema';
import { sentenceAt, splitSentences } from '../../../utils/dataset/sentences';
import { bundledDataset as dataset } from '../../support/bundled-dataset';
import { sharedDir } from '../../support/shared-dir';

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
/** A source's date as ISO data ("2025-02"); checked on its own below, not prose. */
const isSourceDate = (path: string) => /^\$\.sources\[\d+\]\.date\./.test(path);
/** Names of the entities and of what must not be taken for them: not prose about the story. */
const isNameList = (path: string) => /\.(aliases|exclusions)\[\d+\]/.test(path);
const isMachineField = (path: string) =>
  /\.(lang|kind|category|form|case|unit|mode)$|\.endings\[\d+\]$|\.context\.(subject|measure)\[\d+\]$/.test(
    path,
  );

const isFigureForm = (path: string) => /\.forms\[\d+\]/.test(path);

function aliasForms(entity: Entity): string[] {
  return entity.aliases.flatMap(formsOfAlias);
}

function englishAliasForms(entity: Entity): string[] {
  return entity.aliases.filter((alias) => alias.lang === 'en').flatMap(formsOfAlias);
}

function mentions(sentence: string, entity: Entity): boolean {
  const text = normalizeApostrophes(sentence);
  return englishAliasForms(entity).some((form) => text.includes(normalizeApostrophes(form)));
}

function hasStem(sentence: string, stems: readonly string[]): boolean {
  return words(sentence).some((word) => stems.some((stem) => word.toLowerCase().startsWith(stem)));
}

/**
 * Words that carry no claim of their own: articles, prepositions, pronouns, auxiliaries.
 * Every other word of a statement or role is a key term and must be found in the
 * article sentences the record rests on.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for with and or but that this it its is are was were be been ' +
    'would will should could has have had he she they them their his her him who whose which ' +
    'what when as from into not no any so than then there once one two s'
  ).split(' '),
);

/**
 * Where a record's key terms are established besides the sentence it cites, and how
 * our paraphrase words render the article's (ours → the article's word, which must
 * stand in one of those sentences). `identity` lists words that say what a thing is
 * (a country, an alliance, a news agency): who they are, not a claim of the story, so
 * the article need not say it. Everything else must be in the sentences.
 */
interface KeyTermSources {
  also?: number[];
  paraphrase?: Record<string, string>;
  identity?: string[];
}

const STATEMENT_TERMS: Record<string, KeyTermSources> = {
  'lavrov-no-territorial-concessions': {
    paraphrase: {
      handing: 'concessions',
      back: 'concessions',
      taking: 'presenting',
      hard: 'tough',
      line: 'stance',
      before: 'ahead',
      talks: 'negotiations',
    },
  },
  'lavrov-no-role-for-europe': { paraphrase: { place: 'role' } },
  'trump-talks-after-call': {
    paraphrase: { conversation: 'call', said: 'stated', start: 'begin', negotiations: 'talks' },
  },
  'kremlin-source-putin-serious': {
    paraphrase: {
      genuinely: 'serious',
      wants: 'reaching',
      though: 'but',
      price: 'cost',
      unnamed: 'source',
      thinking: 'position',
      speaking: 'said',
    },
  },
  'kremlin-names-delegation': {
    paraphrase: { said: 'announced', hold: 'meet', talks: 'meet', among: 'including' },
  },
  'us-ukraine-not-in-nato': { paraphrase: { saying: 'stating' } },
  'us-pre-2014-borders-unrealistic': { paraphrase: { called: 'stating' } },
  'us-europe-out-of-talks': { paraphrase: { said: 'stating', part: 'participate' } },
  'kellogg-russian-concessions': {
    paraphrase: { cover: 'involve', reduction: 'reducing', renunciation: 'refusing' },
  },
};

const ROLE_TERMS: Record<string, KeyTermSources> = {
  lavrov: {
    also: [9],
    paraphrase: {
      eve: 'ahead',
      talks: 'negotiations',
      refused: 'ruled',
      give: 'concessions',
      back: 'concessions',
      place: 'role',
    },
  },
  putin: {
    also: [4],
    identity: ['russia', 'leader'],
    paraphrase: {
      announced: 'stated',
      start: 'begin',
      thinking: 'position',
      told: 'said',
      deal: 'agreement',
      though: 'but',
      price: 'cost',
    },
  },
  trump: { also: [3], paraphrase: { announced: 'stated', spoken: 'call' } },
  ushakov: { paraphrase: { named: 'announced', side: 'officials' } },
  rubio: { paraphrase: { due: 'would' } },
  kellogg: {
    also: [2, 11],
    paraphrase: {
      give: 'concessions',
      ground: 'territories',
      takes: 'participating',
      part: 'participating',
      talks: 'negotiations',
    },
  },
  kremlin: {
    also: [5],
    identity: ['russia', 'leadership'],
    paraphrase: { thinking: 'position', spoke: 'said' },
  },
  'united-states': {
    also: [5, 8],
    identity: ['country'],
    paraphrase: {
      delegation: 'lavrov',
      saying: 'stating',
      cannot: 'unrealistic',
      realistically: 'unrealistic',
      restored: 'returning',
      stay: 'participate',
    },
  },
  nato: { identity: ['military', 'alliance'], paraphrase: { said: 'stating' } },
  europe: {
    also: [9],
    identity: ['governments'],
    paraphrase: { said: 'stating', part: 'participate', talks: 'negotiations', seat: 'role' },
  },
  'saudi-arabia': {
    also: [11],
    identity: ['country'],
    paraphrase: { hosting: 'negotiations', talks: 'negotiations', due: 'set', start: 'begin' },
  },
  ussr: {
    identity: ['state', 'union'],
    // The sentence is cut off in the source right after the speaker's name.
    paraphrase: { says: 'lavrov', when: 'during', founded: 'formation' },
  },
  reuters: {
    also: [4],
    identity: ['news', 'agency', 'article'],
    paraphrase: { relies: 'reports', including: 'source', unnamed: 'source', thinking: 'position' },
  },
};

/** A word's stem for comparison: its first six letters ("negotiations" ~ "negotiating"). */
const stemOf = (word: string) => word.slice(0, Math.max(4, Math.min(6, word.length)));

/** The figure's context rule: a subject stem and a measure stem in the same sentence. */
function hasContext(sentence: string, context: Figure['context']): boolean {
  return hasStem(sentence, context.subject) && hasStem(sentence, context.measure);
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

    it.each(dataset.entities.map((item) => [item.id, item] as const))(
      'entity %s cites the first sentence that names it',
      (_id, item) => {
        const first = sentences.findIndex((text) => mentions(text, item)) + 1;
        expect(item.sentence).toBe(first);
      },
    );

    it('each poll starts at the sentence of its first answer', () => {
      for (const poll of dataset.polls) {
        const first = dataset.figures.find((figure) => figure.id === poll.answers[0]);
        expect(first?.sentence).toBe(poll.sentence);
      }
    });
  });

  describe('key terms: our words say what the cited sentences say', () => {
    /** Key terms of `text` found neither in `numbers`' sentences nor through `terms`. */
    const unsupportedTerms = (text: string, numbers: number[], terms: KeyTermSources) => {
      const cited = numbers.map(sentence);
      const stems = new Set(cited.flatMap(prosewords).map(stemOf));
      // A word of an entity's English name counts where the sentences name that entity.
      const nameWords = new Set(
        dataset.entities
          .filter((item) => cited.some((text) => mentions(text, item)))
          .flatMap(englishAliasForms)
          .flatMap(prosewords),
      );
      const problems: string[] = [];
      for (const [ours, theirs] of Object.entries(terms.paraphrase ?? {})) {
        if (!prosewords(text).includes(ours)) problems.push(`stale paraphrase entry "${ours}"`);
        if (!stems.has(stemOf(theirs)))
          problems.push(`"${ours}" renders "${theirs}", which is not in sentences ${numbers}`);
      }
      for (const word of prosewords(text).map((w) => w.replace(/'s$/, ''))) {
        if (FUNCTION_WORDS.has(word) || nameWords.has(word) || stems.has(stemOf(word))) continue;
        if (terms.identity?.includes(word) || terms.paraphrase?.[word] !== undefined) continue;
        problems.push(`"${word}" is not in sentences ${numbers}`);
      }
      return problems;
    };

    it.each(dataset.statements.map((statement) => [statement.id, statement] as const))(
      'statement %s says nothing its sentence does not',
      (id, statement) => {
        const terms = STATEMENT_TERMS[id] ?? {};
        const numbers = [statement.sentence, ...(terms.also ?? [])];
        const label = statement.speakerLabel?.en ?? '';
        expect(unsupportedTerms(`${statement.text} ${label}`, numbers, terms)).toEqual([]);
      },
    );

    it.each(dataset.entities.map((item) => [item.id, item] as const))(
      'the role of %s says nothing its sentences do not',
      (id, item) => {
        const terms = ROLE_TERMS[id] ?? {};
        const numbers = [item.sentence, ...(terms.also ?? [])];
        expect(unsupportedTerms(item.role.en, numbers, terms)).toEqual([]);
      },
    );

    it('catches a claim the article does not make (the class of "told" for "shocked")', () => {
      const told = 'The US told European leaders that Ukraine has no place in NATO.';
      expect(unsupportedTerms(told, [8], {})).toEqual(['"told" is not in sentences 8']);
      const close = 'a source close to the Kremlin told Reuters';
      expect(unsupportedTerms(close, [4], { paraphrase: { told: 'said' } })).toEqual([
        '"close" is not in sentences 4',
      ]);
    });
  });

  describe('credit: a source is credited only where the article credits it', () => {
    /** Each agency source is the entity whose English name it carries ("Reuters, as …"). */
    const agencies = dataset.sources
      .filter((source) => source.kind === 'agency')
      .map((source) => {
        const agency = dataset.entities.find((item) => mentions(source.name.en, item));
        if (!agency) throw new Error(`source ${source.id} names no entity`);
        return { source, agency };
      });
    const credited = [...dataset.statements, ...dataset.figures, ...dataset.polls].map(
      (record) => [record.id, record] as const,
    );

    it.each(credited)('%s cites an agency only where its sentence names it', (_id, record) => {
      for (const { source, agency } of agencies) {
        if (record.source !== source.id) continue;
        expect(mentions(sentence(record.sentence), agency), sentence(record.sentence)).toBe(true);
      }
    });

    it.each(credited)(
      '%s names an agency in its words only where the sentence does',
      (_id, record) => {
        const texts = stringsOf(record).filter(({ path }) => !isIdentifier(path));
        for (const { agency } of agencies) {
          for (const { text } of texts) {
            if (mentions(text, agency))
              expect(mentions(sentence(record.sentence), agency)).toBe(true);
          }
        }
      },
    );
  });

  describe('agreement in Ukrainian and Russian', () => {
    /** Names that are grammatically plural ("the United States" are). */
    const PLURAL_NAMES = new Set(['США', 'Сполучені Штати', 'Соединённые Штаты']);
    const SINGULAR_PRONOUNS = {
      uk: /(?<!\p{L})(її|його|вона|воно)(?!\p{L})/iu,
      ru: /(?<!\p{L})(её|его|она|оно)(?!\p{L})/iu,
    };

    it.each(
      dataset.entities
        .filter(
          (item) => PLURAL_NAMES.has(item.name.uk ?? '') || PLURAL_NAMES.has(item.name.ru ?? ''),
        )
        .map((item) => [item.id, item] as const),
    )('the role of %s refers to it in the plural', (_id, item) => {
      for (const lang of ['uk', 'ru'] as const) {
        const role = item.role[lang] ?? '';
        expect(role, role).not.toMatch(SINGULAR_PRONOUNS[lang]);
      }
    });

    it('every plural name in a text takes a plural past-tense verb', () => {
      const names = [...PLURAL_NAMES].join('|');
      const singularVerb = new RegExp(`(?:${names})\\s+(\\p{L}+л[ао])(?!\\p{L})`, 'u');
      const problems = stringsOf(dataset)
        .filter(({ path }) => !isNameList(path))
        .filter(({ text }) => singularVerb.test(text))
        .map(({ path, text }) => `${path}: ${singularVerb.exec(text)?.[1]}`);
      expect(problems).toEqual([]);
      expect(singularVerb.test('Сполучені Штати заявила')).toBe(true);
      expect(singularVerb.test('Сполучені Штати заявили')).toBe(false);
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
    const claims = stringsOf(dataset).filter(
      ({ path }) => !isIdentifier(path) && !isSourceDate(path),
    );

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
      const statementDates = dataset.statements.map((statement) => statement.date);
      expect(new Set(statementDates)).toEqual(new Set([DATE_PHRASE]));
      // The same, as data the card writes in its language.
      for (const source of dataset.sources) {
        expect(source.date, source.id).toEqual({ month: '2025-02', beforeTalks: '2025-02-18' });
      }
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
