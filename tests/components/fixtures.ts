/**
 * A small dataset in the shape of the real one, written for these tests: two people, an
 * institution, the agency, the territory share and a three-answer poll.
 */
import type { Dataset } from '@/utils/dataset/schema';
import type { Mention } from '@/utils/matching/types';

export const LAVROV_QUOTE =
  "If they're going to come up with some crafty ideas about freezing the conflict like this, and they themselves ... have in mind the continuation of the war, then why invite them?";

export const dataset: Dataset = {
  format: 1,
  version: '1.0.0',
  story: {
    title: { en: 'Talks on ending the war' },
    summary: { en: 'Positions before the talks in Saudi Arabia.' },
  },
  topic: { anchors: [{ stem: 'ukrain', lang: 'en' }], context: [{ stem: 'talks', lang: 'en' }] },
  sources: [
    {
      id: 'reuters-report',
      kind: 'agency',
      name: 'Reuters',
      description: 'The news agency the article cites.',
      date: 'February 2025, before the 18 February talks',
    },
    {
      id: 'article',
      kind: 'article',
      name: 'Source article',
      description: 'The wire-based report the dataset is built from.',
      date: 'February 2025',
    },
  ],
  entities: [
    {
      id: 'sergey-lavrov',
      kind: 'person',
      category: 'people',
      scope: 'specific',
      name: { en: 'Sergey Lavrov', uk: 'Сергій Лавров', ru: 'Сергей Лавров' },
      role: { en: 'Foreign Minister of Russia' },
      sentence: 2,
      aliases: [{ text: 'Лавров', lang: 'ru', form: 'surname', endings: ['', 'а'] }],
      exclusions: [],
    },
    {
      id: 'donald-trump',
      kind: 'person',
      category: 'people',
      scope: 'specific',
      name: { en: 'Donald Trump' },
      role: { en: 'President of the United States' },
      sentence: 2,
      aliases: [{ text: 'Trump', lang: 'en', form: 'surname' }],
      exclusions: [],
    },
    {
      id: 'kremlin',
      kind: 'institution',
      category: 'institutions',
      scope: 'specific',
      name: { en: 'The Kremlin' },
      role: { en: 'Seat of the Russian presidency' },
      sentence: 4,
      aliases: [{ text: 'Kremlin', lang: 'en', form: 'name' }],
      exclusions: [],
    },
    {
      id: 'reuters',
      kind: 'institution',
      category: 'institutions',
      scope: 'specific',
      name: { en: 'Reuters' },
      role: { en: 'News agency' },
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
      sentence: 6,
      topic: 'Territory',
      date: 'February 2025',
      source: 'reuters-report',
      about: [],
    },
    {
      id: 'kremlin-source-serious',
      speaker: 'reuters',
      speakerLabel: 'A source familiar with the Kremlin’s position',
      mode: 'reported',
      text: 'The Russian president wants an agreement, though not at any price.',
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
      measures: { en: 'Share of Ukraine’s territory under Russian control' },
      subject: { en: 'Ukraine' },
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
      measures: { en: 'support the war' },
      subject: { en: 'Russians surveyed' },
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
      measures: { en: 'would back an immediate end if Russia keeps the occupied land' },
      subject: { en: 'Russians surveyed' },
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
      measures: { en: 'would back ending it if Russia withdrew' },
      subject: { en: 'Russians surveyed' },
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
      measures: { en: 'Start of the talks in Saudi Arabia' },
      subject: { en: 'US and Russian delegations' },
      forms: [{ text: 'February 18', lang: 'en' }],
      context: { subject: ['saudi'], measure: ['talk', 'negotiat'] },
      sentence: 10,
      source: 'article',
    },
  ],
  polls: [
    {
      id: 'russian-opinion',
      title: { en: 'Russian opinion on the war' },
      population: { en: 'Russians surveyed' },
      pollster: null,
      pollsterNote: 'Pollster not named in the source',
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
    entity.name = { en: `${entity.name.en} ${HOSTILE}` };
    entity.role = { en: HOSTILE };
  }
  for (const statement of copy.statements) statement.text = HOSTILE;
  for (const figure of copy.figures) {
    figure.measures = { en: HOSTILE };
    figure.subject = { en: HOSTILE };
  }
  for (const source of copy.sources) {
    source.name = HOSTILE;
    source.date = HOSTILE;
  }
  for (const poll of copy.polls) {
    poll.title = { en: HOSTILE };
    poll.pollsterNote = HOSTILE;
  }
  return copy;
}
