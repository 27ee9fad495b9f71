/**
 * Matcher throughput on the visible text of every corpus page, against two regex baselines
 * run on the same text in the same process:
 *   (a) one RegExp per pattern, run over the text in a loop (what naive highlighters do);
 *   (b) a single alternation RegExp of all patterns, longest first.
 * Both baselines get the same pattern strings (alias × endings, exclusions × endings, figure
 * forms) with Unicode word boundaries and the 'i' flag; they apply no case rule, no
 * exclusion and no figure context, so their counts are raw occurrences, not mentions.
 *
 * Also reports the floor — a loop that only reads every code unit — and Backstory called
 * per block (blank-line separated, as the page layer calls it per block of text).
 *
 *   npm run bench:matcher            (BACKSTORY_SHARED=/path/to/shared to move the corpus)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { aliasForms } from '@/utils/dataset/alias-forms';
import { type Dataset, DatasetSchema } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import { sharedDir } from '../support/shared-dir';
import {
  alias,
  buildDataset,
  entity,
  exclusion,
  figure,
  newsDataset,
} from '../unit/matching/fixtures';
import { readCorpusPages } from './corpus-text';

const repoRoot = resolve(import.meta.dirname, '../..');

function loadDataset(): { dataset: Dataset; origin: string } {
  const path = join(repoRoot, 'assets/dataset/backstory.json');
  if (existsSync(path)) {
    try {
      const parsed = v.safeParse(DatasetSchema, JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success)
        return { dataset: parsed.output, origin: 'assets/dataset/backstory.json' };
      console.warn(`NOTICE: ${path} does not validate; using the built-in fixture dataset.`);
    } catch (error) {
      console.warn(`NOTICE: ${path} is not readable JSON (${String(error)}); using the fixture.`);
    }
  } else {
    console.warn(`NOTICE: ${path} does not exist yet; using the built-in fixture dataset.`);
  }
  return {
    dataset: fallbackDataset(),
    origin: 'built-in fixture (tests/unit/matching/fixtures.ts + extras)',
  };
}

/** The test fixture plus the story's other actors, so the pattern count is realistic. */
function fallbackDataset(): Dataset {
  const base = newsDataset();
  const ru = ['', 'а', 'у', 'ым', 'ом', 'е'];
  const uk = ['', 'а', 'у', 'ом', 'ові', 'і'];
  const extra = [
    entity('marco-rubio', [
      alias('Marco Rubio', { endings: ['', "'s"] }),
      alias('Rubio', { endings: ['', "'s"] }),
      alias('Secretary of State Marco Rubio'),
      alias('Марко Рубио', { lang: 'ru' }),
      alias('Рубио', { lang: 'ru' }),
      alias('Рубіо', { lang: 'uk' }),
    ]),
    entity(
      'keith-kellogg',
      [
        alias('Keith Kellogg', { endings: ['', "'s"] }),
        alias('Kellogg', { endings: ['', "'s"] }),
        alias('Келлог', { lang: 'ru', endings: ru }),
        alias('Келлог', { lang: 'uk', endings: uk }),
      ],
      [exclusion("Kellogg's"), exclusion('Kellogg School'), exclusion('W. K. Kellogg')],
    ),
    entity('yuri-ushakov-uk', [
      alias('Юрій Ушаков', { lang: 'uk', endings: uk }),
      alias('Yuri Ushakov'),
    ]),
    entity('zelensky', [
      alias('Volodymyr Zelensky', { endings: ['', "'s"] }),
      alias('Zelensky', { endings: ['', "'s"] }),
      alias('Zelenskyy', { endings: ['', "'s"] }),
      alias('Володимир Зеленський', { lang: 'uk' }),
    ]),
    entity(
      'europe',
      [
        alias('Europe', { endings: ['', "'s"] }),
        alias('European leaders'),
        alias('Європ', { lang: 'uk', endings: ['а', 'и', 'у', 'і', 'ою'] }),
        alias('Европ', { lang: 'ru', endings: ['а', 'ы', 'у', 'е', 'ой'] }),
      ],
      [],
      'institutions',
    ),
    entity(
      'reuters',
      [alias('Reuters'), alias('Рейтер', { lang: 'ru', endings: ['', 'с', 'а', 'у'] })],
      [],
      'institutions',
    ),
    entity(
      'ussr',
      [
        alias('USSR', { case: 'exact' }),
        alias('Soviet Union'),
        alias('СССР', { lang: 'ru' }),
        alias('СРСР', { lang: 'uk' }),
      ],
      [],
      'institutions',
    ),
  ];
  return buildDataset(
    [...base.entities, ...extra],
    [
      ...base.figures,
      figure(
        'poll-immediate-end',
        [
          ['70%', 'en'],
          ['70 percent', 'en'],
          ['70 відсотків', 'uk'],
        ],
        { subject: ['russian', 'росіян'], measure: ['approv', 'end', 'схвал', 'одобр'] },
      ),
      figure(
        'poll-withdrawal',
        [
          ['30%', 'en'],
          ['30 percent', 'en'],
        ],
        { subject: ['withdr', 'вивед', 'вывод'], measure: ['support', 'підтрим'] },
      ),
      figure(
        'talks-date',
        [
          ['February 18', 'en'],
          ['18 лютого', 'uk'],
          ['18 февраля', 'ru'],
        ],
        { subject: ['saudi', 'саудів'], measure: ['talk', 'перемов', 'переговор'] },
      ),
    ],
  );
}

