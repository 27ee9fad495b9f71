/**
 * A small dataset in the shape of the real one, written for these tests: two people, an
 * institution, the agency, the territory share and a three-answer poll.
 */
import type { Dataset, Localized } from '@/utils/dataset/schema';
import type { Mention } from '@/utils/matching/types';

/**
 * A text in all three languages, the Ukrainian and Russian marked so tests can tell which one
 * a card shows.
 */
export function inAll(en: string): Localized {
  return { en, uk: `[uk] ${en}`, ru: `[ru] ${en}` };
}

export const LAVROV_QUOTE =
  "If they're going to come up with some crafty ideas about freezing the conflict like this, and they themselves ... have in mind the continuation of the war, then why invite them?";

export const LAVROV_QUOTE_UK =
  'Якщо вони збираються вигадувати хитрі ідеї про заморожування конфлікту, а самі ... мають на думці продовження війни, то навіщо їх запрошувати?';
export const LAVROV_QUOTE_RU =
  'Если они собираются придумывать хитрые идеи о заморозке конфликта, а сами ... имеют в виду продолжение войны, то зачем их приглашать?';

export const dataset: Dataset = {
  format: 1,
  version: '1.0.0',
  story: {
    title: inAll('Talks on ending the war'),
    summary: inAll('Positions before the talks in Saudi Arabia.'),
  },
  topic: { anchors: [{ stem: 'ukrain', lang: 'en' }], context: [{ stem: 'talks', lang: 'en' }] },
  sources: [
    {
      id: 'reuters-report',
      kind: 'agency',
      name: inAll('Reuters'),
      description: 'The news agency the article cites.',
      date: { month: '2025-02', beforeTalks: '2025-02-18' },
    },
    {
      id: 'article',
      kind: 'article',
      name: inAll('Source article'),
      description: 'The wire-based report the dataset is built from.',
      date: { month: '2025-02' },
    },
  ],
  entities: [
    {
      id: 'sergey-lavrov',
      kind: 'person',
      category: 'people',
      scope: 'specific',
      name: { en: 'Sergey Lavrov', uk: 'Сергій Лавров', ru: 'Сергей Лавров' },
      role: inAll('Foreign Minister of Russia'),
      sentence: 2,
      aliases: [{ text: 'Лавров', lang: 'ru', form: 'surname', endings: ['', 'а'] }],
      exclusions: [],
    },
    {
      id: 'donald-trump',
      kind: 'person',
      category: 'people',
      scope: 'specific',
      name: inAll('Donald Trump'),
      role: inAll('President of the United States'),
      sentence: 2,
      aliases: [{ text: 'Trump', lang: 'en', form: 'surname' }],
      exclusions: [],
    },
    {
      id: 'kremlin',
      kind: 'institution',
      category: 'institutions',
      scope: 'specific',
      name: inAll('The Kremlin'),
      role: inAll('Seat of the Russian presidency'),
      sentence: 4,
      aliases: [{ text: 'Kremlin', lang: 'en', form: 'name' }],
      exclusions: [],
    },
    {
      id: 'reuters',
      kind: 'institution',
      category: 'institutions',
      scope: 'specific',
      name: inAll('Reuters'),
      role: inAll('News agency'),
      sentence: 2,
      aliases: [{ text: 'Reuters', lang: 'en', form: 'name' }],
      exclusions: [],
    },
  ],
  statements: [
    {
      id: 'lavrov-no-role-for-europe',
      speaker: 'sergey-lavrov',
      mode: 'verbatim',
      text: LAVROV_QUOTE,
      translations: { uk: LAVROV_QUOTE_UK, ru: LAVROV_QUOTE_RU },
      translatedFrom: 'ru',
      sentence: 9,
      topic: 'Europe at the table',
      date: 'February 2025',
      source: 'reuters-report',
      about: [],
    },
    {
      id: 'lavrov-no-concessions',
      speaker: 'sergey-lavrov',
      mode: 'reported',
      text: 'Russia will make no territorial concessions to Ukraine.',
      translations: {
        uk: 'Росія не поступиться Україні жодною територією.',
        ru: 'Россия не уступит Украине никакой территории.',
      },
      sentence: 6,
      topic: 'Territory',
      date: 'February 2025',
      source: 'reuters-report',
      about: [],
    },
    {
      id: 'kremlin-source-serious',
      speaker: 'reuters',
      speakerLabel: inAll('A source familiar with the Kremlin’s position'),
      mode: 'reported',
      text: 'The Russian president wants an agreement, though not at any price.',
      translations: {
        uk: 'Російський президент прагне угоди, хоча й не за будь-яку ціну.',
        ru: 'Российский президент стремится к соглашению, хотя и не любой ценой.',
      },
      sentence: 4,
      topic: 'Intent',
      date: 'February 2025',
      source: 'reuters-report',
      about: ['kremlin'],
    },
  ],
  figures: [
    {
      id: 'territory-share',
      kind: 'share',
      value: 20,
      unit: 'percent',
      approximate: true,
      measures: inAll('Share of Ukraine’s territory under Russian control'),
      subject: inAll('Ukraine'),
      forms: [{ text: '20%', lang: 'en' }],
      context: { subject: ['territor'], measure: ['control'] },
      sentence: 6,
      source: 'article',
    },
    {
      id: 'poll-support-war',
      kind: 'poll-answer',
      value: 78,
      unit: 'percent',
      approximate: false,
      measures: inAll('support the war'),
      subject: inAll('Russians surveyed'),
      forms: [{ text: '78%', lang: 'en' }],
      context: { subject: ['russian'], measure: ['support'] },
      sentence: 12,
      source: 'article',
      poll: 'russian-opinion',
    },
    {
      id: 'poll-end-if-kept',
      kind: 'poll-answer',
      value: 70,
      unit: 'percent',
      approximate: false,
      measures: inAll('would back an immediate end if Russia keeps the occupied land'),
      subject: inAll('Russians surveyed'),
      forms: [{ text: '70%', lang: 'en' }],
      context: { subject: ['war'], measure: ['approv'] },
      sentence: 13,
      source: 'article',
      poll: 'russian-opinion',
    },
    {
      id: 'poll-end-if-withdrawn',
      kind: 'poll-answer',
      value: 30,
      unit: 'percent',
      approximate: false,
      measures: inAll('would back ending it if Russia withdrew'),
      subject: inAll('Russians surveyed'),
      forms: [{ text: '30%', lang: 'en' }],
      context: { subject: ['withdr'], measure: ['support'] },
      sentence: 14,
      source: 'article',
      poll: 'russian-opinion',
    },
    {
      id: 'talks-start',
      kind: 'date',
      value: 'February 18',
      unit: 'date',
      approximate: false,
      measures: inAll('Start of the talks in Saudi Arabia'),
      subject: inAll('US and Russian delegations'),
      forms: [{ text: 'February 18', lang: 'en' }],
      context: { subject: ['saudi'], measure: ['talk', 'negotiat'] },
      sentence: 10,
      source: 'article',
    },
  ],
  polls: [
    {
      id: 'russian-opinion',
      title: inAll('Russian opinion on the war'),
      population: inAll('Russians surveyed'),
      pollster: null,
      pollsterNote: inAll('Pollster not named in the source'),
      answers: ['poll-support-war', 'poll-end-if-kept', 'poll-end-if-withdrawn'],
      sentence: 12,
      source: 'article',
    },
  ],
};

