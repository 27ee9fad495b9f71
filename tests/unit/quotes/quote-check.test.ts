/**
 * The quote check end to end through the matcher: anchors found in the one pass, the
 * quotation around them, the comparison and its verdict. Quotes and pages are our own
 * examples in English, Ukrainian and Russian (the check is not tied to the dataset's quotes).
 */
import { describe, expect, it } from 'vitest';
import type { MatchingData } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import type { Mention } from '@/utils/matching/types';
import type { DiffOp } from '@/utils/quotes/compare';
import { alias, entity } from '../matching/fixtures';

const data: MatchingData = {
  entities: [
    entity('alder', [
      alias('Mayor Alder', { form: 'title' }),
      alias('Alder', { form: 'surname' }),
      alias('Алдер', { lang: 'uk', form: 'surname', endings: ['', 'а'] }),
    ]),
    entity('brook', [alias('Brook', { form: 'surname' })]),
  ],
  figures: [],
  quotes: [
    {
      id: 'harbour',
      speaker: 'alder',
      text: 'We will keep talking until the harbour is open again, and not one day longer than that.',
    },
    {
      id: 'wall',
      speaker: 'alder',
      text: 'Nobody in this city voted for a wall across the river.',
    },
    {
      id: 'metre',
      speaker: 'alder',
      text: 'Ми не віддамо жодного метра нашої землі за обіцянки, які ніхто не збирається виконувати.',
    },
    {
      id: 'shelling',
      speaker: 'alder',
      text: 'Мы не будем обсуждать границы, пока не прекратятся обстрелы наших городов.',
    },
  ],
};

const matcher = compileMatcher(data);

const quotesIn = (text: string): Mention[] =>
  matcher.find(text).filter((mention) => mention.kind === 'quote');

/** The non-identical parts of a diff, as short strings: "-not", "+only", "~open→shut". */
function changes(diff: readonly DiffOp[]): string[] {
  const described: string[] = [];
  for (const op of diff) {
    if (op.op === 'dropped') described.push(`-${op.words.join(' ')}`);
    else if (op.op === 'added') described.push(`+${op.words.join(' ')}`);
    else if (op.op === 'swapped') described.push(`~${op.source.join(' ')}→${op.page.join(' ')}`);
  }
  return described;
}

interface Expected {
  verdict: 'matches' | 'differs';
  statements: string[];
  extent?: 'whole' | 'part';
  cut?: [number, number];
  changes?: string[];
  marked?: 'quoted' | 'unquoted';
  /** The quoted text the highlight covers. */
  covers?: string;
  attribution?: string;
}

type Row = [description: string, page: string, expected: Expected | null];

