/**
 * `npx tsx tests/bench/matcher-ab.bench.ts --roots A,B`: the matcher of two checkouts of this
 * repository (e.g. `git archive COMMIT | tar -x -C DIR` beside this one, with node_modules
 * linked), timed in turn in fresh processes on the same texts: the visible text of the first 80
 * pages of the corpus's `readability/` (Latin script, mostly English), and a text of Chinese
 * letters and flag emoji with a name every ~20 pieces, seeded (code units past the fold's flat
 * tables, utils/matching/fold.ts). Reports, per root and text, the median of 7 timed passes
 * after one warm pass, and the mentions found, which must agree. Options: --rounds N (each root
 * this many times, in turn; default 3).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../support/seeded-random';
import { sharedDir } from '../support/shared-dir';
import { median } from './report';

const { values } = parseArgs({
  options: {
    roots: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    /** Internal: measure one root in this process and print one JSON line. */
    child: { type: 'string' },
  },
});

interface Timing {
  text: string;
  mentions: number;
  medianMs: number;
}

/** The same text on every run: Chinese letters in runs of 1–3, a flag or a name between. */
function cjkTexts(): string[] {
  const random = seededRandom(7);
  const pieces: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const draw = random();
    if (draw < 0.05) pieces.push(' Putin ');
    else if (draw < 0.1) pieces.push('🇺🇦');
    else {
      const letter = String.fromCharCode(0x4e00 + Math.floor(random() * 3000));
      pieces.push(letter.repeat(1 + Math.floor(random() * 3)));
    }
  }
  const text = pieces.join('');
  return Array.from({ length: 20 }, (_, i) => text.slice(i * 2000, i * 2000 + 40_000));
}

async function measure(root: string): Promise<Timing[]> {
  const { compileMatcher } = await import(join(root, 'utils/matching/index.ts'));
  const { dataset } = await import(join(root, 'utils/dataset/index.ts'));
  const { toMatchingData } = await import(join(root, 'utils/dataset/matching-data.ts'));
  const { visibleText } = await import('./corpus-text');
  if (sharedDir === undefined) throw new Error('set BACKSTORY_SHARED to the shared folder');
  const dir = join(sharedDir, 'corpus', 'readability');
  const latin = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .slice(0, 80)
    .map((file) => visibleText(readFileSync(join(dir, file), 'utf8')) as string);
  const matcher = compileMatcher(toMatchingData(dataset));
  const timings: Timing[] = [];
  for (const [text, texts] of [
    ['corpus, 80 pages', latin],
    ['Chinese and emoji', cjkTexts()],
  ] as const) {
    let mentions = 0;
    for (const piece of texts) mentions += matcher.find(piece).length;
    const passes: number[] = [];
    for (let pass = 0; pass < 7; pass++) {
      const start = performance.now();
      for (const piece of texts) matcher.find(piece);
      passes.push(performance.now() - start);
    }
    timings.push({ text, mentions, medianMs: median(passes) });
  }
  return timings;
}

if (values.child !== undefined) {
  console.log(JSON.stringify(await measure(values.child)));
} else {
  if (values.roots === undefined) throw new Error('--roots A,B: two checkouts to compare');
  const roots = values.roots.split(',').map((root) => resolve(root));
  const results = new Map<string, Timing[][]>(roots.map((root) => [root, []]));
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const root of roots) {
      // A fresh process per measurement: no JIT state carried from one root to the other.
      const output = execFileSync(
        process.execPath,
        ['--import', 'tsx', import.meta.filename, '--child', root],
        { encoding: 'utf8' },
      );
      results.get(root)?.push(JSON.parse(output.trim().split('\n').at(-1) ?? '[]'));
    }
  }
  console.log('| Root | Text | Mentions | Median pass, each round (ms) |');
  console.log('| --- | --- | ---: | --- |');
  for (const [root, rounds] of results) {
    for (const [index, first] of (rounds[0] ?? []).entries()) {
      const passes = rounds.map((timings) => timings[index]?.medianMs.toFixed(1)).join(' / ');
      console.log(`| ${root} | ${first.text} | ${first.mentions} | ${passes} |`);
    }
  }
}
