/**
 * Small inline datasets for the matcher's tests (independent of the bundled dataset).
 * `buildDataset` fills in everything the schema requires that the matcher does not read,
 * and validates the result, so the fixtures cannot drift from the format.
 */
import * as v from 'valibot';
import {
  type Alias,
  type Dataset,
  DatasetSchema,
  type Entity,
  type Exclusion,
  type Figure,
  type Language,
  type MatchingData,
} from '@/utils/dataset/schema';

type AliasOptions = Partial<Omit<Alias, 'text'>>;

export function alias(text: string, options: AliasOptions = {}): Alias {
  return { text, lang: 'en', form: 'name', ...options };
}

export function exclusion(text: string, options: Partial<Omit<Exclusion, 'text'>> = {}): Exclusion {
  return { text, lang: 'en', reason: 'look-alike', ...options };
}

export function entity(
  id: string,
  aliases: Alias[],
  exclusions: Exclusion[] = [],
  category: Entity['category'] = 'people',
): Entity {
  return {
    id,
    kind: category === 'people' ? 'person' : 'institution',
    category,
    scope: 'specific',
    name: { en: id, uk: id, ru: id },
    role: { en: 'test entity', uk: 'тестова особа', ru: 'тестовое лицо' },
    sentence: 1,
    aliases,
    exclusions,
  };
}

export function figure(
  id: string,
  forms: Array<[text: string, lang: Language]>,
  context: Figure['context'],
): Figure {
  return {
    id,
    kind: 'share',
    value: 1,
    unit: 'percent',
    approximate: false,
    measures: { en: 'test figure', uk: 'тестова цифра', ru: 'тестовая цифра' },
    subject: { en: 'test subject', uk: 'тестовий предмет', ru: 'тестовый предмет' },
    forms: forms.map(([text, lang]) => ({ text, lang })),
    context,
    sentence: 1,
    source: 'test-source',
  };
}

export function buildDataset(entities: Entity[], figures: Figure[] = []): Dataset {
  return v.parse(DatasetSchema, {
    format: 1,
    version: '0.0.1',
    story: {
      title: { en: 'Test story', uk: 'Тестова історія', ru: 'Тестовая история' },
      summary: { en: 'Test summary', uk: 'Тестовий підсумок', ru: 'Тестовая сводка' },
    },
    topic: { anchors: [{ stem: 'ukrain', lang: 'en' }], context: [] },
    sources: [
      {
        id: 'test-source',
        kind: 'article',
        name: { en: 'Test', uk: 'Тест', ru: 'Тест' },
        description: 'Test source',
        date: { month: '2025-02' },
      },
    ],
    entities,
    statements: [],
    figures,
    polls: [],
  });
}

const EN_POSSESSIVE = ['', "'s"];
const RU_MASCULINE = ['', 'а', 'у', 'ым', 'ом', 'е'];
const UK_MASCULINE = ['', 'а', 'у', 'им', 'ом', 'ові', 'і'];