// biome-ignore format: one alteration per line reads as a table.
const rows: Row[] = [
  ['exact, curly double quotes (en)', 'Mayor Alder said: “We will keep talking until the harbour is open again, and not one day longer than that.”', { verdict: 'matches', statements: ['harbour'], extent: 'whole', changes: [], marked: 'quoted', covers: 'We will keep talking until the harbour is open again, and not one day longer than that.', attribution: 'speaker-named' }],
  ['exact, straight double quotes', 'Alder: "Nobody in this city voted for a wall across the river."', { verdict: 'matches', statements: ['wall'], extent: 'whole', changes: [] }],
  ['exact, guillemets (uk)', 'Алдер заявив: «Ми не віддамо жодного метра нашої землі за обіцянки, які ніхто не збирається виконувати».', { verdict: 'matches', statements: ['metre'], extent: 'whole', changes: [], attribution: 'speaker-named' }],
  ['exact, low-high quotes (ru)', 'Он сказал: „Мы не будем обсуждать границы, пока не прекратятся обстрелы наших городов“.', { verdict: 'matches', statements: ['shelling'], extent: 'whole', changes: [], attribution: 'nobody-named' }],
  ['exact, single quotes with an apostrophe-free text', 'Alder’s line: ‘Nobody in this city voted for a wall across the river.’', { verdict: 'matches', statements: ['wall'], extent: 'whole', changes: [] }],
  ['case, dashes, ellipsis, NBSP, ё and apostrophes fold away', 'Alder: “WE WILL KEEP\u00a0talking — until the harbour is open again… and not one day longer than that”', { verdict: 'matches', statements: ['harbour'], extent: 'whole', changes: [] }],
  ['ё written for е (ru)', '«Мы не будем обсуждать границы, пока не прекратятся обстрелы наших городов», — сказал он.', { verdict: 'matches', statements: ['shelling'], extent: 'whole' }],
  ['trimmed at both ends: a contiguous part', 'Alder said they would talk “until the harbour is open again, and not one day longer,” he added.', { verdict: 'matches', statements: ['harbour'], extent: 'part', cut: [4, 2], changes: [] }],
  ['trimmed at the start only', 'He wants talks “until the harbour is open again, and not one day longer than that.”', { verdict: 'matches', statements: ['harbour'], extent: 'part', cut: [4, 0] }],
  ['a dropped word', '“We will keep talking until the harbour is open again, and one day longer than that.”', { verdict: 'differs', statements: ['harbour'], extent: 'whole', changes: ['-not'] }],
  ['a substituted word', '“We will keep talking until the harbour is open again, and not one hour longer than that.”', { verdict: 'differs', statements: ['harbour'], changes: ['~day→hour'] }],
  ['a substituted word (uk)', '«Ми не віддамо жодного сантиметра нашої землі за обіцянки, які ніхто не збирається виконувати».', { verdict: 'differs', statements: ['metre'], changes: ['~метра→сантиметра'] }],
  ['an inserted clause', '“We will keep talking, whatever the council decides, until the harbour is open again, and not one day longer than that.”', { verdict: 'differs', statements: ['harbour'], changes: ['+whatever the council decides'] }],
  ['two quotes joined into one', '“We will keep talking until the harbour is open again. Nobody in this city voted for a wall across the river.”', { verdict: 'differs', statements: ['harbour', 'wall'], cut: [0, 0], changes: ['-and not one day longer than that'] }],
  ['a paraphrase in quotation marks that keeps some words', '“We will keep talking until the port reopens, not a day more,” Alder said.', { verdict: 'differs', statements: ['harbour'], changes: ['~harbour is open again and→port reopens', '~one→a', '~longer than that→more'] }],
  ['the same words attributed to someone else', 'Brook told the crowd: “Nobody in this city voted for a wall across the river.”', { verdict: 'matches', statements: ['wall'], extent: 'whole', attribution: 'others-named:brook' }],
  ['unquoted text sharing a long run of words', 'The council says nobody in this city voted for a wall across the river and it will vote again.', { verdict: 'matches', statements: ['wall'], extent: 'whole', marked: 'unquoted', covers: 'nobody in this city voted for a wall across the river', cut: [0, 0] }],
  ['unquoted text sharing the start of a quote: a part, end cut', 'Residents keep saying we will keep talking until the harbour is open again, the paper wrote.', { verdict: 'matches', statements: ['harbour'], extent: 'part', marked: 'unquoted', cut: [0, 7], covers: 'we will keep talking until the harbour is open again' }],
  ['a loose paraphrase in quotation marks: no verdict', '“Talks go on until the port opens,” Alder said.', null],
  ['unquoted text sharing only a short run: no verdict', 'Someone voted for a wall across the street last year.', null],
  ['a quotation about something else: no verdict', 'Alder said: “The harbour is open again on Sundays for visitors.”', null],
  ['one anchor in a long unrelated quotation: no verdict', '“The budget was discussed at length, the bridge and the schools and the buses and the parks and the taxes, and nobody in this city voted for the new parking rules either, which is the point we keep making to every resident who writes to us.”', null],
];