/** Every written pattern the engine compiles for aliases, exclusions and figure forms. */
function writtenPatterns(dataset: Dataset): string[] {
  const all = new Set<string>();
  for (const item of dataset.entities) {
    for (const named of [...item.aliases, ...item.exclusions]) {
      for (const form of aliasForms(named)) all.add(form);
    }
  }
  for (const item of dataset.figures) for (const form of item.forms) all.add(form.text);
  return [...all];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EDGE_IS_WORD = /[\p{L}\p{N}]/u;
function bounded(pattern: string): string {
  const before = EDGE_IS_WORD.test(pattern.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = EDGE_IS_WORD.test(pattern.charAt(pattern.length - 1)) ? '(?![\\p{L}\\p{N}])' : '';
  return before + escapeRegExp(pattern) + after;
}

function countAll(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let count = 0;
  while (regex.exec(text) !== null) count++;
  return count;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs `body` once to warm up, then `runs` times; median milliseconds and its result. */
function measure(runs: number, body: () => number): { ms: number; count: number } {
  let count = body();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    count = body();
    times.push(performance.now() - started);
  }
  return { ms: median(times), count };
}

function main(): void {
  const corpusDir = sharedDir === undefined ? undefined : join(sharedDir, 'corpus');
  if (corpusDir === undefined || !existsSync(corpusDir)) {
    console.error('The corpus (BACKSTORY_SHARED/corpus) is missing: nothing to measure.');
    process.exitCode = 1;
    return;
  }
  const pages = readCorpusPages(corpusDir);
  const texts = pages.map((page) => page.text);
  const blocks = texts.flatMap((text) => text.split('\n\n'));
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;

  const { dataset, origin } = loadDataset();
  const compileStarted = performance.now();
  const matcher = compileMatcher(dataset);
  const compileMs = performance.now() - compileStarted;
  const patterns = writtenPatterns(dataset);
  const perPattern = patterns.map((pattern) => new RegExp(bounded(pattern), 'giu'));
  const alternation = new RegExp(
    [...patterns]
      .sort((a, b) => b.length - a.length)
      .map(bounded)
      .join('|'),
    'giu',
  );

  // Agreement: the regex finds a superset (no case rule, exclusions or context), so every
  // mention should start where the alternation finds an occurrence — except where only the
  // normalisation (soft hyphens, NBSP, curly apostrophes, ё) makes the text match.
  let entityMentions = 0;
  let figureMentions = 0;
  let alsoFoundByRegex = 0;
  for (const text of texts) {
    const regexStarts = new Set([...text.matchAll(alternation)].map((match) => match.index));
    for (const mention of matcher.find(text)) {
      if (mention.kind === 'entity') entityMentions++;
      else figureMentions++;
      if (regexStarts.has(mention.start)) alsoFoundByRegex++;
    }
  }

  const rows: Array<[name: string, result: { ms: number; count: number }, note: string]> = [
    [
      'floor: read every code unit',
      measure(9, () => {
        let sum = 0;
        for (const text of texts) for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
        return sum > 0 ? 0 : 1;
      }),
      '-',
    ],
    [
      'Backstory matcher (per page)',
      measure(9, () => texts.reduce((sum, text) => sum + matcher.find(text).length, 0)),
      'mentions',
    ],
    [
      'Backstory matcher (per block)',
      measure(9, () => blocks.reduce((sum, text) => sum + matcher.find(text).length, 0)),
      'mentions',
    ],
    [
      '(a) one RegExp per pattern',
      measure(2, () =>
        perPattern.reduce(
          (sum, regex) => sum + texts.reduce((n, t) => n + countAll(regex, t), 0),
          0,
        ),
      ),
      'raw occurrences, overlapping',
    ],
    [
      '(b) single alternation RegExp',
      measure(3, () => texts.reduce((sum, text) => sum + countAll(alternation, text), 0)),
      'raw occurrences, leftmost',
    ],
  ];

  const { stats } = matcher;
  console.log(`\nCorpus: ${corpusDir}`);
  console.log(
    `  ${pages.length} pages, ${chars.toLocaleString('en')} UTF-16 code units of visible text, ${megabytes.toFixed(2)} MB as UTF-8, ${blocks.length.toLocaleString('en')} blocks`,
  );
  console.log(`Dataset: ${origin}`);
  console.log(
    `  ${dataset.entities.length} entities, ${dataset.figures.length} figures; ${patterns.length} written patterns (alias/exclusion × endings, figure forms) for the baselines`,
  );
  console.log(
    `  Backstory: ${stats.patterns} normalised patterns (incl. context stems), ${stats.states} states, alphabet ${stats.alphabet}, tables ${(stats.tableBytes / 1024).toFixed(0)} KiB, compiled in ${compileMs.toFixed(1)} ms (cold)`,
  );
  console.log(
    `  mentions found: ${entityMentions} of entities, ${figureMentions} of figures; ${alsoFoundByRegex} of them start where (b) finds an occurrence\n`,
  );
  console.log('| Method | ms (median) | MB/s | vs Backstory | count | count is |');
  console.log('|---|---:|---:|---:|---:|---|');
  const backstoryMs = (rows[1] as (typeof rows)[number])[1].ms;
  for (const [name, { ms, count }, note] of rows) {
    const speed = megabytes / (ms / 1000);
    const ratio = name.startsWith('Backstory') ? '1.0×' : `${(ms / backstoryMs).toFixed(1)}× time`;
    console.log(
      `| ${name} | ${ms.toFixed(1)} | ${speed.toFixed(0)} | ${ratio} | ${note === '-' ? '-' : count} | ${note} |`,
    );
  }
}

main();