/** A dataset shaped like the real one: people, institutions, look-alikes, figures. */
export function newsDataset(): Dataset {
  return buildDataset(
    [
      entity(
        'donald-trump',
        [
          alias('Donald Trump', { form: 'full', endings: EN_POSSESSIVE }),
          alias('President Trump', { form: 'title', endings: EN_POSSESSIVE }),
          alias('Trump', { form: 'surname', endings: EN_POSSESSIVE, commonWord: 'word' }),
          alias('Дональд Трамп', { lang: 'uk', form: 'full', endings: UK_MASCULINE }),
          alias('Трамп', { lang: 'uk', form: 'surname', endings: UK_MASCULINE }),
          alias('Трамп', { lang: 'ru', form: 'surname', endings: RU_MASCULINE }),
        ],
        [
          exclusion('Melania Trump', { endings: EN_POSSESSIVE, reason: 'relative' }),
          exclusion('Donald Trump Jr.', { reason: 'relative' }),
          exclusion('Trump Tower', { reason: 'building' }),
          exclusion('trump card', { endings: ['', 's'], reason: 'common noun' }),
          exclusion('Мелания Трамп', { lang: 'ru', reason: 'relative' }),
        ],
      ),
      entity('vladimir-putin', [
        alias('Vladimir Putin', { form: 'full', endings: EN_POSSESSIVE }),
        alias('Putin', { form: 'surname', endings: EN_POSSESSIVE }),
        alias('Путин', { lang: 'ru', form: 'surname', endings: RU_MASCULINE, commonWord: 'noun' }),
        alias('Путін', { lang: 'uk', form: 'surname', endings: UK_MASCULINE, lowerCase: true }),
        alias('Володимир Путін', {
          lang: 'uk',
          form: 'full',
          declension: [
            { stem: 'Володимир', endings: ['', 'а', 'у', 'ові', 'ом'] },
            { stem: 'Путін', endings: ['', 'а', 'у', 'у', 'им'] },
          ],
        }),
      ]),
      entity(
        'sergey-lavrov',
        [
          alias('Sergey Lavrov', { form: 'full', endings: EN_POSSESSIVE }),
          alias('Lavrov', { form: 'surname', endings: EN_POSSESSIVE }),
          alias('Сергей Лавров', { lang: 'ru', form: 'full' }),
          alias('Сергея Лаврова', { lang: 'ru', form: 'full' }),
          alias('Лавров', { lang: 'ru', form: 'surname', endings: RU_MASCULINE }),
          alias('Лавров', { lang: 'uk', form: 'surname', endings: ['им', 'ові'] }),
        ],
        [exclusion('Пётр Лавров', { lang: 'ru', endings: ['', 'а'], reason: 'namesake' })],
      ),
      entity(
        'yuri-ushakov',
        [
          alias('Ushakov', { form: 'surname' }),
          alias('Ушаков', { lang: 'ru', form: 'surname', endings: RU_MASCULINE }),
        ],
        [
          exclusion('Admiral Ushakov', { reason: 'namesake' }),
          exclusion('адмирала Ушакова', { lang: 'ru', reason: 'namesake' }),
        ],
      ),
      entity('volodymyr-zelensky', [
        alias('Зеленський', { lang: 'uk', form: 'surname' }),
        alias('Зеленськ', { lang: 'uk', form: 'surname', endings: ['ого', 'ому', 'им'] }),
        alias('Зеленский', { lang: 'ru', form: 'surname' }),
      ]),
      entity(
        'kremlin',
        [
          alias('Kremlin', { form: 'name', endings: EN_POSSESSIVE }),
          alias('Кремл', { lang: 'ru', form: 'name', endings: ['ь', 'я', 'ю', 'ем', 'е'] }),
        ],
        [
          exclusion('Kremlin Cup', { reason: 'tennis tournament' }),
          exclusion('Кубок Кремля', { lang: 'ru', reason: 'tennis tournament' }),
        ],
        'institutions',
      ),
      entity('nato', [alias('NATO', { form: 'acronym', case: 'exact' })], [], 'institutions'),
      entity(
        'united-states',
        [
          alias('United States', { form: 'name' }),
          alias('US', { form: 'acronym', case: 'exact', commonWord: 'pronoun' }),
        ],
        [],
        'institutions',
      ),
      entity(
        'europe',
        [
          alias('Europe', { form: 'name', endings: EN_POSSESSIVE }),
          alias('Європ', { lang: 'uk', form: 'name', endings: ['а', 'и', 'і', 'у'] }),
        ],
        [],
        'institutions',
      ),
      entity('ussr', [alias('Soviet', { form: 'adjective' })], [], 'institutions'),
      entity(
        'saudi-arabia',
        [alias('Saudi Arabia', { form: 'full' }), alias('Saudi', { form: 'adjective' })],
        [],
        'institutions',
      ),
      entity(
        'marinka',
        [alias('Мар’їнк', { lang: 'uk', form: 'name', endings: ['а', 'и', 'у', 'ою', 'і'] })],
        [],
        'institutions',
      ),
    ],
    [
      figure(
        'territory-share',
        [
          ['20%', 'en'],
          ['20 percent', 'en'],
          ['one fifth', 'en'],
          ['a fifth', 'en'],
          ['20 відсотків', 'uk'],
          ['20 процентов', 'ru'],
        ],
        {
          subject: ['territor', 'ukrain', 'територі', 'україн', 'территори'],
          measure: ['control', 'occup', 'контрол', 'окуп'],
        },
      ),
      figure('war-support', [['78%', 'en']], {
        subject: ['russians', 'росіян'],
        measure: ['support', 'підтрим', 'поддерж'],
      }),
      figure('pre-war-borders', [['2014', 'en']], {
        subject: ['ukrain', 'україн'],
        measure: ['border', 'кордони', 'границы'],
      }),
    ],
  );
}

/**
 * Two speakers and their quotes, for the quote check as the engine has it (loaded on demand):
 * a quote with a name inside it, and a quote with a translation.
 */
export function quotedSpeakers(): MatchingData {
  return {
    entities: [
      entity('alder', [alias('Alder', { form: 'surname' })]),
      entity('brook', [alias('Brook', { form: 'surname' })]),
    ],
    figures: [],
    quotes: [
      {
        id: 'wall',
        speaker: 'alder',
        text: 'Nobody in this city, not even Brook, voted for a wall across the river.',
      },
      {
        id: 'harbour',
        speaker: 'brook',
        text: 'The harbour stays open.',
        translations: { uk: 'Гавань залишається відкритою.' },
      },
    ],
  };
}