describe('the quote check on alterations of a quote', () => {
  it.each(rows)('%s', (_description, page, expected) => {
    const found = quotesIn(page);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const mention = found[0] as Mention;
    const finding = mention.quote;
    expect(finding).toBeDefined();
    if (!finding) return;
    expect(finding.verdict).toBe(expected.verdict);
    expect(finding.statements).toEqual(expected.statements);
    expect(mention.id).toBe(expected.statements[0]);
    if (expected.extent) expect(finding.extent).toBe(expected.extent);
    if (expected.cut) expect([finding.cutAtStart, finding.cutAtEnd]).toEqual(expected.cut);
    if (expected.changes) expect(changes(finding.diff)).toEqual(expected.changes);
    if (expected.marked) expect(finding.marked).toBe(expected.marked);
    if (expected.covers) expect(page.slice(mention.start, mention.end)).toBe(expected.covers);
    if (expected.attribution) {
      const { attribution } = finding;
      const said =
        attribution.kind === 'others-named'
          ? `others-named:${attribution.others.join(',')}`
          : attribution.kind;
      expect(said).toBe(expected.attribution);
    }
  });
});

describe('quotations and the other mentions', () => {
  it('a quotation hides the names inside it and keeps those outside', () => {
    const page =
      'Mayor Alder said: “Nobody in this city voted for a wall across the river, Brook.”';
    const kinds = matcher.find(page).map((mention) => `${mention.kind}:${mention.id}`);
    expect(kinds).toEqual(['entity:alder', 'quote:wall']);
  });

  it('mentions stay sorted and never overlap', () => {
    const page =
      'Alder: “We will keep talking until the harbour is open again.” Brook: “Nobody in this city voted for a wall across the river.”';
    const found = matcher.find(page);
    for (let i = 1; i < found.length; i++) {
      expect((found[i] as Mention).start).toBeGreaterThanOrEqual((found[i - 1] as Mention).end);
    }
    expect(found.filter((mention) => mention.kind === 'quote').map((m) => m.id)).toEqual([
      'harbour',
      'wall',
    ]);
  });

  it('a page without any anchor pays for no quote check and finds only names', () => {
    expect(matcher.find('Alder spoke about the harbour “again”.').map((m) => m.kind)).toEqual([
      'entity',
    ]);
  });
});

describe('translations: a Cyrillic quotation of an English quote next to its speaker', () => {
  const translated = compileMatcher({
    ...data,
    quotes: [
      {
        id: 'wall',
        speaker: 'alder',
        text: 'Nobody in this city voted for a wall across the river.',
        translations: {
          uk: 'Ніхто в цьому місті не голосував за стіну через річку.',
          ru: 'Никто в этом городе не голосовал за стену через реку.',
        },
      },
    ],
  });
  const verdicts = (page: string) =>
    translated
      .find(page)
      .filter((mention) => mention.kind === 'quote')
      .map(
        (mention) =>
          `${mention.id}:${mention.quote?.verdict}:${page.slice(mention.start, mention.end)}`,
      );

  // biome-ignore format: one page per line reads as a table.
  const pages: [description: string, page: string, expected: string[]][] = [
    ['our uk wording, name after the quotation', '«Ніхто в нашому місті не голосував за стіну поперек річки», — заявив Алдер.', ['wall:translation:Ніхто в нашому місті не голосував за стіну поперек річки']],
    ['a ru wording, name before the quotation', 'Алдер сказал: „Никто в этом городе не голосовал за стену через реку“.', ['wall:translation:Никто в этом городе не голосовал за стену через реку']],
    ['the speaker quoted on something else', '«Ми відкриємо новий міст наступного року», — сказав Алдер.', []],
    ['the words quoted without naming the speaker', '«Ніхто в нашому місті не голосував за стіну поперек річки», — каже мешканець.', []],
    ['a long quotation that shares a few of the words', 'Алдер: «Ніхто не голосував за стіну, але бюджет на дороги, школи, лікарні, парки й автобуси ми обговорювали цілий тиждень без перерви».', []],
    ['the English words: checked word for word, not a translation', 'Alder: “Nobody in this city voted for a wall across the river.”', ['wall:matches:Nobody in this city voted for a wall across the river.']],
  ];

  it.each(pages)('%s', (_description, page, expected) => {
    expect(verdicts(page)).toEqual(expected);
  });
});