export function mentionOf(overrides: Partial<Mention> & Pick<Mention, 'id' | 'kind'>): Mention {
  return {
    start: 0,
    end: 6,
    category: overrides.kind === 'figure' ? 'figures' : 'people',
    matched: 'Лаврова',
    rule: 'alias:surname:ru',
    ...overrides,
  };
}

/** Markup that would run script if it were ever parsed as HTML. */
export const HOSTILE = '<img src=x onerror="alert(1)"><b>bold</b>';

/** The fixture with markup in every string a card shows. */
export function hostileDataset(): Dataset {
  const copy = structuredClone(dataset);
  for (const entity of copy.entities) {
    entity.name = inAll(`${entity.name.en} ${HOSTILE}`);
    entity.role = inAll(HOSTILE);
  }
  for (const statement of copy.statements) {
    statement.text = HOSTILE;
    statement.translations = { uk: HOSTILE, ru: HOSTILE };
  }
  for (const figure of copy.figures) {
    figure.measures = inAll(HOSTILE);
    figure.subject = inAll(HOSTILE);
  }
  for (const source of copy.sources) {
    // A source's date is data (ISO month or day), written by Intl: it holds no text to abuse.
    source.name = inAll(HOSTILE);
  }
  for (const poll of copy.polls) {
    poll.title = inAll(HOSTILE);
    poll.pollsterNote = inAll(HOSTILE);
  }
  return copy;
}
