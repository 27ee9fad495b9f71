/**
 * The labelled development set (dev-set.tsv): every page of ../shared/corpus, on-topic or
 * off-topic for the story, with a line of reason. Read by the relevance benchmark and the
 * real-page end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type TopicLabel = 'on-topic' | 'off-topic';

export interface LabelledPage {
  /** Path under the corpus folder, e.g. "readability/bbc-1.html". */
  file: string;
  label: TopicLabel;
  reason: string;
}

export const DEV_SET_FILE = join(import.meta.dirname, 'dev-set.tsv');

export function readDevSet(path: string = DEV_SET_FILE): LabelledPage[] {
  const pages: LabelledPage[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '' || line.startsWith('file\t')) continue;
    const [file, label, reason] = line.split('\t');
    if (file === undefined || reason === undefined) throw new Error(`dev-set: bad line "${line}"`);
    if (label !== 'on-topic' && label !== 'off-topic') {
      throw new Error(`dev-set: ${file} has label "${label}"`);
    }
    pages.push({ file, label, reason });
  }
  return pages;
}
